// What a memorandum's status reads as today. The stored status says what people decided (draft,
// active, suspended, terminated, superseded, or not known); whether an active memorandum is running
// out or has run out is computed from its expiry date, in Kyrgyzstan's time, on the day it is read.
import type { AgreementStatus, DatePrecision } from '@/lib/generated/prisma/enums'

export const EXPIRING_WITHIN_DAYS = 60

export type DisplayStatus =
  | { kind: 'draft' | 'suspended' | 'terminated' | 'superseded' | 'unknown' }
  | { kind: 'noEndDate' }
  | { kind: 'active'; daysLeft: number }
  | { kind: 'expiring'; daysLeft: number }
  | { kind: 'expired'; daysAgo: number }

/** The last day a partial date stands for: a year-only expiry runs to 31 December, a month-only one to its last day. */
export function lastDayOf(date: Date, precision: DatePrecision | null): Date {
  const y = date.getUTCFullYear()
  if (precision === 'YEAR') return new Date(Date.UTC(y, 11, 31))
  if (precision === 'MONTH') return new Date(Date.UTC(y, date.getUTCMonth() + 1, 0))
  return new Date(Date.UTC(y, date.getUTCMonth(), date.getUTCDate()))
}

/** Today's date in Asia/Bishkek (UTC+6 all year), as a UTC midnight like the stored dates. */
export function bishkekToday(now: Date = new Date()): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bishkek',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value)
  return new Date(Date.UTC(get('year'), get('month') - 1, get('day')))
}

const DAY = 24 * 3600 * 1000

export function displayStatus(
  m: { status: AgreementStatus; expiryDate: Date | null; expiryPrecision: DatePrecision | null },
  now: Date = new Date(),
): DisplayStatus {
  switch (m.status) {
    case 'DRAFT':
      return { kind: 'draft' }
    case 'SUSPENDED':
      return { kind: 'suspended' }
    case 'TERMINATED':
      return { kind: 'terminated' }
    case 'SUPERSEDED':
      return { kind: 'superseded' }
    case 'UNKNOWN':
      return { kind: 'unknown' }
    case 'ACTIVE':
    case 'EXPIRED': {
      if (!m.expiryDate) return { kind: 'noEndDate' }
      // Valid through its last day: on that day 0 days are left, the day after it has expired.
      const daysLeft = Math.round(
        (lastDayOf(m.expiryDate, m.expiryPrecision).getTime() - bishkekToday(now).getTime()) / DAY,
      )
      if (daysLeft < 0) return { kind: 'expired', daysAgo: -daysLeft }
      return daysLeft <= EXPIRING_WITHIN_DAYS ? { kind: 'expiring', daysLeft } : { kind: 'active', daysLeft }
    }
  }
}
