import { isOneOf } from '@/lib/one-of'
/** Currencies we record, with their minor-unit exponent (all two decimals today). */
export const currencies = ['KGS', 'USD', 'EUR', 'RUB', 'KZT'] as const
export type Currency = (typeof currencies)[number]
export const MINOR_DIGITS = 2

export const isCurrency = isOneOf(currencies)

/**
 * Decimal text (or a number as JSON gives it) → integer minor units, without floating point:
 * 2264.8 → 226480n. More than two decimals, a sign, or anything not a plain decimal is refused.
 */
export function toMinorUnits(value: string | number): bigint {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim()
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!m) throw new Error(`not a non-negative amount with at most ${MINOR_DIGITS} decimals: ${JSON.stringify(value)}`)
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(MINOR_DIGITS, '0'))
}

/** Minor units → decimal text ("2264.80"), for display helpers and exports. */
export function fromMinorUnits(minor: bigint): string {
  const sign = minor < 0n ? '-' : ''
  const abs = minor < 0n ? -minor : minor
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`
}

function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite amount: ${n}`)
  // String(n) is the shortest text that round-trips, e.g. 2264.8; exponent forms are refused above.
  return String(n)
}

/** Minor units → a JSON number of major units (2 decimals), null stays null. Exact below 90 trillion. */
export function minorToNumber(minor: bigint | null): number | null {
  return minor === null ? null : Number(minor) / 100
}

/** The number a CSV download writes for a chart value: money in som or dollars (1234.5), anything else as it is. */
export function exportValue(value: number | bigint, format: 'number' | 'money-kgs' | 'money-usd' | 'percent'): number {
  return format === 'money-kgs' || format === 'money-usd' ? Number(value) / 100 : Number(value)
}
