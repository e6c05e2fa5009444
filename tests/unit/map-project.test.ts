import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FeatureCollection } from 'geojson'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/csv/parse'
import { classify, classOf, CLASS_COLOURS } from '@/lib/map/classes'
import { LABEL_STEPS, LINE_HEIGHT, isTiny, layoutLabels, shortName, textWidth } from '@/lib/map/labels'
import { projectShapes, type MapGeometry, type MapProjection } from '@/lib/map/project'

const geo = path.join(process.cwd(), 'prisma/data/geo')
function load(file: string) {
  const fc = JSON.parse(readFileSync(path.join(geo, file), 'utf8')) as FeatureCollection<
    MapGeometry,
    { code: string; name_en: string }
  >
  return fc.features.map((f) => ({ code: f.properties.code, name: f.properties.name_en, geometry: f.geometry }))
}
const oblasts = load('oblasts.geojson')
const rayons = load('rayons.geojson')
const parentOf = new Map(
  parseCsv(readFileSync(path.join(geo, 'admin-units.csv'), 'utf8')).map((r) => [r.code, r.parent_code]),
)

/** Rings of the SVG path data as the browser would draw them: checks the `d` string, not our own rings. */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = []
  const tokens = d.match(/[Mlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? []
  let command = ''
  let nums: number[] = []
  for (const token of tokens) {
    if (/[Mlz]/.test(token)) {
      command = token
      if (token === 'M') out.push([])
      continue
    }
    nums.push(Number(token))
    if (nums.length < 2) continue
    const ring = out.at(-1)!
    const last = ring.at(-1)
    ring.push(command === 'M' ? [nums[0], nums[1]] : [last![0] + nums[0], last![1] + nums[1]])
    nums = []
  }
  return out
}

function contains(rs: [number, number][][], x: number, y: number): boolean {
  let inside = false
  for (const ring of rs)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]
      const [xj, yj] = ring[j]
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
    }
  return inside
}

function evenOddArea(rs: [number, number][][]): number {
  // Rings are rewound so that holes run against their exterior: the signed sum is the drawn area.
  let sum = 0
  for (const ring of rs)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
      sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1]
  return Math.abs(sum / 2)
}

function byCode(p: MapProjection) {
  return new Map(p.shapes.map((s) => [s.code, s]))
}

describe('projectShapes', () => {
  const level1 = projectShapes(oblasts)
  const both = projectShapes([...oblasts, ...rayons])

  it('fits the shapes into a viewBox 1000 wide, its height from their aspect', () => {
    expect(level1.width).toBe(1000)
    // Kyrgyzstan is about twice as wide as it is tall.
    expect(level1.height).toBeGreaterThan(400)
    expect(level1.height).toBeLessThan(600)
    expect(level1.shapes.map((s) => s.code)).toEqual(oblasts.map((o) => o.code))
  })

  it('draws every shape with a non-empty path inside the viewBox, to one decimal', () => {
    for (const p of [level1, both])
      for (const s of p.shapes) {
        expect(s.d, s.code).toMatch(/^M[-.\d]+ [-.\d]+l/)
        expect(s.d, s.code).not.toMatch(/\.\d\d/)
        const points = rings(s.d).flat()
        expect(points.length, s.code).toBeGreaterThan(3)
        // Relative steps add up to a point a rounding step outside at most.
        expect(Math.min(...points.map(([x]) => x)), s.code).toBeGreaterThanOrEqual(-0.05)
        expect(Math.max(...points.map(([x]) => x)), s.code).toBeLessThanOrEqual(p.width + 0.05)
        expect(Math.min(...points.map(([, y]) => y)), s.code).toBeGreaterThanOrEqual(-0.05)
        expect(Math.max(...points.map(([, y]) => y)), s.code).toBeLessThanOrEqual(p.height + 0.05)
      }
  })

  it('winds the rings right: no shape fills the frame, and the oblasts tile about the country', () => {
    const frame = level1.width * level1.height
    for (const s of both.shapes) {
      expect(s.area, s.code).toBeGreaterThan(0)
      expect(s.area, s.code).toBeLessThan(frame / 5)
      // The same area from the drawn path (rounded to a tenth: Kara-Kul city is about one unit square).
      expect(Math.abs(evenOddArea(rings(s.d)) - s.area), s.code).toBeLessThan(Math.max(s.area * 0.01, 0.2))
    }
    const total = level1.shapes.reduce((a, s) => a + s.area, 0)
    expect(total).toBeLessThan(frame * 0.6)
    expect(total).toBeGreaterThan(frame * 0.35)
    // Rayons and the two cities cover the same ground as the oblasts.
    const rayonTotal = both.shapes.filter((s) => s.code.length > 5).reduce((a, s) => a + s.area, 0)
    const cities = ['KG-GB', 'KG-GO'].reduce((a, c) => a + byCode(both).get(c)!.area, 0)
    const oblastTotal = both.shapes.filter((s) => s.code.length <= 5).reduce((a, s) => a + s.area, 0)
    expect((rayonTotal + cities) / oblastTotal).toBeCloseTo(1, 2)
  })

  it('does not depend on the input winding', () => {
    const reversed = oblasts.map((o) => ({
      code: o.code,
      geometry:
        o.geometry.type === 'Polygon'
          ? { ...o.geometry, coordinates: o.geometry.coordinates.map((r) => [...r].reverse()) }
          : { ...o.geometry, coordinates: o.geometry.coordinates.map((p) => p.map((r) => [...r].reverse())) },
    }))
    const again = projectShapes(reversed, { padding: 9 })
    const fresh = projectShapes(oblasts, { padding: 9 })
    expect(again.shapes.map((s) => s.area)).toEqual(fresh.shapes.map((s) => s.area))
  })

  it('puts each label anchor inside its shape, with its distance to the nearest edge', () => {
    for (const s of both.shapes) {
      const r = rings(s.d)
      expect(contains(r, s.anchor.x, s.anchor.y), s.code).toBe(true)
      expect(s.anchor.room, s.code).toBeGreaterThan(0)
      const [x0, y0, x1, y1] = s.bbox
      expect(s.anchor.x).toBeGreaterThan(x0)
      expect(s.anchor.x).toBeLessThan(x1)
      expect(s.anchor.y).toBeGreaterThan(y0)
      expect(s.anchor.y).toBeLessThan(y1)
    }
  })

  it('places the rayons inside their oblasts, and the map the right way up', () => {
    const shapes = byCode(both)
    for (const r of rayons) {
      const anchor = shapes.get(r.code)!.anchor
      expect(contains(rings(shapes.get(parentOf.get(r.code)!)!.d), anchor.x, anchor.y), r.name).toBe(true)
    }
    const at = (code: string) => byCode(level1).get(code)!.anchor
    expect(at('KG-GB').y).toBeLessThan(at('KG-GO').y) // Bishkek is north of Osh
    expect(at('KG-GB').x).toBeGreaterThan(at('KG-GO').x) // and east of it
    expect(at('KG-Y').x).toBeGreaterThan(at('KG-T').x) // Issyk-Kul east of Talas
    expect(at('KG-B').x).toBeLessThan(at('KG-O').x) // Batken west of Osh
    expect(at('KG-C').y).toBeLessThan(at('KG-N').y) // Chui north of Naryn
    expect(at('KG-B').y).toBeGreaterThan(at('KG-C').y) // Batken south of Chui
  })

  it('keeps the lakes and enclaves as holes', () => {
    const ringAreas = (code: string) =>
      rings(byCode(level1).get(code)!.d)
        .map((r) => evenOddArea([r]))
        .sort((a, b) => b - a)
    // Lake Issyk-Kul is about a seventh of the oblast (6,236 of 43,100 km²).
    const [oblast, lake] = ringAreas('KG-Y')
    expect(lake / oblast).toBeGreaterThan(0.1)
    expect(lake / oblast).toBeLessThan(0.2)
    const holes = ringAreas('KG-Y')
      .slice(1)
      .reduce((a, b) => a + b, 0)
    expect(byCode(level1).get('KG-Y')!.area / (oblast - holes)).toBeCloseTo(1, 3)
    // The enclaves in Batken oblast (Sokh, Shakhimardan, Vorukh …) are holes in it.
    expect(ringAreas('KG-B').length).toBeGreaterThanOrEqual(3)
  })

  it('memoizes by the set of codes and the size', () => {
    const again = projectShapes([...oblasts].reverse())
    expect(again.shapes[0]).toBe(level1.shapes.at(-1))
    expect(projectShapes(oblasts, { width: 600 }).shapes[0]).not.toBe(level1.shapes[0])
    expect(projectShapes(oblasts, { width: 600 }).width).toBe(600)
  })
})

describe('labels', () => {
  const level1 = projectShapes(oblasts)
  const names = new Map(oblasts.map((o) => [o.code, o.name]))

  it('gives Bishkek and Osh city a marker and a label at every size', () => {
    const tiny = level1.shapes.filter(isTiny).map((s) => s.code)
    expect(tiny.sort()).toEqual(['KG-GB', 'KG-GO'])
    const labels = layoutLabels(level1.shapes, names, level1)
    for (const code of tiny)
      expect(
        labels.filter((l) => l.code === code).reduce((m, l) => m | l.steps, 0),
        code,
      ).toBe(0b111)
  })

  it('keeps labels inside their own shape, inside the frame and apart at each size', () => {
    const shapes = byCode(level1)
    const labels = layoutLabels(level1.shapes, names, level1)
    expect(labels.filter((l) => l.steps & 0b100).length).toBe(9) // all nine names on a desktop
    LABEL_STEPS.forEach(({ fontSize }, step) => {
      const boxes = labels
        .filter((l) => l.steps & (1 << step))
        .map((l) => {
          const w = Math.max(...l.lines.map((t) => textWidth(t, fontSize)))
          const h = l.lines.length * LINE_HEIGHT * fontSize
          const x0 = l.textAnchor === 'start' ? l.x : l.textAnchor === 'end' ? l.x - w : l.x - w / 2
          return { code: l.code, box: [x0, l.y - h / 2 + 0.2 * fontSize, x0 + w, l.y + h / 2 - 0.2 * fontSize] }
        })
      for (const { code, box } of boxes) {
        expect(box[0]).toBeGreaterThanOrEqual(0)
        expect(box[2]).toBeLessThanOrEqual(level1.width)
        const shape = shapes.get(code)!
        if (isTiny(shape)) continue
        const r = rings(shape.d)
        for (const [x, y] of [
          [box[0], box[1]],
          [box[2], box[1]],
          [box[0], box[3]],
          [box[2], box[3]],
        ])
          expect(contains(r, x, y), `${code} at step ${step}`).toBe(true)
      }
      for (const a of boxes)
        for (const b of boxes)
          if (a !== b)
            expect(
              a.box[0] < b.box[2] && b.box[0] < a.box[2] && a.box[1] < b.box[3] && b.box[1] < a.box[3],
              `${a.code}/${b.code}`,
            ).toBe(false)
    })
  })

  it('shortens official names to map labels', () => {
    expect(shortName('Джалал-Абадская область', 'ru')).toBe('Джалал-Абадская обл.')
    expect(shortName('Ак-Суйский район', 'ru')).toBe('Ак-Суйский р-н')
    expect(shortName('Ысык-Көл облусу', 'ky')).toBe('Ысык-Көл')
    expect(shortName('Нарын району', 'ky')).toBe('Нарын')
    expect(shortName('Нарын шаары', 'ky')).toBe('Нарын шаары')
    expect(shortName('Naryn (city)', 'en')).toBe('Naryn (city)')
  })
})

describe('classify', () => {
  it('puts 0 in the lightest class, no data in none, and never splits equal values', () => {
    const values = [0, 0, 1, 2, 2, 3, 5, 8, 13, 40, null]
    const classes = classify(values)
    expect(classes).toHaveLength(5)
    expect(classOf(classes, 0)?.colour).toBe(CLASS_COLOURS[0])
    expect(classOf(classes, 40)?.colour).toBe(CLASS_COLOURS[4])
    expect(classOf(classes, null)).toBeNull()
    for (const v of values) if (v !== null) expect(classes.filter((c) => v >= c.min && v <= c.max)).toHaveLength(1)
    // Ranges are ordered and cover the values found.
    for (let i = 1; i < classes.length; i++) expect(classes[i].min).toBeGreaterThan(classes[i - 1].max)
    expect(classes[0].min).toBe(0)
    expect(classes.at(-1)!.max).toBe(40)
  })

  it('finds the natural groups', () => {
    const classes = classify([1, 1, 2, 10, 11, 12, 50, 52, 100, 101, 300])
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [1, 2],
      [10, 12],
      [50, 52],
      [100, 101],
      [300, 300],
    ])
  })

  it('gives each value its own class when there are few, spread over the ramp', () => {
    expect(classify([0, 3, 3, null]).map((c) => c.colour)).toEqual([CLASS_COLOURS[0], CLASS_COLOURS[4]])
    expect(classify([0, 1, 2]).map((c) => c.colour)).toEqual([CLASS_COLOURS[0], CLASS_COLOURS[2], CLASS_COLOURS[4]])
    expect(classify([null, null])).toEqual([])
  })
})
