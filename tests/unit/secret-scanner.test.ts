// The planted-secrets suite (tests/e2e/planted-secrets.spec.ts) is only as good as its scanner: fed a
// deliberately unmasked field, it must catch it, in every way a page, a payload or an export may
// write it; and it must not cry wolf on ordinary figures.
import { describe, expect, it } from 'vitest'
import { toPublicContribution, type ContributionRow } from '@/lib/public/dto'
import { formatMoney, formatShare } from '@/lib/format'
import { findSecrets, type Secret } from '../e2e/secrets/scanner'

const secrets: Secret[] = [
  { label: 'withheld amount', digits: '987654321' },
  { label: 'withheld share', pattern: /77[.,]7\s*%|0\.777/ },
  { label: 'draft title', text: 'PLANTED-DRAFT-PROJECT' },
]

describe('the secrets scanner', () => {
  it('catches a withheld amount however it is written', () => {
    for (const body of [
      `<td>${formatMoney(98765432100n, 'KGS', 'ru')}</td>`,
      `<td>${formatMoney(98765432100n, 'KGS', 'en')}</td>`,
      `<td>${formatMoney(98765432100n, 'KGS', 'ky')}</td>`,
      '{"amount":987654321}',
      '{"amountMinor":"98765432100"}',
      '"987\\u00a0654\\u00a0321 сом"',
      'total;987654321.00',
    ])
      expect(findSecrets(body, secrets), body).toContain('withheld amount')
  })

  it('catches a share beside it, and a marker string in any case and escaping', () => {
    expect(findSecrets(`<td>${formatShare(0.777, 0.777, 'ru')}</td>`, secrets)).toContain('withheld share')
    expect(findSecrets(`<td>${formatShare(0.777, 0.777, 'en')}</td>`, secrets)).toContain('withheld share')
    expect(findSecrets('"shareMin":0.777', secrets)).toContain('withheld share')
    expect(findSecrets('<h1>planted-draft-project</h1>', secrets)).toContain('draft title')
  })

  it('catches one deliberately unmasked field of a public DTO', () => {
    const row = {
      id: 'c'.padEnd(25, 'a'),
      partyForm: 'NAMED',
      partyNameAsReported: 'A party',
      partyType: 'CSO',
      partyOrganization: null,
      groupMembers: [],
      kind: 'CASH',
      nature: 'COST_SHARE',
      amountMinor: 98765432100n,
      currency: 'KGS',
      valueDate: null,
      valueDatePrecision: null,
      valueDateEstimated: false,
      shareMin: 0.777,
      shareMax: 0.777,
      quantityValue: null,
      quantityUnit: null,
      quantityAsReported: null,
      basis: 'LUMP_SUM',
      rateUnit: null,
      ratePeriod: null,
      isPledge: false,
      amountWithheld: true,
      valuationBasis: null,
      valuationNote: null,
      amountKgsMinor: 98765432100n,
      amountUsdMinor: 1129891700n,
      fxRateToKgs: null,
      fxUsdRateToKgs: null,
      fxRateDate: null,
      fxRateSource: null,
      fxEstimated: false,
      grantId: null,
      note: null,
      sourcePage: null,
      sourceDocument: null,
      publicationStatus: 'PUBLISHED',
    } as unknown as ContributionRow
    const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))
    const masked = toPublicContribution(row)
    expect(findSecrets(json(masked), secrets)).toEqual([])
    // The same DTO with one field put back, as a careless mapper would: caught.
    expect(findSecrets(json({ ...masked, share: { min: 0.777, max: 0.777 } }), secrets)).toEqual(['withheld share'])
    expect(findSecrets(json({ ...masked, converted: { kgsMinor: row.amountKgsMinor } }), secrets)).toEqual([
      'withheld amount',
    ])
  })

  it('does not match ordinary figures', () => {
    expect(findSecrets('<td>1 234 567 сом</td><td>77 %</td><td>2024</td><p>Planted trees</p>', secrets)).toEqual([])
  })
})
