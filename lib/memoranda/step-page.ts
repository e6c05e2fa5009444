import 'server-only'
import { getTranslations } from 'next-intl/server'
import { requireRecord } from '@/lib/manage/form-page'
import { getMemorandumForEdit } from './queries'

/**
 * The start of a memorandum's edit, amend, renew and terminate pages: the locale, the signed-in actor
 * (sign-in comes back to the page), the memorandum if the actor may change it ("not found" otherwise).
 */
export async function loadMemorandumStep(
  params: Promise<{ locale: string; id: string }>,
  step: 'edit' | 'amend' | 'renew' | 'terminate',
) {
  const { locale, actor, record } = await requireRecord(
    params,
    (id) => `/manage/memoranda/${id}/${step}`,
    getMemorandumForEdit,
  )
  return { locale, actor, m: record, t: await getTranslations('memoranda') }
}
