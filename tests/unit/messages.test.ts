import { describe, expect, it } from 'vitest'
import en from '@/lib/i18n/messages/en.json'
import ky from '@/lib/i18n/messages/ky.json'
import ru from '@/lib/i18n/messages/ru.json'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}
function get(obj: object, key: string): string {
  return key.split('.').reduce((o: any, k) => o?.[k], obj) // eslint-disable-line @typescript-eslint/no-explicit-any
}

// Strings that are the same in every language on purpose (language names, product codes).
const SAME_EVERYWHERE = new Set(['languages.ky', 'languages.ru', 'languages.en'])

describe('UI messages', () => {
  it('have the same keys in Kyrgyz, Russian and English', () => {
    expect(keys(ky).sort()).toEqual(keys(en).sort())
    expect(keys(ru).sort()).toEqual(keys(en).sort())
  })

  it('are translated: no Kyrgyz or Russian string is left identical to the English one', () => {
    const untranslated = keys(en).filter(
      (k) => !SAME_EVERYWHERE.has(k) && (get(ky, k) === get(en, k) || get(ru, k) === get(en, k)),
    )
    expect(untranslated).toEqual([])
  })

  it('have no empty strings', () => {
    for (const [name, messages] of Object.entries({ en, ru, ky }))
      expect(keys(messages).filter((k) => !get(messages, k).trim()), name).toEqual([])
  })
})
