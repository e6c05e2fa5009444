import type { Currency } from './minor'

/** One exchange rate: som per one unit of `currency`, for a day or a whole year. */
export type Rate = {
  currency: string
  /** first day of the period */
  date: Date
  period: 'DAY' | 'YEAR'
  /** decimal text, up to 6 decimals */
  rateToKgs: string
  basis: string
  source: string
}

export type Conversion = {
  amountKgsMinor: bigint
  amountUsdMinor: bigint | null
  fxRateToKgs: string
  fxUsdRateToKgs: string | null
  fxRateDate: Date | null
  fxRateSource: string
  /** The value date was derived, or the rate belongs to another period than the value date. */
  fxEstimated: boolean
}

const SCALE = 1_000_000n

/**
 * Converts an amount to KGS and USD at the rate for its value date. The one rule (ADR 001):
 * a day rate for that date, else the year rate for its year; else the nearest year's rate (the
 * earlier on a tie), marked estimated. No rate at all for the currency → null (left unconverted).
 */
export function convert(
  input: { amountMinor: bigint; currency: Currency | string; valueDate: Date; valueDateEstimated: boolean },
  rates: readonly Rate[],
): Conversion | null {
  const { amountMinor, currency, valueDate } = input
  const usd = findRate('USD', valueDate, rates)
  if (currency === 'KGS') {
    return {
      amountKgsMinor: amountMinor,
      amountUsdMinor: usd ? divRound(amountMinor * SCALE, scaled(usd.rate.rateToKgs)) : null,
      fxRateToKgs: '1',
      fxUsdRateToKgs: usd?.rate.rateToKgs ?? null,
      fxRateDate: usd?.rate.date ?? null,
      fxRateSource: usd ? usd.rate.source : 'no USD rate',
      fxEstimated: input.valueDateEstimated || Boolean(usd?.estimated),
    }
  }
  const own = findRate(currency, valueDate, rates)
  if (!own) return null
  const amountKgsMinor = divRound(amountMinor * scaled(own.rate.rateToKgs), SCALE)
  return {
    amountKgsMinor,
    amountUsdMinor:
      currency === 'USD' ? amountMinor : usd ? divRound(amountKgsMinor * SCALE, scaled(usd.rate.rateToKgs)) : null,
    fxRateToKgs: own.rate.rateToKgs,
    fxUsdRateToKgs: usd?.rate.rateToKgs ?? null,
    fxRateDate: own.rate.date,
    fxRateSource: own.rate.source,
    fxEstimated: input.valueDateEstimated || own.estimated || Boolean(usd?.estimated),
  }
}

export function findRate(
  currency: string,
  on: Date,
  rates: readonly Rate[],
): { rate: Rate; estimated: boolean } | null {
  const mine = rates.filter((r) => r.currency === currency)
  const day = mine.find((r) => r.period === 'DAY' && r.date.getTime() === on.getTime())
  if (day) return { rate: day, estimated: false }
  const year = on.getUTCFullYear()
  const yearly = mine.filter((r) => r.period === 'YEAR')
  const exact = yearly.find((r) => r.date.getUTCFullYear() === year)
  if (exact) return { rate: exact, estimated: false }
  let best: Rate | null = null
  for (const r of yearly) {
    const d = Math.abs(r.date.getUTCFullYear() - year)
    const bestD = best ? Math.abs(best.date.getUTCFullYear() - year) : Infinity
    if (d < bestD || (d === bestD && best && r.date < best.date)) best = r
  }
  return best ? { rate: best, estimated: true } : null
}

function scaled(decimal: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(decimal)
  if (!m) throw new Error(`not a rate with at most 6 decimals: ${decimal}`)
  return BigInt(m[1]) * SCALE + BigInt((m[2] ?? '').padEnd(6, '0'))
}

/** Integer division rounding half away from zero (all our operands are non-negative). */
function divRound(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (2n * d)
}
