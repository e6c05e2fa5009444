// The donor programmes of seeds 000–002 (prisma/data/programmes/<seed>/*.csv): the importer's parser
// reads every file without a problem; every place they name resolves to exactly one unit with the one
// matcher (lib/territories/match.ts), and to the unit the transcription meant
// (prisma/data/programmes/NOTES.md). A national programme is marked so and names no place at all.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/csv/parse'
import { parseUpload } from '@/lib/import/parse'
import { readImportDirectory } from '@/lib/import/run'
import { placeIndex } from '@/lib/territories/match'

const DIR = 'prisma/data/programmes'
const seeds = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

const units = parseCsv(readFileSync('prisma/data/geo/admin-units.csv', 'utf8')).map((r) => ({
  code: r.code,
  level: Number(r.level),
  parentCode: r.parent_code || null,
  names: [r.name_en, r.name_ru, r.name_ky],
}))
const index = placeIndex(units)

/** A cell's place: a name or code, or "Parent / Child" where the parent narrows an ambiguous child. */
function resolve(place: string): string[] {
  const parts = place.split('/').map((p) => p.trim())
  const child = parts.pop()!
  if (!parts.length) {
    const m = index.match(child)
    return m.kind === 'found' ? [m.territory.code] : m.kind === 'ambiguous' ? m.candidates.map((c) => c.code) : []
  }
  const parents = resolveAll(parts.join(' / '))
  const codes = new Set<string>()
  for (const within of parents) {
    const m = index.match(child, { within })
    if (m.kind === 'found') codes.add(m.territory.code)
    if (m.kind === 'ambiguous') m.candidates.forEach((c) => codes.add(c.code))
  }
  return [...codes]
}
/** Every unit a (parent) name may mean: the parent's own ambiguity is settled by the child. */
function resolveAll(place: string): string[] {
  const parts = place.split('/').map((p) => p.trim())
  if (parts.length === 1) return index.all(parts[0]).map((t) => t.code)
  return resolve(place)
}

const cells = (seed: string, kind: string, column: string) => {
  const rows = parseCsv(readFileSync(join(DIR, seed, `${kind}.csv`), 'utf8'), `${seed}/${kind}.csv`)
  return rows.map((r) => ({
    id: r.external_id,
    places: (r[column] ?? '')
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean),
  }))
}
const placeColumns = [
  ['programmes', 'places'],
  ['projects', 'places'],
] as const

const BATKEN_SEVEN = [
  'KG05214849000', // Ak-Tatyr
  'KG05214848000', // Ak-Sai
  'KG05214846000', // Samarkandek
  'KG05214814000', // Tort-Kul ("Tortkul")
  'KG05214823000', // Kara-Bak ("Karabak")
  'KG05214852000', // Suu-Bashy
  'KG05214835000', // Kyshtut
]
const expected: Record<string, string[]> = {
  '000': BATKEN_SEVEN,
  '001': ['KG05258804000' /* Ak-Turpak, Kadamjai */, 'KG05214835000' /* Kyshtut */, 'KG03211610010' /* Kerben, Aksy */],
  '002': [], // national: no place named
}

describe('places of the donor programme seeds', () => {
  it('has the three seeds, and only them (003 is left for users to import)', () => {
    expect(seeds).toEqual(['000', '001', '002'])
  })

  for (const seed of seeds)
    it(`${seed}: the importer's parser reads every file, one per kind, without a problem`, async () => {
      const files = await readImportDirectory(join(DIR, seed))
      const parsed = await parseUpload(files)
      expect(parsed.problems).toEqual([])
      expect(parsed.sheets.map((s) => s.kind).sort()).toEqual(files.map((f) => f.name.replace('.csv', '')).sort())
    })

  it('only 002 is national, and it names no place', () => {
    const national = Object.fromEntries(
      seeds.map((seed) => [seed, parseCsv(readFileSync(join(DIR, seed, 'programmes.csv'), 'utf8'))[0].national]),
    )
    expect(national).toEqual({ '000': 'no', '001': 'no', '002': 'yes' })
    expect(cells('002', 'programmes', 'places')[0].places).toEqual([])
  })

  for (const seed of seeds)
    it(`${seed}: every place resolves to exactly one unit, the one the transcription meant`, () => {
      for (const [kind, column] of placeColumns)
        for (const row of cells(seed, kind, column)) {
          const codes = row.places.map((p) => {
            const found = resolve(p)
            expect(found, `${seed}/${kind}.csv ${row.id}: "${p}"`).toHaveLength(1)
            return found[0]
          })
          expect(codes.sort(), `${seed}/${kind}.csv ${row.id}`).toEqual([...expected[seed]].sort())
        }
    })

  it('the matcher alone would not settle "Tortkul": its rayon is needed', () => {
    expect(resolve('Tortkul').length).toBeGreaterThan(1)
    expect(resolve('Batken rayon / Tortkul')).toEqual(['KG05214814000'])
  })
})
