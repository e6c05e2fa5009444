// A funder's "places reached" names two different places that share a name so that they can be told
// apart (issue: "Issyk-Ata" twice in English, a rayon and the aiyl okmot inside it), from the real units.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { placeQualifiers, type NamedPlace } from '@/components/funders/place-names'
import type { TerritoryKind } from '@/lib/generated/prisma/enums'

const units = new Map(
  readFileSync('prisma/data/geo/admin-units.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .map(([code, , parent, en, ru, ky, kind]) => [
      code,
      { code, parent, name: { en, ru, ...(ky ? { ky } : {}) }, kind },
    ]),
)
const placeOf = (code: string): NamedPlace => {
  const u = units.get(code)!
  return {
    code,
    name: u.name,
    kind: u.kind.toUpperCase() as TerritoryKind,
    parent: units.has(u.parent) ? { name: units.get(u.parent)!.name } : null,
  }
}
const kindLabel = (kind: TerritoryKind) => ({ RAYON: 'Rayon', AIYL_OKMOT: 'Aiyl okmot' })[kind as string] ?? kind

const ISSYK_ATA_RAYON = 'KG08206000000'
const ISSYK_ATA_AO = 'KG08206822000'
const KENESH_BAZAR_KORGON = 'KG03207859000'
const KENESH_NOOKAT = 'KG06242825000'

describe('placeQualifiers', () => {
  it('tells a rayon from the aiyl okmot of the same name by their kinds', () => {
    const places = [placeOf(ISSYK_ATA_RAYON), placeOf(ISSYK_ATA_AO), placeOf(KENESH_NOOKAT)]
    expect(units.get(ISSYK_ATA_RAYON)!.name.en).toBe(units.get(ISSYK_ATA_AO)!.name.en)
    const q = placeQualifiers(places, 'en', kindLabel)
    expect(q.get(ISSYK_ATA_RAYON)).toBe('rayon')
    expect(q.get(ISSYK_ATA_AO)).toBe('aiyl okmot')
    expect(q.size).toBe(2) // a name not shared gets nothing
  })

  it('tells two aiyl okmots of the same name by their rayons, in the language of the page', () => {
    const places = [placeOf(KENESH_BAZAR_KORGON), placeOf(KENESH_NOOKAT)]
    expect(Object.fromEntries(placeQualifiers(places, 'en', kindLabel))).toEqual({
      [KENESH_BAZAR_KORGON]: 'Bazar-Korgon',
      [KENESH_NOOKAT]: 'Nookat',
    })
    expect(Object.fromEntries(placeQualifiers(places, 'ru', kindLabel))).toEqual({
      [KENESH_BAZAR_KORGON]: units.get('KG03207000000')!.name.ru,
      [KENESH_NOOKAT]: units.get('KG06242000000')!.name.ru,
    })
  })

  it('says nothing where the language already tells them apart, and falls back to the code when nothing else does', () => {
    // In Russian the rayon is "Иссык-Атинский район" and the aiyl okmot "Иссык-Атинский айылный аймак".
    expect(placeQualifiers([placeOf(ISSYK_ATA_RAYON), placeOf(ISSYK_ATA_AO)], 'ru', kindLabel).size).toBe(0)
    const twin = { ...placeOf(KENESH_NOOKAT), code: 'KG06242825999' }
    expect(Object.fromEntries(placeQualifiers([placeOf(KENESH_NOOKAT), twin], 'en', kindLabel))).toEqual({
      [KENESH_NOOKAT]: `Nookat, ${KENESH_NOOKAT}`,
      KG06242825999: 'Nookat, KG06242825999',
    })
  })
})
