import { describe, expect, it } from 'vitest'
import { bishkekToday, displayStatus, lastDayOf } from '@/lib/memoranda/status'

const d = (s: string) => new Date(`${s}T00:00:00Z`)
const active = (expiry: string | null, precision: 'DAY' | 'MONTH' | 'YEAR' = 'DAY') => ({
  status: 'ACTIVE' as const,
  expiryDate: expiry ? d(expiry) : null,
  expiryPrecision: expiry ? precision : null,
})
// 30 November 2026, 20:00 in Bishkek (14:00 UTC); and 23:30 in Bishkek, which is still the 30th there
// but 17:30 UTC; and 00:30 on 1 December in Bishkek, which is 30 November 18:30 UTC.
const noon = new Date('2026-11-30T08:00:00Z')

describe('a memorandum’s status, as read in Bishkek', () => {
  it('counts the day in Kyrgyzstan, not in UTC', () => {
    expect(bishkekToday(new Date('2026-11-30T17:30:00Z'))).toEqual(d('2026-11-30'))
    expect(bishkekToday(new Date('2026-11-30T18:30:00Z'))).toEqual(d('2026-12-01')) // already 1 December there
  })

  it('expiry today: still valid, 0 days left; tomorrow: 1 day; yesterday: expired', () => {
    expect(displayStatus(active('2026-11-30'), noon)).toEqual({ kind: 'expiring', daysLeft: 0 })
    expect(displayStatus(active('2026-12-01'), noon)).toEqual({ kind: 'expiring', daysLeft: 1 })
    expect(displayStatus(active('2026-11-29'), noon)).toEqual({ kind: 'expired', daysAgo: 1 })
    // At 00:30 on 1 December in Bishkek, a memorandum that ended on 30 November has expired.
    expect(displayStatus(active('2026-11-30'), new Date('2026-11-30T18:30:00Z'))).toEqual({
      kind: 'expired',
      daysAgo: 1,
    })
  })

  it('is expiring up to 60 days ahead, active beyond', () => {
    expect(displayStatus(active('2027-01-29'), noon)).toEqual({ kind: 'expiring', daysLeft: 60 })
    expect(displayStatus(active('2027-01-30'), noon)).toEqual({ kind: 'active', daysLeft: 61 })
  })

  it('reads a year-only expiry as the end of that year, a month-only one as the month’s last day', () => {
    expect(lastDayOf(d('2026-01-01'), 'YEAR')).toEqual(d('2026-12-31'))
    expect(lastDayOf(d('2027-02-01'), 'MONTH')).toEqual(d('2027-02-28'))
    expect(lastDayOf(d('2028-02-01'), 'MONTH')).toEqual(d('2028-02-29'))
    expect(displayStatus(active('2026-01-01', 'YEAR'), noon)).toEqual({ kind: 'expiring', daysLeft: 31 })
    expect(displayStatus(active('2026-11-01', 'MONTH'), noon)).toEqual({ kind: 'expiring', daysLeft: 0 })
    expect(displayStatus(active('2026-10-01', 'MONTH'), noon)).toEqual({ kind: 'expired', daysAgo: 30 })
    expect(displayStatus(active('2027-01-01', 'YEAR'), noon)).toEqual({ kind: 'active', daysLeft: 396 })
  })

  it('has no end date when none is recorded; decided statuses read as decided', () => {
    expect(displayStatus(active(null), noon)).toEqual({ kind: 'noEndDate' })
    for (const [status, kind] of [
      ['DRAFT', 'draft'],
      ['SUSPENDED', 'suspended'],
      ['TERMINATED', 'terminated'],
      ['SUPERSEDED', 'superseded'],
      ['UNKNOWN', 'unknown'],
    ] as const)
      expect(displayStatus({ status, expiryDate: d('2020-01-01'), expiryPrecision: 'DAY' }, noon)).toEqual({ kind })
  })
})
