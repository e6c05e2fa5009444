// A national programme names no places: the form refuses both together, and says where.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CreateProgrammeInput, UpdateProgrammeInput } from '@/lib/programmes/schema'

const place = 'c' + 'a'.repeat(24)
const form = (extra: Record<string, unknown>) => ({
  title: { en: 'Active Communities' },
  sourceLocale: 'en',
  submissionKey: randomUUID(),
  ...extra,
})

describe('the national box of a programme', () => {
  it('is off unless ticked, and kept when ticked', () => {
    expect(CreateProgrammeInput.parse(form({})).national).toBe(false)
    expect(CreateProgrammeInput.parse(form({ national: 'on' })).national).toBe(true)
  })

  it('with places is refused on the places field, on create and on edit', () => {
    for (const result of [
      CreateProgrammeInput.safeParse(form({ national: 'on', territoryIds: [place] })),
      UpdateProgrammeInput.safeParse({ ...form({ national: 'on', territoryIds: [place] }), version: '1' }),
    ]) {
      expect(result.success).toBe(false)
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
        'territoryIds',
        'nationalWithPlaces',
      ])
    }
    expect(CreateProgrammeInput.safeParse(form({ territoryIds: [place] })).success).toBe(true)
  })
})
