import 'server-only'
import { getTranslations } from 'next-intl/server'
import { formatPartialDate } from '@/lib/format'
import type { Locale } from './locales'

type Point = { date: Date; precision: 'YEAR' | 'MONTH' | 'DAY' | null } | null

/**
 * A period at the precision its dates are known: "2004 – 2006", "since March 2004", "2005", or
 * "period not stated". Every page that shows a period uses this.
 */
export async function periodText(start: Point, end: Point, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'lists' })
  const from = start ? formatPartialDate(start.date, start.precision, locale) : ''
  const to = end ? formatPartialDate(end.date, end.precision, locale) : ''
  if (from && to) return from === to ? from : t('period', { from, to })
  if (from) return t('since', { date: from })
  if (to) return t('until', { date: to })
  return t('periodUnknown')
}

type Precision = 'YEAR' | 'MONTH' | 'DAY' | null
/** The period of a row as stored (start and end dates with their precision). */
export function rowPeriodText(
  row: { startDate: Date | null; startPrecision: Precision; endDate: Date | null; endPrecision: Precision },
  locale: Locale,
): Promise<string> {
  const point = (date: Date | null, precision: Precision): Point => (date ? { date, precision } : null)
  return periodText(point(row.startDate, row.startPrecision), point(row.endDate, row.endPrecision), locale)
}
