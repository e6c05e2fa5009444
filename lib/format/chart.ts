import { formatMoney, formatNumber, formatPercent } from './numbers'

/**
 * How a chart's values are shown. Server pages pass one of these names to client charts instead of a
 * formatter function, which could not cross the server/client boundary.
 * Values are numbers, except money: integer minor units (tyiyn, cents) as bigint or number.
 * Percentages are fractions: 0.125 is 12.5 %.
 */
export type ValueFormat = 'number' | 'money-kgs' | 'money-usd' | 'percent'
export type ChartValue = number | bigint

/** Any chart value by its format name. `compact` (axis ticks, bar labels) applies to numbers and money. */
export function formatValue(
  value: ChartValue,
  format: ValueFormat,
  locale: string,
  { compact = false }: { compact?: boolean } = {},
): string {
  switch (format) {
    case 'money-kgs':
      return formatMoney(value, 'KGS', locale, { compact, whole: true })
    case 'money-usd':
      return formatMoney(value, 'USD', locale, { compact, whole: true })
    case 'percent':
      return formatPercent(Number(value), locale)
    case 'number':
      return formatNumber(value, locale, { compact })
  }
}
