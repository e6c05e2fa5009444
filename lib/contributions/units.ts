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
