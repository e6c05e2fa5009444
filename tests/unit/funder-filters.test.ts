import { describe, expect, it } from 'vitest'
import { funderQueryString, parseFunderQuery } from '@/lib/funders/filters'

describe('the filters of "who funds what" in the URL', () => {
  it('parses each filter on its own and drops only the invalid ones', () => {
    expect(parseFunderQuery({ from: '2003', to: 'x', oblast: 'KG-T', theme: 'water', currency: 'USD' })).toEqual({
      from: 2003,
      oblast: 'KG-T',
      theme: 'water',
      currency: 'USD',
    })
    expect(parseFunderQuery({ oblast: "KG-T' OR 1=1", theme: 'no-such-theme', currency: 'EUR' })).toEqual({
      currency: 'KGS',
    })
    expect(parseFunderQuery({ from: ['2001', '2009'], to: '' })).toEqual({ from: 2001, currency: 'KGS' })
  })

  it('puts a reversed year range in order', () => {
    expect(parseFunderQuery({ from: '2006', to: '2002' })).toMatchObject({ from: 2002, to: 2006 })
  })

  it('writes the filters back as a query that parses to the same', () => {
    const q = { from: 2002, to: 2006, oblast: 'KG-N', theme: 'health' as const, currency: 'USD' as const }
    const back = parseFunderQuery(Object.fromEntries(new URLSearchParams(funderQueryString(q))))
    expect(back).toEqual(q)
    expect(funderQueryString({ currency: 'KGS' })).toBe('')
  })
})
