import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { listManagedPartnerships } from '@/lib/partnerships/manage-queries'

/** Partnerships a case study may tell about: the actor's own (published ones can be named too, by admins). */
export async function partnershipChoices(actor: Actor, locale: Locale) {
  const rows = await listManagedPartnerships(actor, 300)
  return rows.map((p) => ({ value: p.id, label: pickLocalized(p.title, locale, p.sourceLocale)?.text ?? p.id }))
}
