// The place matcher over the real 532 units (prisma/data/geo/admin-units.csv).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/csv/parse'
import { placeIndex, placeKey, type MatchableTerritory } from '@/lib/territories/match'

type Unit = MatchableTerritory & { en: string; ru: string; ky: string }
const rows = parseCsv(readFileSync('prisma/data/geo/admin-units.csv', 'utf8'))
const units: Unit[] = rows.map((r) => ({
  code: r.code,
  level: Number(r.level),
  parentCode: r.parent_code || null,
  en: r.name_en,
  ru: r.name_ru,
  ky: r.name_ky,
  names: [r.name_en, r.name_ru, r.name_ky],
}))
const index = placeIndex(units)
const code = (text: string, options?: Parameters<typeof index.match>[1]) => {
  const m = index.match(text, options)
  return m.kind === 'found' ? m.territory.code : m.kind === 'ambiguous' ? m.candidates.map((c) => c.code) : null
}

describe('placeKey', () => {
  it('folds scripts, kind words, adjective endings and spelling variants to one key', () => {
    const same = [
      [
        'Jalal-Abad',
        'Djalal-Abad',
        'Джалал-Абад',
        'Жалал-Абад',
        'jalal abad',
        'Джалал-Абадская область',
        'Жалал-Абад облусу',
      ],
      ['Issyk-Kul', 'Иссык-Куль', 'Ысык-Көл', 'Иссык-Кульская область', 'Yssyk-Kol'],
      ['Chui', 'Chuy', 'Чуйская область', 'Чүй облусу'],
      ['Ak-Suu', 'Ак-Суйский район', 'Ак-Суу району'],
      ['Tokmok', 'Токмок', 'г. Токмок', 'Tokmok city'],
      ['Kenesh', 'Kengesh', 'Кенешский айылный аймак', 'Кеңеш айыл аймагы', 'Kenesh aiyl okmotu'],
    ]
    for (const group of same) expect(new Set(group.map(placeKey)), group.join(' | ')).toHaveProperty('size', 1)
    expect(placeKey('Talas')).not.toBe(placeKey('Naryn'))
    expect(placeKey('Kara-Suu')).not.toBe(placeKey('Kara-Kul'))
  })
})

describe('placeIndex over the 532 units', () => {
  it('finds each oblast and rayon by any of its names, in each language', () => {
    for (const u of units.filter((x) => x.level <= 2)) {
      for (const name of [u.en, u.ru, u.ky].filter(Boolean)) {
        const m = index.match(name, { level: u.level })
        if (m.kind === 'found') expect(m.territory.code, name).toBe(u.code)
        else expect(m.kind === 'ambiguous' && m.candidates.map((c) => c.code), name).toContain(u.code)
      }
    }
  })

  it('finds every aiyl okmot and town by its English and Russian name within its rayon', () => {
    for (const u of units.filter((x) => x.level === 3)) {
      for (const name of [u.en, u.ru]) expect(code(name, { within: u.parentCode }), `${u.code} ${name}`).toBe(u.code)
    }
  })

  it('matches codes exactly, in any case', () => {
    expect(code('kg-t')).toBe('KG-T')
    expect(code('KG02205805000')).toBe('KG02205805000')
  })

  it('reports a name that fits several units instead of guessing, and a parent narrows it', () => {
    const m = index.match('Jalal-Abad')
    expect(m.kind).toBe('ambiguous')
    const levels = m.kind === 'ambiguous' ? m.candidates.map((c) => c.level) : []
    expect(levels).toContain(1)
    expect(levels.some((l) => l > 1)).toBe(true)
    expect(code('Jalal-Abad', { level: 1 })).toBe('KG-J')
    expect(index.all('Жалал-Абад')[0].code).toBe('KG-J') // broadest first
  })

  it('finds nothing for a name no unit has, or for an empty cell', () => {
    expect(index.match('Atlantis').kind).toBe('none')
    expect(index.match('  ').kind).toBe('none')
  })
})
