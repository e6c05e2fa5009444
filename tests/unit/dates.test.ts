import { describe, expect, it } from 'vitest'
import { parsePartialDate, parseYearSpan, periodEnd } from '@/lib/dates'

describe('parsePartialDate', () => {
  it('keeps the precision of years, months and days', () => {
    expect(parsePartialDate(2004)).toEqual({ date: new Date('2004-01-01T00:00:00Z'), precision: 'YEAR' })
    expect(parsePartialDate('2004-11')).toEqual({ date: new Date('2004-11-01T00:00:00Z'), precision: 'MONTH' })
    expect(parsePartialDate('2004-11-05')).toEqual({ date: new Date('2004-11-05T00:00:00Z'), precision: 'DAY' })
    expect(parsePartialDate(null)).toBeNull()
  })

  it('refuses impossible or malformed dates', () => {
    expect(() => parsePartialDate('2004-13')).toThrow()
    expect(() => parsePartialDate('2004-02-30')).toThrow()
    expect(() => parsePartialDate('spring 2004')).toThrow()
  })

  it('knows where a period ends', () => {
    expect(periodEnd(parsePartialDate('2004')!)).toEqual(new Date('2004-12-31T00:00:00Z'))
    expect(periodEnd(parsePartialDate('2004-02')!)).toEqual(new Date('2004-02-29T00:00:00Z'))
  })
})

describe('parseYearSpan', () => {
  it('reads the forms the casebook uses', () => {
    expect(parseYearSpan('2002-2004')).toEqual({ start: 2002, end: 2004, approximate: false })
    expect(parseYearSpan('c. 2006')).toEqual({ start: 2006, end: 2006, approximate: true })
    expect(parseYearSpan('c. 2000-2002')).toEqual({ start: 2000, end: 2002, approximate: true })
    expect(parseYearSpan('not stated')).toEqual({ start: null, end: null, approximate: false })
  })

  it('refuses reversed or unreadable periods', () => {
    expect(() => parseYearSpan('2004-2002')).toThrow('ends before it starts')
    expect(() => parseYearSpan('mid-2000s')).toThrow('unrecognised period')
  })
})
