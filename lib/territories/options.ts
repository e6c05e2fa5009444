import 'server-only'
import { prisma } from '@/lib/db'
import { LocalizedText } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { territoryLabel, type TerritoryOption } from './picker'

/** All 532 units for the picker, sorted by name in `locale` within each level (collation is done here, not in the browser). */
export async function listTerritoryOptions(locale: Locale): Promise<TerritoryOption[]> {
  const rows = await prisma.territory.findMany({
    select: { id: true, code: true, level: true, kind: true, parentId: true, name: true, validTo: true },
  })
  const now = new Date()
  const collator = new Intl.Collator(locale)
  return rows
    .map((r) => ({
      id: r.id,
      code: r.code,
      level: r.level,
      kind: r.kind,
      parentId: r.parentId,
      names: LocalizedText.catch({}).parse(r.name),
      abolished: Boolean(r.validTo && r.validTo < now),
    }))
    .sort((a, b) => a.level - b.level || collator.compare(territoryLabel(a, locale), territoryLabel(b, locale)))
}
