import { describe, expect, it } from 'vitest'
import { allLocales, pickLocalized } from '@/lib/i18n/localized'

describe('pickLocalized', () => {
  it('returns the wanted language when present', () => {
    expect(pickLocalized({ ky: 'Талас облусу', en: 'Talas' }, 'ky')).toEqual({
      text: 'Талас облусу',
      locale: 'ky',
      isFallback: false,
    })
  })

  it('falls back to the source language, then by order, and says so', () => {
    expect(pickLocalized({ en: 'Katran', ru: 'Катранский айылный аймак' }, 'ky')).toEqual({
      text: 'Катранский айылный аймак',
      locale: 'ru',
      isFallback: true,
    })
    expect(pickLocalized({ en: 'Case', ru: 'Кейс' }, 'ky', 'en')).toMatchObject({ locale: 'en', isFallback: true })
  })

  it('treats null like a missing language (the API shape {ky: null, …})', () => {
    expect(pickLocalized({ ky: null, ru: 'Катранский айылный аймак', en: 'Katran' }, 'ky')).toMatchObject({
      locale: 'ru',
      isFallback: true,
    })
  })

  it('treats blank strings as missing and garbage as nothing', () => {
    expect(pickLocalized({ en: '  ', ru: 'Текст' }, 'en')).toMatchObject({ locale: 'ru', isFallback: true })
    expect(pickLocalized('not an object', 'en')).toBeNull()
    expect(pickLocalized({}, 'en')).toBeNull()
  })

  it('lists all three languages for the API', () => {
    expect(allLocales({ en: 'Talas', ru: 'Талас' })).toEqual({ ky: null, ru: 'Талас', en: 'Talas' })
  })
})
