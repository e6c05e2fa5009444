import { describe, expect, it } from 'vitest'
import { convert, findRate, type Rate } from '@/lib/money/convert'
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
    expect(
      convert({ amountMinor: 750600n, currency: 'EUR', valueDate: jan(2005), valueDateEstimated: false }, rates),
    ).toBeNull()
  })
})
