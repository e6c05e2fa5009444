import { describe, expect, it } from 'vitest'
import { formatPartialDate, formatMoney, formatShare } from '@/lib/format'

// Intl output uses narrow no-break spaces as group separators in ru/ky: compare with them normalised.
const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ')

describe('format', () => {
  it('writes som as a word and other currencies with their sign', () => {
    expect(plain(formatMoney(600000n, 'KGS', 'en'))).toBe('6,000 som')
    expect(plain(formatMoney(600000n, 'KGS', 'ru'))).toBe('6 000 сом')
    expect(plain(formatMoney(600000n, 'KGS', 'ky'))).toBe('6 000 сом')
    expect(plain(formatMoney(2100000n, 'USD', 'en'))).toBe('$21,000')
    expect(plain(formatMoney(226480n, 'KGS', 'en'))).toBe('2,264.80 som')
  })

  it('shows dates at their precision', () => {
    const d = new Date('2004-11-01T00:00:00Z')
    expect(formatPartialDate(d, 'YEAR', 'en')).toBe('2004')
    expect(formatPartialDate(d, 'MONTH', 'en')).toBe('November 2004')
    expect(formatPartialDate(d, 'MONTH', 'ru')).toBe('ноябрь 2004 г.')
    expect(formatPartialDate(null, 'YEAR', 'en')).toBe('')
  })

  it('keeps a stated range a range', () => {
    expect(formatShare(0.2, 0.3, 'en')).toBe('20%–30%')
    expect(formatShare(0.6, 0.6, 'en')).toBe('60%')
  })
})
