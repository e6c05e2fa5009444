import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as prismaEnums from '@/lib/generated/prisma/enums'
import { labelledEnums } from '@/lib/i18n/enums'
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
const SAME_EVERYWHERE = new Set(['enums.locale.ky', 'enums.locale.ru', 'enums.locale.en'])
// Prisma enums whose values no page, form or export names: dates show their precision by their
// format, a rate by its wording, a place's resolution and a territory's succession are not shown yet.
// Name one here and the test below asks for its labels instead.
const NEVER_NAMED = new Set([
  'DatePrecision',
  'SuccessionKind',
  'PlaceResolution',
  'ContributionBasis',
  'RatePeriodKind',
])
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

  const enums = { ky: ky.enums, ru: ru.enums, en: en.enums } as Record<string, Record<string, Record<string, string>>>

  it('label every value of every enum the UI names, in each language, and nothing else', () => {
    for (const [locale, labels] of Object.entries(enums)) {
      expect(Object.keys(labels).sort(), locale).toEqual(Object.keys(labelledEnums).sort())
      for (const [name, values] of Object.entries(labelledEnums))
        expect(Object.keys(labels[name] ?? {}).sort(), `${locale}: enums.${name}`).toEqual([...values].sort())
    }
  })

  it('name every Prisma enum, unless it is one the UI never shows', () => {
    for (const [type, values] of Object.entries(prismaEnums)) {
      const name = type[0].toLowerCase() + type.slice(1)
      const labelled = (labelledEnums as Record<string, readonly string[]>)[name]
      if (NEVER_NAMED.has(type)) expect(labelled, `${type} is labelled: take it off NEVER_NAMED`).toBeUndefined()
      else expect(labelled, `${type} has no labels under enums.${name}`).toEqual(Object.values(values))
    }
  })

  it('label an enum value only under enums: no other key set is made of one enum’s values', () => {
    const sets = [...Object.values(labelledEnums), ...Object.values(prismaEnums).map((e) => Object.values(e))].map(
      (values) => new Set<string>(values),
    )
    const twice: string[] = []
    const visit = (node: Record<string, unknown>, path: string) => {
      const children = Object.keys(node)
      if (children.length > 1 && sets.some((set) => children.every((k) => set.has(k)))) twice.push(path)
      for (const [k, v] of Object.entries(node))
        if (typeof v === 'object' && v !== null) visit(v as Record<string, unknown>, `${path}.${k}`)
    }
    for (const [ns, node] of Object.entries(en)) if (ns !== 'enums') visit(node as Record<string, unknown>, ns)
    expect(twice).toEqual([])
  })
})
