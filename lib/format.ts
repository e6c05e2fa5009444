// Numbers, money and dates for display, through Intl in the page's locale (never toString in pages).
import type { Locale } from '@/lib/i18n/locales'
import { fromMinorUnits } from '@/lib/money/minor'

/** Intl knows Kyrgyz as 'ky'; we pin the calendar and digits so all three read the same way. */
const tag = (locale: Locale) => `${locale}-KG`

export function formatNumber(value: number | string, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits }).format(Number(value))
}

/** The som sign (U+20C0) is missing from most fonts: the word is written instead. */
const SOM: Record<Locale, string> = { ky: 'сом', ru: 'сом', en: 'som' }

/** 150000000n KGS → "1 500 000 сом" / "1,500,000 som"; other currencies by code ("USD 12,000.50"). Cents only when there are some. */
export function formatMoney(minor: bigint | string, currency: string, locale: Locale): string {
  const value = typeof minor === 'string' ? BigInt(minor) : minor
  const digits = value % 100n === 0n ? 0 : 2
  // Intl takes the decimal text exactly (no float rounding of large amounts).
  const text = fromMinorUnits(value) as `${number}`
  if (currency === 'KGS')
    return `${new Intl.NumberFormat(tag(locale), { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(text)} ${SOM[locale]}`
  return new Intl.NumberFormat(tag(locale), {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: 2,
  }).format(text)
}

export function formatDate(date: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date))
}

export function formatDateTime(date: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bishkek' }).format(new Date(date))
}

/** A date stored as the first day of its period, shown at its precision: "2004", "November 2004", "5 Nov 2004". */
export function formatPartialDate(date: Date | string | null | undefined, precision: 'YEAR' | 'MONTH' | 'DAY' | null | undefined, locale: Locale): string {
  if (!date) return ''
  const d = new Date(date)
  if (precision === 'YEAR') return String(d.getUTCFullYear())
  if (precision === 'MONTH') return new Intl.DateTimeFormat(tag(locale), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(d)
  return formatDate(d, locale)
}

/** The text a partial-date input shows for a stored value: "2004", "2004-11", "2004-11-05". */
export function partialDateInput(date: Date | null | undefined, precision: 'YEAR' | 'MONTH' | 'DAY' | null | undefined): string {
  if (!date) return ''
  const iso = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso
}

/** A share 0..1 as a percentage ("40 %" / "40–60 %"). */
export function formatShare(min: string | number, max: string | number, locale: Locale): string {
  const f = new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 1 })
  return Number(min) === Number(max) ? f.format(Number(min)) : `${f.format(Number(min))}–${f.format(Number(max))}`
}
