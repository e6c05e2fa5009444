// Dates at the precision they are known, in the page's language.
import type { Locale } from '@/lib/i18n/locales'

const intlLocale: Record<Locale, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB' }

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
