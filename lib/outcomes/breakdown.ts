import { z } from 'zod'

export const sexes = ['female', 'male'] as const
export const ageGroups = ['0-17', '18-29', '30-59', '60+'] as const
export type AgeGroup = (typeof ageGroups)[number]

/** An outcome's breakdown by sex and by age group, as stored (only the parts that were given). */
export type Breakdown = {
  sex: Partial<Record<(typeof sexes)[number], number>>
  age: Partial<Record<AgeGroup, number>>
}

const count = z.number().int().nonnegative()
const parts = <K extends string>(keys: readonly K[]) =>
  z
    .object(Object.fromEntries(keys.map((k) => [k, count.optional()])) as Record<K, z.ZodOptional<typeof count>>)
    .optional()
    .catch(undefined)
const stored = z.object({ sex: parts(sexes), age: parts(ageGroups) }).catch({ sex: undefined, age: undefined })

/**
 * The stored breakdown JSON, read once where it leaves the database: a group (sex or age) holding anything
 * but whole, non-negative counts is dropped rather than shown. Null when nothing is left.
 */
export function parseBreakdown(json: unknown): Breakdown | null {
  const { sex, age } = stored.parse(json ?? {})
  const given = <T extends object>(o: T | undefined) =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as T
  const out = { sex: given(sex), age: given(age) }
  return Object.keys(out.sex).length || Object.keys(out.age).length ? out : null
}
