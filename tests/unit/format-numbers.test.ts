import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatMoney, formatNumber, formatPercent, formatValue, localeTag } from '@/lib/format'
import { exportValue } from '@/lib/money/minor'

// ICU separates thousands with no-break spaces (U+00A0, or U+202F in some locales); expectations are
// written with plain spaces and compared after this.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('localeTag', () => {
  it('maps our languages to the regional tags the formats use', () => {
    expect([localeTag('ky'), localeTag('ru'), localeTag('en')]).toEqual(['ky-KG', 'ru-RU', 'en-GB'])
  })
})

describe('formatNumber', () => {
  it('groups thousands with spaces and a decimal comma in Kyrgyz and Russian, commas and a point in English', () => {
    expect(plain(formatNumber(1234567.5, 'ky'))).toBe('1 234 567,5')
    expect(plain(formatNumber(1234567.5, 'ru'))).toBe('1 234 567,5')
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5')
    expect(plain(formatNumber(12345678901234567890n, 'ru'))).toBe('12 345 678 901 234 567 890')
  })

  it('abbreviates in each language when compact', () => {
    expect(plain(formatNumber(483_000, 'ky', { compact: true }))).toBe('483 миң')
    expect(plain(formatNumber(1_234_567, 'ky', { compact: true }))).toBe('1,23 млн')
    expect(plain(formatNumber(483_000, 'ru', { compact: true }))).toBe('483 тыс.')
    expect(plain(formatNumber(1_050_000, 'ru', { compact: true }))).toBe('1,05 млн')
    expect(formatNumber(1_234_567, 'en', { compact: true })).toBe('1.23m')
    expect(formatNumber(950, 'en', { compact: true })).toBe('950')
  })
})

describe('formatMoney', () => {
  it('takes minor units, as bigint or number, and shows whole som with the word, not the new sign', () => {
    expect(plain(formatMoney(123_456_789n, 'KGS', 'ky', { whole: true }))).toBe('1 234 568 сом')
    expect(plain(formatMoney(123_456_789, 'KGS', 'ru', { whole: true }))).toBe('1 234 568 сом')
    expect(plain(formatMoney(123_456_789n, 'KGS', 'en', { whole: true }))).toBe('1,234,568 som')
  })

  it('keeps the number and the unit on one line', () => {
    expect(formatMoney(100n, 'KGS', 'en', { whole: true })).toBe('1\u00a0som')
  })

  it('rounds half away from zero on the exact amount, and stays exact beyond double precision', () => {
    expect(formatMoney(250n, 'KGS', 'en', { whole: true })).toBe('3\u00a0som')
    expect(formatMoney(249n, 'KGS', 'en', { whole: true })).toBe('2\u00a0som')
    expect(formatMoney(-250n, 'KGS', 'en', { whole: true })).toBe('-3\u00a0som')
    // 2^60 + 124 tyiyn: through a double this would come out as …470.
    expect(formatMoney(2n ** 60n + 124n, 'KGS', 'en', { whole: true })).toBe('11,529,215,046,068,471\u00a0som')
  })

  it('shows dollars with the $ sign where each language puts it', () => {
    expect(formatMoney(123_456_789n, 'USD', 'en', { whole: true })).toBe('$1,234,568')
    expect(plain(formatMoney(123_456_789n, 'USD', 'ru', { whole: true }))).toBe('1 234 568 $')
    expect(plain(formatMoney(123_456_789n, 'USD', 'ky', { whole: true }))).toBe('1 234 568 $')
  })

  it('abbreviates on axes, and stays whole below a thousand', () => {
    expect(plain(formatMoney(123_456_789n, 'KGS', 'ru', { compact: true, whole: true }))).toBe('1,23 млн сом')
    expect(plain(formatMoney(123_456_789n, 'KGS', 'ky', { compact: true, whole: true }))).toBe('1,23 млн сом')
    expect(formatMoney(123_456_789n, 'KGS', 'en', { compact: true, whole: true })).toBe('1.23m\u00a0som')
    expect(formatMoney(48_300_000, 'USD', 'en', { compact: true, whole: true })).toBe('$483k')
    expect(formatMoney(150n, 'KGS', 'en', { compact: true, whole: true })).toBe('2\u00a0som')
  })
})

describe('formatPercent', () => {
  it('takes a fraction and writes the sign as each language does', () => {
    expect(formatPercent(0.125, 'ky')).toBe('12,5%')
    expect(plain(formatPercent(0.125, 'ru'))).toBe('12,5 %')
    expect(formatPercent(0.125, 'en')).toBe('12.5%')
    expect(formatPercent(1 / 3, 'en')).toBe('33.3%')
  })
})

describe('formatValue and exportValue', () => {
  it('pick the format by name', () => {
    expect(formatValue(12_000, 'number', 'en')).toBe('12,000')
    expect(formatValue(12_000n, 'money-kgs', 'en')).toBe('120\u00a0som')
    expect(formatValue(12_000, 'money-usd', 'en', { compact: true })).toBe('$120')
    expect(formatValue(0.5, 'percent', 'en')).toBe('50%')
  })

  it('export money in som or dollars and everything else unchanged', () => {
    expect(exportValue(123_456_789n, 'money-kgs')).toBe(1_234_567.89)
    expect(exportValue(150, 'money-usd')).toBe(1.5)
    expect(exportValue(7n, 'number')).toBe(7)
    expect(exportValue(0.125, 'percent')).toBe(0.125)
  })
})

describe('Kyrgyz in a runtime without Kyrgyz locale data (Chrome, Chromium)', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.resetModules()
  })

  it('writes what ICU’s Kyrgyz data would', async () => {
    const withData = await import('@/lib/format/numbers')
    const supported = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockReturnValue([])
    vi.resetModules()
    const withoutData = await import('@/lib/format/numbers')
    expect(supported).toHaveBeenCalledWith('ky-KG')
    const values = [0, 999, 1_250, 27_500, 483_000, 1_234_567.5, 2_500_000_000, 3e12]
    for (const value of values) {
      expect(withoutData.formatNumber(value, 'ky')).toBe(withData.formatNumber(value, 'ky'))
      expect(withoutData.formatNumber(value, 'ky', { compact: true })).toBe(
        withData.formatNumber(value, 'ky', { compact: true }),
      )
      expect(withoutData.formatMoney(value * 100, 'KGS', 'ky', { compact: true, whole: true })).toBe(
        withData.formatMoney(value * 100, 'KGS', 'ky', { compact: true, whole: true }),
      )
      expect(withoutData.formatMoney(value * 100, 'USD', 'ky', { whole: true })).toBe(
        withData.formatMoney(value * 100, 'USD', 'ky', { whole: true }),
      )
    }
    expect(withoutData.formatPercent(0.125, 'ky')).toBe('12,5%')
    expect(plain(withoutData.formatNumber(483_000, 'ky', { compact: true }))).toBe('483 миң')
  })
})
