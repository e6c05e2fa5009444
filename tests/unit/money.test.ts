import { describe, expect, it } from 'vitest'
import { convert, findRate, rateSource, type Rate, type UsdRate } from '@/lib/money/convert'
import { fromMinorUnits, toMinorUnits } from '@/lib/money/minor'

const usd = (year: number, rate: string, basis = 'annual average'): Rate => ({
  currency: 'USD',
  date: new Date(Date.UTC(year, 0, 1)),
  period: 'YEAR',
  rateToKgs: rate,
  basis,
  source: `test ${year}`,
})
const rates = [usd(2000, '47.704'), usd(2005, '41.0'), usd(2006, '38.5', 'approximate (handbook)')]
const jan = (y: number) => new Date(Date.UTC(y, 0, 1))
const eur = (year: number, rate: string): UsdRate => ({
  currency: 'EUR',
  date: jan(year),
  period: 'YEAR',
  rateToUsd: rate,
  basis: 'annual average',
  source: `ECB ${year}`,
})
const usdPerEur = [eur(1999, '1.0658'), eur(2003, '1.1312'), eur(2005, '1.2441'), eur(2006, '1.2556')]
const euros = (amountMinor: bigint, year: number, valueDateEstimated = false) => ({
  amountMinor,
  currency: 'EUR',
  valueDate: jan(year),
  valueDateEstimated,
})

describe('minor units', () => {
  it('parses decimals exactly, without floating point', () => {
    expect(toMinorUnits(2264.8)).toBe(226480n)
    expect(toMinorUnits('0.07')).toBe(7n)
    expect(toMinorUnits(2800000)).toBe(280000000n)
    expect(fromMinorUnits(226480n)).toBe('2264.80')
  })

  it('refuses negative, over-precise and non-numeric amounts', () => {
    expect(() => toMinorUnits(-1)).toThrow()
    expect(() => toMinorUnits('1.005')).toThrow()
    expect(() => toMinorUnits('1e6')).toThrow()
    expect(() => toMinorUnits(Number.NaN)).toThrow()
  })
})

describe('convert', () => {
  it('converts som to dollars at the rate of the value year', () => {
    const c = convert({ amountMinor: 600000n, currency: 'KGS', valueDate: jan(2006), valueDateEstimated: false }, rates)
    expect(c).toMatchObject({ amountKgsMinor: 600000n, fxUsdRateToKgs: '38.5', fxEstimated: false })
    expect(c!.amountUsdMinor).toBe(15584n) // 6,000 som / 38.5 = 155.84 USD
  })

  it('converts dollars to som and keeps the dollar amount', () => {
    const c = convert({ amountMinor: 100000n, currency: 'USD', valueDate: jan(2005), valueDateEstimated: false }, rates)
    expect(c).toMatchObject({
      amountKgsMinor: 4100000n,
      amountUsdMinor: 100000n,
      fxRateToKgs: '41.0',
      fxEstimated: false,
    })
  })

  it('uses the nearest year and marks it estimated when the year has no rate', () => {
    expect(findRate('USD', jan(2003), rates)).toMatchObject({ rate: { rateToKgs: '41.0' }, estimated: true })
    expect(findRate('USD', jan(2002), rates)).toMatchObject({ rate: { rateToKgs: '47.704' }, estimated: true }) // tie → earlier
    const c = convert({ amountMinor: 100n, currency: 'USD', valueDate: jan(2003), valueDateEstimated: false }, rates)
    expect(c!.fxEstimated).toBe(true)
  })

  it('marks a conversion estimated when the value date itself was derived', () => {
    const c = convert({ amountMinor: 100n, currency: 'KGS', valueDate: jan(2006), valueDateEstimated: true }, rates)
    expect(c!.fxEstimated).toBe(true)
  })

  it('leaves a currency without any rate unconverted', () => {
    expect(convert(euros(750600n, 2005), rates)).toBeNull()
    expect(convert({ ...euros(100n, 2005), currency: 'RUB' }, rates, usdPerEur)).toBeNull()
    expect(convert(euros(750600n, 2005), [], usdPerEur)).toBeNull() // a dollar rate, but no som per dollar
  })
})

describe('convert through the dollar (EUR)', () => {
  it("converts the OSCE's €7,506 of 2006 at the ECB rate and the som rate of the same year, marked estimated", () => {
    const c = convert(euros(750600n, 2006), rates, usdPerEur)
    expect(c).toEqual({
      amountUsdMinor: 942453n, // 7,506 × 1.2556 = 9,424.5336 → $9,424.53
      amountKgsMinor: 36284454n, // 7,506 × 48.3406 = 362,844.5436 → 362,844.54 som
      fxRateToKgs: '48.3406', // 1.2556 × 38.5
      fxUsdRateToKgs: '38.5',
      fxRateDate: jan(2006),
      fxRateSource: 'cross rate through the dollar: EUR→USD ECB 2006; USD→KGS test 2006',
      fxEstimated: true, // a cross rate is an estimate even when both rates are the year's own
    })
  })

  it('rounds the cross rate to 6 decimals and each amount to the minor unit, half away from zero', () => {
    const halfRate = [usd(2010, '1.005')]
    // 1.0001 × 1.005 = 1.0051005 → 1.005101 (half up); 1.00 EUR × 1.225 = 1.225 USD → 1.23 (half up)
    const c = convert(euros(100n, 2010), halfRate, [eur(2010, '1.0001')])!
    expect(c.fxRateToKgs).toBe('1.005101')
    expect(c.amountKgsMinor).toBe(101n) // 1.00 × 1.005101 = 1.005101 → 1.01
    expect(convert(euros(100n, 2010), halfRate, [eur(2010, '1.225')])!.amountUsdMinor).toBe(123n)
    expect(convert(euros(100n, 2010), halfRate, [eur(2010, '1.2249')])!.amountUsdMinor).toBe(122n)
    // 0.9456 × 47.704 = 45.1089024 → 45.108902 (down); the som amount uses the rounded rate
    const c2 = convert(euros(1000000n, 2000), rates, [eur(2000, '0.9456')])!
    expect(c2.fxRateToKgs).toBe('45.108902')
    expect(c2.amountKgsMinor).toBe(45108902n)
    expect(convert(euros(100n, 2010), [usd(2010, '40')], [eur(2010, '1.25')])!.fxRateToKgs).toBe('50')
  })

  it('finds each rate for the value date by the nearest-year rule', () => {
    // 2003: the euro rate of 2003; no som rate for 2003, so 2005's (nearer than 2000)
    const c = convert(euros(100000n, 2003), rates, usdPerEur)!
    expect(c).toMatchObject({ fxRateToKgs: '46.3792', fxUsdRateToKgs: '41.0', fxRateDate: jan(2003) })
    expect(c.amountUsdMinor).toBe(113120n)
    expect(c.amountKgsMinor).toBe(4637920n)
    expect(c.fxRateSource).toBe('cross rate through the dollar: EUR→USD ECB 2003; USD→KGS test 2005')
    // 1997, before the euro: its first year's rate (1999) and the som rate nearest 1997 (2000)
    const early = convert(euros(100000n, 1997), rates, usdPerEur)!
    expect(early).toMatchObject({ fxRateDate: jan(1999), fxUsdRateToKgs: '47.704', fxEstimated: true })
    // 2004: equally near 2003 and 2005 → the earlier
    expect(convert(euros(100n, 2004), rates, usdPerEur)!.fxRateDate).toEqual(jan(2003))
  })

  it('prefers a som rate of the currency itself when one is loaded', () => {
    const somPerEuro: Rate = { ...usd(2006, '48.0'), currency: 'EUR', source: 'NBKR 2006' }
    const c = convert(euros(100n, 2006), [...rates, somPerEuro], usdPerEur)!
    expect(c).toMatchObject({ fxRateToKgs: '48.0', fxRateSource: 'NBKR 2006', fxEstimated: false })
    expect(c.amountKgsMinor).toBe(4800n)
  })

  it('names a rate by its source, basis and year', () => {
    expect(rateSource({ source: 'ECB', basis: 'annual average', date: jan(2006) })).toBe('ECB (annual average, 2006)')
  })
})
