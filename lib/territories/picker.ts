// Territory choices for the cascading picker: plain data the browser filters (no server imports).
import type { TerritoryKind } from '@/lib/generated/prisma/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { normalizeName } from '@/lib/text'

export type TerritoryOption = {
  id: string
  code: string
  level: number
  kind: TerritoryKind
  parentId: string | null
  names: Partial<Record<Locale, string>>
  /** Abolished by a reform (validTo in the past): still accepted for historical records, with a warning. */
  abolished: boolean
}

export const territoryLabel = (t: TerritoryOption, locale: Locale) => pickLocalized(t.names, locale)?.text ?? t.code

/** A place a record may be linked to: a rayon, aiyl okmot or town, or a city of republican significance. */
export const isPlace = (t: TerritoryOption) => t.level > 1 || t.kind === 'REPUBLICAN_CITY'

/** Name search in any of the three languages ("Кок-Ой", "kok oy" and "Kok-Oy" all find Kok-Oy). */
export function matchesTerritory(t: TerritoryOption, query: string): boolean {
  const q = normalizeName(query)
  return q.length > 0 && Object.values(t.names).some((n) => n && normalizeName(n).includes(q))
}
