// Fuzzing the form schemas in-process (issue 10, item 8): for every action's schema, found through the
// actions themselves, at least 1,000 generated forms (tests/setup/fuzz-forms.ts) as the browser sends
// them, some with values of the wrong type. Each parse either rejects, with field messages that every
// language has, or accepts a value that keeps the invariants: no control, bidi or zero-width character
// in any text, amounts within bounds, dates within range and in order.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { errorKeys } from '@/lib/forms/errors'
import { MAX_AMOUNT_MINOR } from '@/lib/forms/fields'
import { fieldErrorsOf, formDataToObject } from '@/lib/forms/parse'
import { loadMessages } from '@/lib/i18n/messages'
import { flatten, foreignId, invariantsBroken, mutatedForm, validForms, wrongType } from '../setup/fuzz-forms'
import { loadServerActions } from '../setup/server-actions'

const RUNS = 1000
const ids = { org: foreignId(), otherOrg: foreignId(), lsg: foreignId(), donor: foreignId(), territory: foreignId() }
const forms = validForms(ids)

let schemas: { action: string; schema: z.ZodType }[] = []
const messages: Record<string, Record<string, unknown>> = {}

beforeAll(async () => {
  schemas = (await loadServerActions()).flatMap(({ name, action }) =>
    action.definition?.input ? [{ action: name, schema: action.definition.input }] : [],
  )
  for (const l of ['ky', 'ru', 'en'] as const)
    messages[l] = ((await loadMessages(l)).manage as { errors: Record<string, unknown> }).errors
}, 120_000)

/** Replaces the value at a random path of `input` (a top-level field, or one inside it). */
function withWrongType(input: Record<string, unknown>, pick: number, value: unknown): Record<string, unknown> {
  const keys = Object.keys(input)
  if (!keys.length) return { [String(pick)]: value }
  const key = keys[pick % keys.length]
  const inner = input[key]
  if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
    const innerKeys = Object.keys(inner)
    if (innerKeys.length && pick % 2)
      return { ...input, [key]: { ...inner, [innerKeys[pick % innerKeys.length]]: value } }
  }
  return { ...input, [key]: value }
}

describe('form schemas under fuzzing', () => {
  it('every error key a schema or a mutation reports has a message in Kyrgyz, Russian and English', () => {
    for (const l of ['ky', 'ru', 'en'])
      expect(
        errorKeys.filter((k) => typeof messages[l][k] !== 'string'),
        `error keys without a message in ${l}`,
      ).toEqual([])
  })

  it('every action with a form has a valid sample form here, and the sample is accepted', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(25)
    expect(schemas.filter((s) => !forms[s.action]).map((s) => s.action)).toEqual([])
    for (const { action, schema } of schemas) {
      const parsed = schema.safeParse(formDataToObject(flatten(forms[action]())))
      expect(parsed.success ? [] : fieldErrorsOf(parsed.error), action).toEqual([])
    }
  })

  it(`rejects with known, translated messages or accepts valid values only (${RUNS} forms per schema)`, () => {
    const totals = { schemas: 0, cases: 0, accepted: 0, rejected: 0, failures: 0 }
    const started = performance.now()
    for (const { action, schema } of schemas) {
      totals.schemas++
      fc.assert(
        fc.property(mutatedForm(forms[action]), fc.boolean(), fc.nat(), wrongType, (entries, raw, pick, odd) => {
          totals.cases++
          const fromForm = formDataToObject(entries)
          const input = raw ? withWrongType(fromForm, pick, odd) : fromForm
          let result: ReturnType<typeof schema.safeParse>
          try {
            result = schema.safeParse(input)
          } catch (e) {
            totals.failures++
            throw new Error(`${action}: the schema threw instead of rejecting: ${String(e)}`)
          }
          if (result.success) {
            totals.accepted++
            const broken = invariantsBroken(result.data)
            if (broken.length) totals.failures++
            expect(broken, `${action} accepted an invalid value`).toEqual([])
          } else {
            totals.rejected++
            const keys = [...new Set(Object.values(fieldErrorsOf(result.error)).flat())]
            const unknown = keys.filter((k) => ['ky', 'ru', 'en'].some((l) => typeof messages[l][k] !== 'string'))
            if (unknown.length) totals.failures++
            expect(unknown, `${action}: messages missing for`).toEqual([])
          }
        }),
        { numRuns: RUNS },
      )
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.info(
      `[fuzz] schemas: ${totals.schemas}, cases: ${totals.cases}, accepted: ${totals.accepted}, rejected: ${totals.rejected}, failures: ${totals.failures} (${seconds} s)`,
    )
    expect(totals.cases).toBeGreaterThanOrEqual(schemas.length * RUNS)
  }, 120_000)

  it('the invariant check catches what it is for (it can fail)', () => {
    expect(invariantsBroken({ title: { en: 'a\u202Eb' } })).toHaveLength(1)
    expect(invariantsBroken({ amount: MAX_AMOUNT_MINOR + 1n })).toHaveLength(1)
    expect(
      invariantsBroken({ startDate: { date: new Date('2024-05-01') }, endDate: { date: new Date('2024-01-01') } }),
    ).toHaveLength(1)
    expect(invariantsBroken({ password: '\u0000' })).toEqual([])
  })
})
