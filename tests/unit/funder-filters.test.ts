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

  it('applies no year of a reversed range, and says it was reversed', () => {
    expect(parseFunderQuery({ from: '2006', to: '2002', theme: 'water' })).toEqual({
      theme: 'water',
      currency: 'KGS',
      yearsReversed: true,
    })
    expect(parseFunderQuery({ from: '2002', to: '2002' })).toEqual({ from: 2002, to: 2002, currency: 'KGS' })
  })

  it('keeps a rayon only with an oblast', () => {
    expect(parseFunderQuery({ oblast: 'KG-T', rayon: 'KG07232000000' })).toMatchObject({ rayon: 'KG07232000000' })
    expect(parseFunderQuery({ rayon: 'KG07232000000' })).toEqual({ currency: 'KGS' })
    expect(parseFunderQuery({ oblast: 'KG-T', rayon: 'Talas' })).toEqual({ oblast: 'KG-T', currency: 'KGS' })
  })

  it('writes the filters back as a query that parses to the same', () => {
    const q = {
      from: 2002,
      to: 2006,
      oblast: 'KG-N',
      rayon: 'KG07232000000',
      theme: 'health' as const,
      currency: 'USD' as const,
    }
    const back = parseFunderQuery(Object.fromEntries(new URLSearchParams(funderQueryString(q))))
    expect(back).toEqual(q)
    expect(funderQueryString({ currency: 'KGS' })).toBe('')
  })
})
