// All display formatting of numbers, money and dates goes through here (Intl, in the page's locale).
import type { Locale } from '@/lib/i18n/locales'

const intlLocale: Record<Locale, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB' }

export function formatNumber(value: number | bigint | string, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits }).format(
    typeof value === 'string' ? Number(value) : value,
  )
}

export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }).format(fraction)
}

/** A share as stated: a point (60 %) or a range (20–30 %), never turned into money. */
export function formatShare(min: number | string, max: number | string, locale: Locale): string {
  const [a, b] = [Number(min), Number(max)]
  return a === b ? formatPercent(a, locale) : `${formatPercent(a, locale)}–${formatPercent(b, locale)}`
}

/** The som is written as a word after the number in all three languages ("6 000 сом", "6,000 som"). */
const somWord: Record<Locale, string> = { ky: 'сом', ru: 'сом', en: 'som' }

/** Money from integer minor units, in whole units unless there are cents. */
export function formatMoney(minor: bigint | number | string, currency: string, locale: Locale): string {
  const value = BigInt(minor)
  const cents = value % 100n !== 0n
  const digits = { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 }
  const major = Number(value) / 100
  if (currency === 'KGS') return `${new Intl.NumberFormat(intlLocale[locale], digits).format(major)} ${somWord[locale]}`
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    ...digits,
  }).format(major)
}

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY'

/** A date at the precision it is known: "2004", "November 2004", "5 November 2004"; '' when unknown. */
export function formatPartialDate(
  date: Date | string | null | undefined,
  precision: DatePrecision | null | undefined,
  locale: Locale,
): string {
  if (!date) return ''
  const d = typeof date === 'string' ? new Date(date) : date
  const opts: Intl.DateTimeFormatOptions =
    precision === 'YEAR'
      ? { year: 'numeric' }
      : precision === 'MONTH'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' }
  return new Intl.DateTimeFormat(intlLocale[locale], { ...opts, timeZone: 'UTC' }).format(d)
}

/** A full date: "5 Nov 2026". */
export function formatDate(date: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date))
}

/** A moment in Kyrgyzstan's time: "5 Nov 2026, 14:05". */
export function formatDateTime(date: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Bishkek',
  }).format(new Date(date))
}

/** The text a partial-date input shows for a stored value: "2004", "2004-11", "2004-11-05". */
export function partialDateInput(date: Date | null | undefined, precision: DatePrecision | null | undefined): string {
  if (!date) return ''
  const iso = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso
}
