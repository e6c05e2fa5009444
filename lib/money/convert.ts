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

/** Dollars per one unit of a currency that has no som rate (the euro: ECB yearly averages). */
export type UsdRate = {
  currency: string
  /** first day of the period */
  date: Date
  period: 'DAY' | 'YEAR'
  /** decimal text, up to 6 decimals */
  rateToUsd: string
  basis: string
  source: string
}

export type Conversion = {
  amountKgsMinor: bigint
  amountUsdMinor: bigint | null
  /** Som per unit of the amount's currency; through the dollar, the cross rate rounded to 6 decimals. */
  fxRateToKgs: string
  fxUsdRateToKgs: string | null
  /** The date of the rate of the amount's own currency (through the dollar: of its dollar rate). */
  fxRateDate: Date | null
  fxRateSource: string
  /**
   * The value date was derived, or a rate belongs to another period than the value date, or the
   * conversion goes through the dollar (a cross rate is an estimate).
   */
  fxEstimated: boolean
}

const SCALE = 1_000_000n

/**
 * Converts an amount to KGS and USD at the rates for its value date. The one rule (ADR 001):
 * each rate is the day rate for that date, else the year rate for its year, else the nearest year's
 * rate (the earlier on a tie), marked estimated. A currency with a som rate converts directly. A
 * currency without one but with a dollar rate (EUR) converts through the dollar: the dollar figure is
 * amount × its dollar rate, the som figure amount × the cross rate (dollar rate × som-per-dollar rate,
 * rounded to 6 decimals), always marked estimated, the source naming both rates. Otherwise null (left
 * unconverted). Amounts round half away from zero to the minor unit; arithmetic is exact (BigInt).
 */
export function convert(
  input: { amountMinor: bigint; currency: Currency | string; valueDate: Date; valueDateEstimated: boolean },
  rates: readonly Rate[],
  usdRates: readonly UsdRate[] = [],
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
  if (own) {
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
  const toUsd = findRate(currency, valueDate, usdRates)
  if (!toUsd || !usd) return null
  const usdPerUnit = scaled(toUsd.rate.rateToUsd)
  const cross = divRound(usdPerUnit * scaled(usd.rate.rateToKgs), SCALE)
  return {
    amountKgsMinor: divRound(amountMinor * cross, SCALE),
    amountUsdMinor: divRound(amountMinor * usdPerUnit, SCALE),
    fxRateToKgs: decimalText(cross),
    fxUsdRateToKgs: usd.rate.rateToKgs,
    fxRateDate: toUsd.rate.date,
    fxRateSource: `cross rate through the dollar: ${currency}→USD ${toUsd.rate.source}; USD→KGS ${usd.rate.source}`,
    fxEstimated: true,
  }
}

/** The source text stored with a conversion: the rate's source, its basis and its year. */
export function rateSource(rate: { source: string; basis: string; date: Date }): string {
  return `${rate.source} (${rate.basis}, ${rate.date.getUTCFullYear()})`
}

export function findRate<R extends { currency: string; date: Date; period: 'DAY' | 'YEAR' }>(
  currency: string,
  on: Date,
  rates: readonly R[],
): { rate: R; estimated: boolean } | null {
  const mine = rates.filter((r) => r.currency === currency)
  const day = mine.find((r) => r.period === 'DAY' && r.date.getTime() === on.getTime())
  if (day) return { rate: day, estimated: false }
  const year = on.getUTCFullYear()
  const yearly = mine.filter((r) => r.period === 'YEAR')
  const exact = yearly.find((r) => r.date.getUTCFullYear() === year)
  if (exact) return { rate: exact, estimated: false }
  let best: R | null = null
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

/** A scaled rate (× 10⁶) as decimal text without trailing zeros: 48340600n → "48.3406". */
function decimalText(value: bigint): string {
  const fraction = String(value % SCALE)
    .padStart(6, '0')
    .replace(/0+$/, '')
  return fraction ? `${value / SCALE}.${fraction}` : String(value / SCALE)
}

/** Integer division rounding half away from zero (all our operands are non-negative). */
function divRound(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (2n * d)
}

/** A conversion as a ledger line's stored columns: all null when it could not be converted (no rate). */
export function storedConversion(c: Conversion | null, valueDateEstimated: boolean) {
  return {
    amountKgsMinor: c?.amountKgsMinor ?? null,
    amountUsdMinor: c?.amountUsdMinor ?? null,
    fxRateToKgs: c?.fxRateToKgs ?? null,
    fxUsdRateToKgs: c?.fxUsdRateToKgs ?? null,
    fxRateDate: c?.fxRateDate ?? null,
    fxRateSource: c?.fxRateSource ?? null,
    fxEstimated: c?.fxEstimated ?? valueDateEstimated,
  }
}

type StoredRate = { currency: string; date: Date; period: 'DAY' | 'YEAR'; basis: string; source: string }

/** Som rates as stored (ExchangeRate rows, Decimal as anything printable) → the rates `convert` takes. */
export function toRates(rows: readonly (StoredRate & { rateToKgs: { toString(): string } })[]): Rate[] {
  return rows.map((r) => ({ ...rateOf(r), rateToKgs: r.rateToKgs.toString() }))
}

/** Dollar rates as stored (UsdExchangeRate rows) → the rates `convert` takes. */
export function toUsdRates(rows: readonly (StoredRate & { rateToUsd: { toString(): string } })[]): UsdRate[] {
  return rows.map((r) => ({ ...rateOf(r), rateToUsd: r.rateToUsd.toString() }))
}

const rateOf = (r: StoredRate) => ({
  currency: r.currency,
  date: r.date,
  period: r.period,
  basis: r.basis,
  source: rateSource(r),
})
