import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadMessages, messageFiles } from '@/lib/i18n/messages'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}
function get(obj: object, key: string): string {
  return key.split('.').reduce((o: any, k) => o?.[k], obj) // eslint-disable-line @typescript-eslint/no-explicit-any
}

// Strings that are the same in every language on purpose (language names, codes, brand names).
const SAME_EVERYWHERE = new Set(['languages.ky', 'languages.ru', 'languages.en', 'qualifiers.EXACT'])
const dir = path.join(process.cwd(), 'lib/i18n/messages')

describe('UI messages', async () => {
  const [ky, ru, en] = await Promise.all((['ky', 'ru', 'en'] as const).map(loadMessages))

  it('are all loaded: every file in the folders is listed, in every language', () => {
    for (const locale of ['ky', 'ru', 'en'])
      expect(
        readdirSync(path.join(dir, locale))
          .map((f) => f.replace(/\.json$/, ''))
          .sort(),
        locale,
      ).toEqual([...messageFiles].sort())
  })

  it('never define one namespace in two files', () => {
    const seen = new Map<string, string>()
    for (const f of messageFiles)
      for (const ns of Object.keys(JSON.parse(readFileSync(path.join(dir, 'en', `${f}.json`), 'utf8')))) {
        expect(seen.get(ns), `namespace ${ns} is in ${seen.get(ns)} and ${f}`).toBeUndefined()
        seen.set(ns, f)
      }
  })

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
      expect(
        keys(messages).filter((k) => !get(messages, k).trim()),
        name,
      ).toEqual([])
  })
})
