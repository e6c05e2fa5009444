import { describe, expect, it } from 'vitest'
import { parseBreakdown } from '@/lib/outcomes/breakdown'
import { disaggregationOf } from '@/lib/outcomes/schema'

describe('an outcome’s breakdown by sex and age', () => {
  it('reads back what the form stored', () => {
    const stored = disaggregationOf({ sex: { female: '120', male: undefined }, age: { '0-17': '50' } } as never)
    expect(parseBreakdown(stored)).toEqual({ sex: { female: 120 }, age: { '0-17': 50 } })
  })

  it('is null when nothing was given', () => {
    expect(parseBreakdown(null)).toBeNull()
    expect(parseBreakdown({})).toBeNull()
    expect(parseBreakdown({ sex: {}, age: {} })).toBeNull()
  })

  it('drops a group (sex or age) holding anything but whole, non-negative counts instead of showing it', () => {
    expect(parseBreakdown({ sex: { female: -3, male: 7 } })).toBeNull()
    expect(parseBreakdown({ sex: { female: 4 }, age: { '0-17': 'many' } })).toEqual({ sex: { female: 4 }, age: {} })
    expect(parseBreakdown('not an object')).toBeNull()
  })
})
