// Kept apart from ./valuation.ts (which needs the form limits, hence zod) so that lib/i18n/enums.ts, read
// by the public pages' client components, stays zod-free (tests/unit/public-client-bundle.test.ts).

/**
 * Units an in-kind line's quantity is given in through the form (stored as these codes in
 * `Contribution.quantityUnit`; imported or seeded lines may carry the source's own unit text, shown as
 * it is). Labels: `enums.quantityUnit`; counted forms ("12 person-days"): `ledger.quantityUnits`.
 */
export const quantityUnits = [
  'PERSON_DAY',
  'HOUR',
  'SQUARE_METRE',
  'CUBIC_METRE',
  'HECTARE',
  'TONNE',
  'KILOMETRE',
  'PIECE',
] as const
export type QuantityUnit = (typeof quantityUnits)[number]
export const isQuantityUnit = (u: unknown): u is QuantityUnit => quantityUnits.includes(u as QuantityUnit)

/** Units the seed's sources write that are one of ours (an edit then offers them in the select). */
const unitAliases: Record<string, QuantityUnit> = { ha: 'HECTARE', t: 'TONNE', km: 'KILOMETRE', m2: 'SQUARE_METRE' }
export const unitCode = (unit: string | null): string | null => (unit === null ? null : (unitAliases[unit] ?? unit))

/** Symbols a spreadsheet may write for our units, besides the codes themselves. */
const unitSymbols: Record<string, QuantityUnit> = {
  ...unitAliases,
  'm²': 'SQUARE_METRE',
  m3: 'CUBIC_METRE',
  'm³': 'CUBIC_METRE',
  h: 'HOUR',
  pcs: 'PIECE',
}

/**
 * The code of an imported unit written loosely: the code in any case, with spaces or hyphens for the
 * underscore, singular or plural ("person-days", "Hectare", "pcs"), or one of the symbols above. Any other
 * text is the file's own word and stays as written (shown as it is). Null when nothing is written.
 */
export function recognizeUnit(text: string | null): string | null {
  if (text === null) return null
  const trimmed = text.trim()
  const key = trimmed.toLowerCase()
  if (unitSymbols[key]) return unitSymbols[key]
  const code = key.replace(/[\s-]+/g, '_').toUpperCase()
  for (const candidate of [code, code.replace(/S$/, '')]) if (isQuantityUnit(candidate)) return candidate
  return trimmed
}
