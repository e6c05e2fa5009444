import { z } from 'zod'
import { OutcomeKind, ValueQualifier } from '@/lib/generated/prisma/enums'
import {
  choice,
  decimalText,
  localized,
  optionalChoice,
  optionalDecimalText,
  optionalPartialDate,
} from '@/lib/forms/fields'
import { createInput, updateInput } from '@/lib/forms/record-input'
import { themes } from '@/lib/themes'
import { ageGroups } from './breakdown'

export const outcomeKinds = Object.values(OutcomeKind) as [OutcomeKind, ...OutcomeKind[]]
export const valueQualifiers = Object.values(ValueQualifier) as [ValueQualifier, ...ValueQualifier[]]
const count = () => optionalDecimalText({ min: 0, max: 1e12 })

/**
 * One measured figure of a project: an indicator with a baseline, a target or an actual value (one row
 * each, so targets and results keep their own dates), its unit, and an optional breakdown by sex and age.
 */
export const OutcomeFields = z.object({
  indicator: localized({ required: true, max: 500 }),
  kind: choice(outcomeKinds),
  value: decimalText({ min: 0, max: 1e15 }),
  qualifier: choice(valueQualifiers),
  unit: localized({ required: true, max: 100 }),
  date: optionalPartialDate(),
  theme: optionalChoice(themes),
  sex: z.preprocess((v) => v ?? {}, z.object({ female: count(), male: count() })),
  age: z.preprocess(
    (v) => v ?? {},
    z.object(
      Object.fromEntries(ageGroups.map((g) => [g, count()])) as Record<
        (typeof ageGroups)[number],
        ReturnType<typeof count>
      >,
    ),
  ),
  note: localized({ max: 2000, multiline: true }),
})
type Fields = z.infer<typeof OutcomeFields>

/** A breakdown cannot add up to more than an exact total (about-figures are left alone). */
function crossChecks(v: Partial<Fields>, ctx: z.RefinementCtx) {
  if (v.qualifier !== 'EXACT' || typeof v.value !== 'string') return
  const total = Number(v.value)
  const sum = (o: unknown) =>
    o && typeof o === 'object'
      ? Object.values(o).reduce((s: number, x) => s + (typeof x === 'string' ? Number(x) : 0), 0)
      : 0
  if (sum(v.sex) > total) ctx.addIssue({ code: 'custom', message: 'disaggregationExceeds', path: ['sex'] })
  if (sum(v.age) > total) ctx.addIssue({ code: 'custom', message: 'disaggregationExceeds', path: ['age'] })
}

export const CreateOutcomeInput = createInput(OutcomeFields, crossChecks)
export type CreateOutcomeInput = z.infer<typeof CreateOutcomeInput>
export const UpdateOutcomeInput = updateInput(OutcomeFields, crossChecks)
export type UpdateOutcomeInput = z.infer<typeof UpdateOutcomeInput>

/** The stored breakdown: only what was given, e.g. {"sex": {"female": 120}, "age": {"0-17": 50}}. */
export function disaggregationOf(v: Pick<Fields, 'sex' | 'age'>): Record<string, Record<string, number>> | null {
  const pick = (o: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(o).flatMap(([k, x]) => (x === undefined ? [] : [[k, Number(x)]])))
  const out: Record<string, Record<string, number>> = {}
  const sex = pick(v.sex)
  const age = pick(v.age)
  if (Object.keys(sex).length) out.sex = sex
  if (Object.keys(age).length) out.age = age
  return Object.keys(out).length ? out : null
}
