// Organization choices for pickers: plain data that client components can filter (no server imports).
import type { OrganizationKind, PartyType } from '@/lib/generated/prisma/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { normalizeName } from '@/lib/text'

export type OrganizationOption = {
  id: string
  name: Partial<Record<Locale, string>>
  kind: OrganizationKind
  partyType: PartyType
  /** The unit an LSG body governs (its territory id), for proposing the partnership's place. */
  governsTerritoryId: string | null
  /** Where it is (the rayon of an aiyl okmot): tells apart the two Kok-Oy aiyl okmots. */
  place?: Partial<Record<Locale, string>>
}

export function optionLabel(o: OrganizationOption, locale: Locale): string {
  const name = pickLocalized(o.name, locale)?.text ?? o.id
  const place = o.place ? pickLocalized(o.place, locale)?.text : undefined
  return place ? `${name} — ${place}` : name
}

/** Matches a query against the name in every language ("Кок-Ой" finds "Kok-Oy" only through ru/ky names). */
export function matchesOption(o: OrganizationOption, query: string): boolean {
  const q = normalizeName(query)
  if (!q) return true
  return Object.values(o.name).some((n) => n && normalizeName(n).includes(q))
}
