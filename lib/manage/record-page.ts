import 'server-only'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { requireActor } from '@/lib/auth/actor'
import type { Actor } from '@/lib/auth/roles'
import { redirect } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'

export type PageQuery = Record<string, string | string[] | undefined>
export type RecordPageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<PageQuery>
}

/** What a manage record query answers: the record for its keepers, or where anyone else belongs. */
export type ManagedView<K> = ({ view: 'keeper' } & K) | { view: 'elsewhere'; href: string }

/**
 * The start of every manage record page: the locale, the signed-in actor (sign-in comes back here),
 * the record as the actor may see it — "not found" when not at all, a redirect to the public page (or a
 * party's view) when it is someone else's — and the page's messages and query.
 */
export async function loadRecordPage<K>(
  props: RecordPageProps,
  path: (id: string) => string,
  load: (actor: Actor, id: string) => Promise<ManagedView<K> | null>,
) {
  const locale = await pageLocale(props.params)
  const { id } = await props.params
  const actor = await requireActor(path(id))
  const found = await load(actor, id)
  if (!found) notFound()
  if (found.view === 'elsewhere') return redirect({ href: found.href, locale })
  const [t, te, query] = await Promise.all([getTranslations('manage'), getTranslations('enums'), props.searchParams])
  return { locale, id, actor, record: found, t, te, query }
}
