import { isLocale, type Locale } from '@/lib/i18n/locales'
import { fromMinorUnits } from '@/lib/money/minor'

/**
 * How a chart's values are shown. Server pages pass one of these names to client charts instead of a
 * formatter function, which could not cross the server/client boundary.
 * Values are numbers, except money: integer minor units (tyiyn, cents) as bigint or number.
 * Percentages are fractions: 0.125 is 12.5 %.
 */
export type ValueFormat = 'number' | 'money-kgs' | 'money-usd' | 'percent'
export type ChartValue = number | bigint
type Amount = ChartValue | Intl.StringNumericLiteral
type Options = { compact?: boolean }

/** British English, as the site's English texts are ("1.2m", not "1.2M"). */
const localeTags: Record<Locale, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB' }

// CLDR's symbol for the som is the new sign "⃀" (2023), which few fonts on our readers' phones have and
// few readers know yet; the word is what price tags and budgets use.
const somWord: Record<Locale, string> = { ky: 'сом', ru: 'сом', en: 'som' }

const NBSP = '\u00a0'

export function localeTag(locale: string): string {
  return isLocale(locale) ? localeTags[locale] : locale
}

// Chrome and Chromium ship without Kyrgyz locale data: there 'ky-KG' quietly formats as en-US
// ("1,234,567.5", "1.2M"). Kyrgyz writes numbers as Russian does (spaces between thousands, decimal
// comma), so Russian data with Kyrgyz words gives what ICU's Kyrgyz data would.
const hasKyrgyzData = Intl.NumberFormat.supportedLocalesOf('ky-KG').length > 0
const kyrgyzCompact: Record<string, string> = { 'тыс.': 'миң', млрд: 'млд' }

function numberFormat(locale: string, options: Intl.NumberFormatOptions): (value: Amount) => string {
  const tag = localeTag(locale)
  if (tag !== 'ky-KG' || hasKyrgyzData) return (value) => new Intl.NumberFormat(tag, options).format(value)
  const russian = new Intl.NumberFormat('ru-RU', options)
  return (value) =>
    russian
      .formatToParts(value)
      .map((part, i, parts) => {
        if (part.type === 'compact') return kyrgyzCompact[part.value] ?? part.value
        // Russian puts a space before the percent sign, Kyrgyz does not.
        return part.type === 'literal' && parts[i + 1]?.type === 'percentSign' ? '' : part.value
      })
      .join('')
}

// Up to three digits: tick labels such as 1.05 million and 1.25 million stay apart and exact.
const compactOptions: Intl.NumberFormatOptions = { notation: 'compact', maximumSignificantDigits: 3 }

/** "1 234 567" (ky, ru) / "1,234,567" (en); compact for axis ticks: "1,23 млн" / "1.23m". */
export function formatNumber(value: ChartValue, locale: string, { compact = false }: Options = {}): string {
  return numberFormat(locale, compact ? compactOptions : {})(value)
}

/**
 * A money amount given in minor units, shown in whole som or dollars: "1 234 568 сом", "$1,234,568";
 * compact: "1,23 млн сом", "1.23m som". Rounding is half away from zero, on the exact decimal.
 */
export function formatMoney(
  minor: ChartValue,
  currency: 'KGS' | 'USD',
  locale: string,
  { compact = false }: Options = {},
): string {
  // A decimal string keeps bigint amounts exact, and Intl rounds it as a decimal, not as a binary float.
  const major = typeof minor === 'bigint' ? (fromMinorUnits(minor) as Intl.StringNumericLiteral) : minor / 100
  // Below a thousand compact notation abbreviates nothing but would still print "1,5": money stays whole.
  const options = compact && Math.abs(Number(major)) >= 1000 ? compactOptions : { maximumFractionDigits: 0 }
  if (currency === 'USD')
    return numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...options })(major)
  return `${numberFormat(locale, options)(major)}${NBSP}${somWord[isLocale(locale) ? locale : 'en']}`
}

/** A fraction as a percentage with at most one decimal: 0.125 → "12,5 %" (ru), "12.5%" (en). */
export function formatPercent(fraction: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })(fraction)
}

/** Any chart value by its format name. `compact` (axis ticks, bar labels) applies to numbers and money. */
export function formatValue(value: ChartValue, format: ValueFormat, locale: string, options: Options = {}): string {
  switch (format) {
    case 'money-kgs':
      return formatMoney(value, 'KGS', locale, options)
    case 'money-usd':
      return formatMoney(value, 'USD', locale, options)
    case 'percent':
      return formatPercent(Number(value), locale)
    case 'number':
      return formatNumber(value, locale, options)
  }
}

/** The value written to a CSV download: money in som or dollars (1234.5), everything else as it is. */
export function exportValue(value: ChartValue, format: ValueFormat): number {
  return format === 'money-kgs' || format === 'money-usd' ? Number(value) / 100 : Number(value)
}
