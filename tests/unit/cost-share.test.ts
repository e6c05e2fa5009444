import { describe, expect, it } from 'vitest'
import { costShare, type LedgerLine } from '@/lib/contributions/cost-share'

const line = (o: Partial<LedgerLine>): LedgerLine => ({
  partyType: 'CSO',
  amountMinor: 100n,
  amountKgsMinor: 100n,
  amountUsdMinor: 1n,
  basis: 'LUMP_SUM',
  isPledge: false,
  amountWithheld: false,
  fxEstimated: false,
  ...o,
})

describe('cost-share', () => {
  const lines = [
    line({ partyType: 'LSG', amountKgsMinor: 15000000n, amountUsdMinor: 17200n }),
    line({ partyType: 'COMMUNITY', amountKgsMinor: 4000000n, amountUsdMinor: 4600n, fxEstimated: true }),
    line({ partyType: 'DONOR', amountKgsMinor: 104000000n, amountUsdMinor: 1200000n, amountWithheld: true }),
    line({ partyType: 'CSO', isPledge: true, amountKgsMinor: 999n }),
    line({ partyType: 'CSO', basis: 'RATE', amountKgsMinor: 999n }),
    line({ partyType: 'DONOR', amountKgsMinor: null, amountUsdMinor: null }), // EUR without a rate
    line({ partyType: 'CSO', amountMinor: null, amountKgsMinor: null }), // a share only
    line({ partyType: 'COMMUNITY', nature: 'TAX', amountKgsMinor: 777n }), // a levy collected, not a cost share
    line({ partyType: 'DONOR', nature: 'CONDITION', amountKgsMinor: 888n }),
    line({ partyType: 'CSO', nature: 'COST_SHARE', amountKgsMinor: 0n, amountUsdMinor: 0n }),
  ]

  it('never sums rates, pledges, taxes, conditions or unconverted amounts, and counts them instead', () => {
    const internal = costShare(lines, { forPublic: false })
    expect(internal).toMatchObject({
      totalKgsMinor: 123000000n,
      counted: 4,
      pledges: 1,
      rates: 1,
      notCostShare: 2,
      unconverted: 1,
      withheld: 0,
      estimated: 1,
    })
    expect(internal.byPartyType.map((g) => g.partyType)).toEqual(['DONOR', 'LSG', 'COMMUNITY', 'CSO'])
  })

  it('for the public, leaves withheld amounts out of every figure and says how many there are', () => {
    const pub = costShare(lines, { forPublic: true })
    expect(pub).toMatchObject({ totalKgsMinor: 19000000n, totalUsdMinor: 21800n, counted: 3, withheld: 1 })
    expect(pub.byPartyType.find((g) => g.partyType === 'DONOR')).toBeUndefined()
    // Nothing in the public result carries the withheld figure.
    expect(JSON.stringify(pub, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))).not.toContain('104000000')
  })
})
