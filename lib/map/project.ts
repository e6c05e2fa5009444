import { geoConicEqualArea, geoStream, type GeoStream } from 'd3-geo'
import type { MultiPolygon, Polygon, Position } from 'geojson'

/**
 * Projection of territory boundaries (GeoJSON, WGS 84) into SVG path strings, with what a map needs
 * to label and hit-test each shape. Pure: no database, no React.
 */

export type MapGeometry = Polygon | MultiPolygon
type Point = [x: number, y: number]
/** A closed ring of projected points, without the repeated first point. */
type Ring = Point[]
/** One polygon: its exterior ring, then its holes. */
type ProjectedPolygon = Ring[]

export type ProjectedShape = {
  code: string
  /** SVG path data, coordinates in tenths of a unit; draw with fill-rule="evenodd". */
  d: string
  /** Projected area in square units (holes excluded). */
  area: number
  /** [x0, y0, x1, y1] in viewBox units. */
  bbox: [number, number, number, number]
  /** A point inside the shape to hang its label or marker on, and its distance to the nearest edge. */
  anchor: { x: number; y: number; room: number }
  /** rows[k]: where a horizontal line at y0 + k * SCAN_STEP is inside the shape, as [from, to, from, to…]. */
  scanlines: { y0: number; rows: number[][] }
}

export const SCAN_STEP = 2

export type MapProjection = {
  width: number
  height: number
  /** In the order of the input. */
  shapes: ProjectedShape[]
}

export type ProjectOptions = {
  /** viewBox width; the height follows from the shapes' aspect. */
  width?: number
  /** Space kept free around the shapes, in viewBox units. */
  padding?: number
}

/**
 * Equal-area conic for Kyrgyzstan (69–80.5°E, 39–43.5°N; standard parallels by the one-sixth rule), so
 * that a region's colour covers an area in proportion to its size on the ground.
 *
 * Winding: the data follow RFC 7946 (exterior rings counter-clockwise), d3's spherical projections the
 * opposite, and drawn as they are every shape would fill the whole frame. A planar geoIdentity would not
 * care, but it is plate carrée, a third too wide at 41°N. So each ring is rewound by its signed area in
 * lon/lat (sound for rings far smaller than a hemisphere) instead of blindly reversed: that is right for
 * RFC 7946 data and for data that ignore it.
 */
function kyrgyzstanProjection() {
  return geoConicEqualArea().parallels([40, 42.5]).rotate([-74.8, 0])
}

const cache = new Map<string, { width: number; height: number; byCode: Map<string, ProjectedShape> }>()
// Enough for the country and every oblast at a couple of sizes; boundaries are static.
const CACHE_LIMIT = 64

/**
 * Projects the shapes together, fitted to a viewBox `width` wide. Memoized by the set of codes and the
 * size: a code must always come with the same geometry, which holds for the seeded boundaries.
 */
export function projectShapes(
  input: { code: string; geometry: MapGeometry }[],
  options: ProjectOptions = {},
): MapProjection {
  const width = options.width ?? 1000
  const padding = options.padding ?? 8
  const key = `${width}:${padding}:${input
    .map((s) => s.code)
    .sort()
    .join(',')}`
  let entry = cache.get(key)
  if (!entry) {
    entry = compute(input, width, padding)
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
    cache.set(key, entry)
  }
  const { byCode } = entry
  return { width: entry.width, height: entry.height, shapes: input.map((s) => byCode.get(s.code)!) }
}

function compute(input: { code: string; geometry: MapGeometry }[], width: number, padding: number) {
  const collection = {
    type: 'FeatureCollection' as const,
    features: input.map((s) => ({
      type: 'Feature' as const,
      properties: { code: s.code },
      geometry: rewind(s.geometry),
    })),
  }
  const projection = kyrgyzstanProjection().fitWidth(width - 2 * padding, collection)
  const rough = collection.features.flatMap((f) => projectPolygons(f.geometry, projection))
  const [, y0, , y1] = bboxOf(rough)
  const height = Math.ceil(y1 - y0 + 2 * padding)
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    collection,
  )
  const byCode = new Map<string, ProjectedShape>()
  for (const f of collection.features) {
    const polygons = projectPolygons(f.geometry, projection)
    const bbox = bboxOf(polygons)
    byCode.set(f.properties.code, {
      code: f.properties.code,
      d: pathData(polygons),
      area: polygons.reduce((sum, p) => sum + polygonArea(p), 0),
      bbox,
      anchor: labelAnchor(polygons),
      scanlines: scan(polygons, bbox),
    })
  }
  return { width, height, byCode }
}

/** Exterior rings clockwise and holes counter-clockwise in lon/lat, as d3-geo wants them. */
function rewind(geometry: MapGeometry): MapGeometry {
  const polygon = (rings: Position[][]) =>
    rings.map((ring, i) => (signedArea(ring) < 0 === (i === 0) ? ring : [...ring].reverse()))
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) }
}

/** Shoelace area; positive when counter-clockwise with y pointing up (lon/lat), clockwise on screen. */
function signedArea(ring: readonly Position[] | readonly Point[]): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1])
  return sum / 2
}

function polygonArea(polygon: ProjectedPolygon): number {
  const [outer, ...holes] = polygon.map((r) => Math.abs(signedArea(r)))
  return holes.reduce((a, h) => a - h, outer)
}

/** Runs the geometry through the projection (with its clipping and resampling) and collects the rings. */
function projectPolygons(
  geometry: MapGeometry,
  projection: ReturnType<typeof kyrgyzstanProjection>,
): ProjectedPolygon[] {
  const polygons: ProjectedPolygon[] = []
  let ring: Ring | null = null
  const sink: GeoStream = {
    polygonStart: () => void polygons.push([]),
    polygonEnd: () => {},
    lineStart: () => void (ring = []),
    lineEnd: () => {
      if (ring && ring.length >= 3) polygons.at(-1)!.push(ring)
      ring = null
    },
    point: (x, y) => void ring?.push([x, y]),
    sphere: () => {},
  }
  geoStream(geometry, projection.stream(sink))
  return polygons.filter((p) => p.length > 0)
}

function bboxOf(polygons: ProjectedPolygon[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const polygon of polygons)
    for (const [x, y] of polygon[0]) {
      x0 = Math.min(x0, x)
      y0 = Math.min(y0, y)
      x1 = Math.max(x1, x)
      y1 = Math.max(y1, y)
    }
  return [x0, y0, x1, y1]
}

/**
 * Path data in tenths of a unit, relative after each ring's first point, and without points that round
 * onto the previous one: the boundaries are on every map page, so the HTML should stay small.
 */
function pathData(polygons: ProjectedPolygon[]): string {
  const n = (tenths: number) => (tenths / 10).toString().replace(/^(-?)0\./, '$1.')
  let d = ''
  for (const polygon of polygons)
    for (const ring of polygon) {
      const pts = ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const)
      const kept = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1])
      if (kept.length < 3) continue
      d += `M${n(kept[0][0])} ${n(kept[0][1])}l`
      for (let i = 1; i < kept.length; i++) {
        const dx = n(kept[i][0] - kept[i - 1][0])
        const dy = n(kept[i][1] - kept[i - 1][1])
        d += `${i > 1 && !dx.startsWith('-') ? ' ' : ''}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`
      }
      d += 'z'
    }
  return d
}

/** Even-odd test against all rings of the shape. */
function pointInShape(polygons: ProjectedPolygon[], x: number, y: number): boolean {
  let inside = false
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]
        const [xj, yj] = ring[j]
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
      }
  return inside
}

function segmentDistanceSq(px: number, py: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax
  const dy = by - ay
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
}

/** Distance to the nearest edge, negative outside the shape. */
function signedDistance(polygons: ProjectedPolygon[], x: number, y: number): number {
  let min = Infinity
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
        min = Math.min(min, segmentDistanceSq(x, y, ring[i], ring[j]))
  return (pointInShape(polygons, x, y) ? 1 : -1) * Math.sqrt(min)
}

/**
 * The centroid when it sits well inside the shape (it reads as the middle), else the pole of
 * inaccessibility of the largest polygon: a crescent, a shape with a lake in the middle or an oblast
 * in two parts has its centroid near or beyond an edge.
 */
function labelAnchor(polygons: ProjectedPolygon[]): ProjectedShape['anchor'] {
  const largest = polygons.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a))
  const pole = poleOfInaccessibility(largest)
  let [cx, cy, total] = [0, 0, 0]
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1]
        cx += (ring[j][0] + ring[i][0]) * cross
        cy += (ring[j][1] + ring[i][1]) * cross
        total += cross * 3
      }
  const centroid = { x: cx / total, y: cy / total }
  const room = signedDistance(polygons, centroid.x, centroid.y)
  return room >= pole.room / 2 ? { ...centroid, room } : pole
}

/**
 * The interior point farthest from any edge (Mapbox's polylabel): a grid of cells, refined best-first
 * while a cell could still hold a point 5 % (at least half a unit) farther; closer is wasted on labels.
 */
function poleOfInaccessibility(polygon: ProjectedPolygon): ProjectedShape['anchor'] {
  const [x0, y0, x1, y1] = bboxOf([polygon])
  const size = Math.min(x1 - x0, y1 - y0)
  const cell = (x: number, y: number, h: number) => {
    const d = signedDistance([polygon], x, y)
    return { x, y, h, d, max: d + h * Math.SQRT2 }
  }
  let best = cell((x0 + x1) / 2, (y0 + y1) / 2, 0)
  if (size <= 0) return { x: best.x, y: best.y, room: 0 }
  const queue: ReturnType<typeof cell>[] = []
  for (let x = x0; x < x1; x += size)
    for (let y = y0; y < y1; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2))
  while (queue.length) {
    let top = 0
    for (let i = 1; i < queue.length; i++) if (queue[i].max > queue[top].max) top = i
    const c = queue[top]
    queue[top] = queue[queue.length - 1]
    queue.pop()
    if (c.d > best.d) best = c
    if (c.max - best.d <= Math.max(0.5, best.d / 20)) continue
    const h = c.h / 2
    queue.push(
      cell(c.x - h, c.y - h, h),
      cell(c.x + h, c.y - h, h),
      cell(c.x - h, c.y + h, h),
      cell(c.x + h, c.y + h, h),
    )
  }
  return { x: best.x, y: best.y, room: best.d }
}

/**
 * True when the rectangle lies inside the shape, judged on the scanlines: exact across, to SCAN_STEP
 * up and down (a sliver thinner than that between two lines can go unseen, which a label survives).
 */
export function boxInShape({ scanlines }: ProjectedShape, [x0, y0, x1, y1]: [number, number, number, number]): boolean {
  const from = Math.max(Math.ceil((y0 - scanlines.y0) / SCAN_STEP), 0)
  const to = Math.floor((y1 - scanlines.y0) / SCAN_STEP)
  if (from > to || to >= scanlines.rows.length || y0 < scanlines.y0) return false
  for (let k = from; k <= to; k++) {
    const row = scanlines.rows[k]
    let covered = false
    for (let i = 0; i < row.length && !covered; i += 2) covered = row[i] <= x0 && row[i + 1] >= x1
    if (!covered) return false
  }
  return true
}

/** The inside intervals of the shape along horizontal lines SCAN_STEP apart, by the even-odd rule. */
function scan(
  polygons: ProjectedPolygon[],
  [, top, , bottom]: [number, number, number, number],
): ProjectedShape['scanlines'] {
  const y0 = Math.ceil(top / SCAN_STEP) * SCAN_STEP
  const rows: number[][] = []
  for (let y = y0; y <= bottom; y += SCAN_STEP) {
    const xs: number[] = []
    for (const polygon of polygons)
      for (const ring of polygon)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [ax, ay] = ring[j]
          const [bx, by] = ring[i]
          if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay))
        }
    rows.push(xs.sort((a, b) => a - b))
  }
  return { y0, rows }
}
