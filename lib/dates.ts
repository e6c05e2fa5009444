export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY'
export type PartialDate = { date: Date; precision: DatePrecision }

/** "2004", "2004-11" or "2004-11-05" (or a bare year number) → first day of that period, with its precision. */
export function parsePartialDate(value: string | number | null | undefined): PartialDate | null {
  if (value === null || value === undefined || value === '') return null
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value).trim())
  if (!m) throw new Error(`not a year, year-month or date: ${JSON.stringify(value)}`)
  const [, y, mo, d] = m
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1))
  if (
    date.getUTCFullYear() !== Number(y) ||
    (mo && date.getUTCMonth() !== Number(mo) - 1) ||
    (d && date.getUTCDate() !== Number(d))
  )
    throw new Error(`not a valid date: ${JSON.stringify(value)}`)
  return { date, precision: d ? 'DAY' : mo ? 'MONTH' : 'YEAR' }
}

/** Last day of the period a partial date stands for (used for "ends in 2004" comparisons). */
export function periodEnd({ date, precision }: PartialDate): Date {
  const y = date.getUTCFullYear()
  const m = date.getUTCMonth()
  if (precision === 'YEAR') return new Date(Date.UTC(y, 11, 31))
  if (precision === 'MONTH') return new Date(Date.UTC(y, m + 1, 0))
  return date
}

export type YearSpan = { start: number | null; end: number | null; approximate: boolean }

/** A period as sources word it: "2002-2004", "c. 2006", "1999", "not stated". */
export function parseYearSpan(text: string | null | undefined): YearSpan {
  const t = (text ?? '').trim()
  if (!t || /^not stated$/i.test(t)) return { start: null, end: null, approximate: false }
  const m = /^(c\.\s*)?(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(t)
  if (!m) throw new Error(`unrecognised period: ${JSON.stringify(text)}`)
  const start = Number(m[2])
  const end = m[3] ? Number(m[3]) : start
  if (end < start) throw new Error(`period ends before it starts: ${JSON.stringify(text)}`)
  return { start, end, approximate: Boolean(m[1]) }
}

type Given = PartialDate | null | undefined
const columns = (d: Given) => ({ date: d?.date ?? null, precision: d?.precision ?? null })

/** A start and end date as their four columns (`startDate`, `startPrecision`, …), null where not given. */
export function periodColumns(input: { startDate?: Given; endDate?: Given }) {
  const [start, end] = [columns(input.startDate), columns(input.endDate)]
  return { startDate: start.date, startPrecision: start.precision, endDate: end.date, endPrecision: end.precision }
}

/** An agreement's three dates (signed, in effect from, expires) as their six columns, null where not given. */
export function agreementDateColumns(input: { signedDate?: Given; effectiveDate?: Given; expiryDate?: Given }) {
  const [signed, effective, expiry] = [
    columns(input.signedDate),
    columns(input.effectiveDate),
    columns(input.expiryDate),
  ]
  return {
    signedDate: signed.date,
    signedPrecision: signed.precision,
    effectiveDate: effective.date,
    effectivePrecision: effective.precision,
    expiryDate: expiry.date,
    expiryPrecision: expiry.precision,
  }
}
