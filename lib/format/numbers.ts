// Numbers, money and percentages, in the page's language: one module for the server and the browser
// (charts format in the browser, pages on the server; both must write "1 234 568 сом" alike).
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { fromMinorUnits } from '@/lib/money/minor'

type Amount = number | bigint | Intl.StringNumericLiteral

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
export function formatNumber(
  value: number | bigint | string,
  locale: string,
  { compact = false, maximumFractionDigits = 2 }: { compact?: boolean; maximumFractionDigits?: number } = {},
): string {
  const v = typeof value === 'string' ? Number(value) : value
  return numberFormat(locale, compact ? compactOptions : { maximumFractionDigits })(v)
}

/**
 * Money given in integer minor units (tyiyn, cents), exactly: the amount is formatted from its
 * decimal text, never through a binary float, and rounded half away from zero. Som is written as a
 * word after the number ("6 000 сом", "6,000 som"), other currencies with their sign.
 * - `whole`: no cents (charts, totals in tables); by default cents are shown only when there are some;
 * - `compact`: abbreviated for axes ("1,23 млн сом"); amounts below a thousand stay whole.
 */
export function formatMoney(
  minor: number | bigint | string,
  currency: string,
  locale: string,
  { compact = false, whole = false }: { compact?: boolean; whole?: boolean } = {},
): string {
  const exact = typeof minor === 'number' ? BigInt(Math.round(minor)) : BigInt(minor)
  const major = fromMinorUnits(exact) as Intl.StringNumericLiteral
  const cents = !whole && exact % 100n !== 0n
  const options: Intl.NumberFormatOptions =
    compact && Math.abs(Number(major)) >= 1000
      ? compactOptions
      : { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 }
  if (currency === 'KGS')
    return `${numberFormat(locale, options)(major)}${NBSP}${somWord[isLocale(locale) ? locale : 'en']}`
  return numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...options })(major)
}

/** A fraction as a percentage with at most one decimal: 0.125 → "12,5 %" (ru), "12.5%" (en). */
export function formatPercent(fraction: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })(fraction)
}

/** A share as stated: a point (60 %) or a range (20–30 %), never turned into money. */
export function formatShare(min: number | string, max: number | string, locale: string): string {
  const [a, b] = [Number(min), Number(max)]
  return a === b ? formatPercent(a, locale) : `${formatPercent(a, locale)}–${formatPercent(b, locale)}`
}
