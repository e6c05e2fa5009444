import 'server-only'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { requireActor } from '@/lib/auth/actor'
import { pageLocale } from '@/lib/i18n/page'
import { getMemorandumForEdit } from './queries'

/**
 * The start of a memorandum's edit, amend, renew and terminate pages: the locale, the signed-in actor
 * (sign-in comes back to the page), the memorandum if the actor may change it ("not found" otherwise).
 */
export async function loadMemorandumStep(
  params: Promise<{ locale: string; id: string }>,
  step: 'edit' | 'amend' | 'renew' | 'terminate',
) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/memoranda/${id}/${step}`)
  const m = await getMemorandumForEdit(actor, id)
  if (!m) notFound()
  return { locale, actor, m, t: await getTranslations('memoranda') }
}
