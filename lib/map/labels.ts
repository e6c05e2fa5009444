import { boxInShape, type ProjectedShape } from './project'

/**
 * Where the names go on a map whose SVG scales with its container. Text in an SVG scales with it, so a
 * label that reads well on a desktop would be 5 px high on a phone: the map switches the font size
 * (in viewBox units) at two container widths with container queries, and labels are laid out once per
 * step. Pure.
 */

export type LabelStep = {
  /** Container width from which the step applies, in CSS px. */
  minWidth: number
  /** Font size in viewBox units: 10–16 px on screen within the step. */
  fontSize: number
  /** Radius of the marker drawn on tiny shapes, in viewBox units. */
  markerRadius: number
}

/** The viewBox width that LABEL_STEPS' sizes are for. */
export const VIEWBOX_WIDTH = 1000

export const LABEL_STEPS: readonly LabelStep[] = [
  { minWidth: 0, fontSize: 28, markerRadius: 13 },
  { minWidth: 512, fontSize: 21, markerRadius: 8.5 },
  { minWidth: 768, fontSize: 14, markerRadius: 5.5 },
]

/** Shapes with less room than this around their anchor get a marker and a label beside it. */
const TINY_ROOM = 12
export const LINE_HEIGHT = 1.15

export type PlacedLabel = {
  code: string
  /** Bit i set: shown at LABEL_STEPS[i]. */
  steps: number
  x: number
  /** Vertical centre of the text block. */
  y: number
  lines: string[]
  textAnchor: 'start' | 'middle' | 'end'
}

type Box = [number, number, number, number]

/**
 * Approximate advance widths (in em) of DejaVu Sans Bold, what a semibold system-ui gives on Linux and
 * the widest of the usual system fonts: Segoe UI, Roboto and San Francisco only leave labels more air.
 * Checked against Chromium's measure of the territory names: within 5 % short, up to 12 % wide.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) {
    if (" .,:;!|'iljIJ1".includes(ch)) em += 0.36
    else if ('-()[]ftrг'.includes(ch)) em += 0.47
    else if ('mwшщжюыфMWШЩЖЮЫФ'.includes(ch)) em += 0.98
    else if ('мМ'.includes(ch)) em += 0.86
    else if (ch !== ch.toLowerCase()) em += 0.78
    else em += 0.68
  }
  return em * fontSize
}

/**
 * A territory's official name shortened for a map label. The names end in the kind of unit
 * ("Джалал-Абадская область", "Ак-Суу району"), which the map shows anyway and which leaves little room.
 * Kyrgyz drops the word, Russian uses the cartographic abbreviations; "шаары" stays, so that Naryn rayon
 * and Naryn city keep different labels.
 */
export function shortName(name: string, lang: string): string {
  if (lang === 'ru') return name.replace(/ область$/, ' обл.').replace(/ район$/, ' р-н')
  if (lang === 'ky') return name.replace(/ (облусу|району)$/, '')
  return name
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a[0] < b[2] + gap && b[0] < a[2] + gap && a[1] < b[3] + gap && b[1] < a[3] + gap

/** The name on one line, and on two split at the space nearest the middle. */
function layouts(name: string): string[][] {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index)
  if (!spaces.length) return [[name]]
  const at = spaces.reduce((a, b) => (Math.abs(b - name.length / 2) < Math.abs(a - name.length / 2) ? b : a))
  return [[name], [name.slice(0, at), name.slice(at + 1)]]
}

type Block = { lines: string[]; w: number; h: number }

function block(lines: string[], fontSize: number): Block {
  // The letters, with a little air, must stay inside; the white halo and the space above lowercase
  // letters (a line is 1.15 em, its ink about 0.8 em) may cross a border.
  return {
    lines,
    w: Math.max(...lines.map((l) => textWidth(l, fontSize))) + 0.2 * fontSize,
    h: ((lines.length - 1) * LINE_HEIGHT + 0.8) * fontSize,
  }
}

/**
 * Lays out one label per shape at each step: a marker label beside each tiny shape first (they must stay
 * findable), then the others by priority (`first`, then larger shapes), each inside its own shape and
 * clear of the labels and markers already placed. A name that fits nowhere is left out at that step; the
 * region's link still carries its name.
 */
export function layoutLabels(
  shapes: ProjectedShape[],
  names: ReadonlyMap<string, string>,
  frame: { width: number; height: number },
  first?: string,
): PlacedLabel[] {
  const tiny = shapes.filter(isTiny)
  const others = shapes
    .filter((s) => !isTiny(s))
    .sort((a, b) => Number(b.code === first) - Number(a.code === first) || b.area - a.area)
  const placed: Omit<PlacedLabel, 'steps'>[][] = LABEL_STEPS.map(({ fontSize, markerRadius: r }) => {
    const taken: Box[] = tiny.map(({ anchor: { x, y } }) => [x - r, y - r, x + r, y + r])
    // Labels touching each other read as one; keep a little air between them.
    const gap = 0.25 * fontSize
    const out: Omit<PlacedLabel, 'steps'>[] = []
    const tryPlace = (
      code: string,
      { lines, w, h }: Block,
      x: number,
      y: number,
      textAnchor: PlacedLabel['textAnchor'],
      inside?: ProjectedShape,
    ) => {
      const x0 = textAnchor === 'start' ? x : textAnchor === 'end' ? x - w : x - w / 2
      const box: Box = [x0, y - h / 2, x0 + w, y + h / 2]
      const inFrame = box[0] >= 0 && box[1] >= 0 && box[2] <= frame.width && box[3] <= frame.height
      if (!inFrame || taken.some((t) => overlaps(t, box, gap)) || (inside && !boxInShape(inside, box))) return false
      taken.push(box)
      out.push({ code, lines, x, y, textAnchor })
      return true
    }
    for (const s of tiny) {
      const name = names.get(s.code)
      if (!name) continue
      const b = block([name], fontSize)
      const { x, y } = s.anchor
      const offset = r + 0.3 * fontSize
      const beside: [number, number, PlacedLabel['textAnchor']][] = [
        [x + offset, y, 'start'],
        [x - offset, y, 'end'],
        [x, y - offset - b.h / 2, 'middle'],
        [x, y + offset + b.h / 2, 'middle'],
      ]
      beside.some(([lx, ly, textAnchor]) => tryPlace(s.code, b, lx, ly, textAnchor))
    }
    for (const s of others) {
      const name = names.get(s.code)
      if (!name) continue
      const blocks = layouts(name).map((lines) => block(lines, fontSize))
      candidates(s, fontSize).some(([x, y]) => blocks.some((b) => tryPlace(s.code, b, x, y, 'middle', s)))
    }
    return out
  })
  return mergeSteps(placed)
}

/**
 * The anchor, then the points of a grid over the shape by distance from it: a long name that does not
 * fit at the anchor often fits a little to one side, or beside a city marker sitting on the anchor.
 */
function candidates(shape: ProjectedShape, fontSize: number): [number, number][] {
  const { x, y } = shape.anchor
  const [x0, y0, x1, y1] = shape.bbox
  const step = fontSize / 2
  const grid: [number, number, number][] = []
  for (let gx = x - Math.floor((x - x0) / step) * step; gx <= x1; gx += step)
    for (let gy = y - Math.floor((y - y0) / step) * step; gy <= y1; gy += step)
      grid.push([gx, gy, (gx - x) ** 2 + (gy - y) ** 2])
  return grid.sort((a, b) => a[2] - b[2]).map(([gx, gy]) => [gx, gy])
}

export function isTiny(shape: ProjectedShape): boolean {
  return shape.anchor.room < TINY_ROOM
}

/** One entry per distinct placement, with the steps at which it is shown. */
function mergeSteps(perStep: Omit<PlacedLabel, 'steps'>[][]): PlacedLabel[] {
  const merged = new Map<string, PlacedLabel>()
  perStep.forEach((labels, step) => {
    for (const label of labels) {
      const key = JSON.stringify([label.code, label.x, label.y, label.lines, label.textAnchor])
      const entry = merged.get(key) ?? { ...label, steps: 0 }
      entry.steps |= 1 << step
      merged.set(key, entry)
    }
  })
  return [...merged.values()]
}
