import { describe, expect, it } from 'vitest'
import { costShare, fractionOf, lineClass, type TotalsLine } from '@/lib/public/totals'

const line = (o: Partial<TotalsLine>): TotalsLine => ({
  partyType: 'CSO',
  amountMinor: 100n,
  amountKgsMinor: 100n,
  amountUsdMinor: 1n,
  basis: 'LUMP_SUM',
  isPledge: false,
  amountWithheld: false,
  nature: 'COST_SHARE',
  fxEstimated: false,
  ...o,
})

describe('what adds up', () => {
  const lines = [
    line({ partyType: 'LSG', amountKgsMinor: 15000000n, amountUsdMinor: 17200n }),
    line({ partyType: 'COMMUNITY', amountKgsMinor: 4000000n, amountUsdMinor: 4600n, fxEstimated: true }),
    line({ partyType: 'DONOR', amountKgsMinor: 104000000n, amountUsdMinor: 1200000n, amountWithheld: true }),
    line({ partyType: 'CSO', isPledge: true, amountKgsMinor: 999n }),
    line({ partyType: 'CSO', basis: 'RATE', amountKgsMinor: 999n }),
    line({ partyType: 'BUSINESS', nature: 'TAX', amountKgsMinor: 777n }), // a levy: never a cost share
    line({ partyType: 'DONOR', amountKgsMinor: null, amountUsdMinor: null }), // no rate for its currency
    line({ partyType: 'STATE', amountMinor: null, amountKgsMinor: null }), // a share only
  ]

  it('puts every line in exactly one class', () => {
    expect(lines.map((l) => lineClass(l, true))).toEqual([
      'counted',
      'counted',
      'withheld',
      'pledge',
      'rate',
      'notCostShare',
      'unconverted',
      'noAmount',
    ])
    expect(lineClass(lines[2], false)).toBe('counted') // its own organization sees it counted
  })

  it('never sums rates, pledges, taxes or unconverted amounts, and counts them instead', () => {
    const internal = costShare(lines, { forPublic: false })
    expect(internal).toMatchObject({
      total: { kgsMinor: 123000000n, usdMinor: 1221800n },
      classes: { counted: 3, pledge: 1, rate: 1, notCostShare: 1, unconverted: 1, noAmount: 1, withheld: 0 },
      estimated: 1,
      lines: 8,
    })
    expect(internal.byPartyType.map((g) => g.partyType)).toEqual([
      'DONOR',
      'LSG',
      'COMMUNITY',
      'CSO',
      'BUSINESS',
      'STATE',
    ])
  })

  it('for the public, leaves withheld amounts out of every figure and says how many there are', () => {
    const pub = costShare(lines, { forPublic: true })
    expect(pub).toMatchObject({
      total: { kgsMinor: 19000000n, usdMinor: 21800n },
      classes: { counted: 2, withheld: 1 },
    })
    expect(pub.byPartyType.find((g) => g.partyType === 'DONOR')?.amount).toBeNull()
    expect(JSON.stringify(pub, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))).not.toContain('104000000')
  })

  it('an unknown amount is null, never zero, and has no share', () => {
    const onlyShares = costShare([line({ amountMinor: null, amountKgsMinor: null })], { forPublic: true })
    expect(onlyShares.total).toBeNull()
    expect(onlyShares.byPartyType).toEqual([expect.objectContaining({ partyType: 'CSO', amount: null, counted: 0 })])
    expect(fractionOf(null, { kgsMinor: 5n, usdMinor: 0n })).toBeNull()
    expect(fractionOf({ kgsMinor: 1n, usdMinor: 0n }, null)).toBeNull()
    expect(fractionOf({ kgsMinor: 1n, usdMinor: 0n }, { kgsMinor: 3n, usdMinor: 0n })).toBe(0.333333)
  })
})
