/**
 * The choropleth's colour classes. Pure.
 *
 * Natural breaks (Jenks, by exact dynamic programming) rather than equal intervals: the registry's
 * counts are skewed (most regions have 0–2 case studies, one has many), and equal intervals would put
 * nearly every region in the lightest class. Classes are built on distinct values, so two regions with
 * the same value never land in different classes.
 */

/** From brand-100 to brand-800, through two tints between (even steps in CIELAB lightness). */
export const CLASS_COLOURS = ['#d5ebe8', '#8cc6c0', '#489b94', '#1f6f68', '#134743'] as const
/** stone-200: grey, not teal, so "no data" never reads as a low value; the map also hatches it. */
export const NO_DATA_COLOUR = '#e7e5e4'

export type ColourClass = { min: number; max: number; colour: string }

export function classify(values: readonly (number | null)[], k = CLASS_COLOURS.length): ColourClass[] {
  const counts = new Map<number, number>()
  for (const v of values) if (v !== null && Number.isFinite(v)) counts.set(v, (counts.get(v) ?? 0) + 1)
  const distinct = [...counts.keys()].sort((a, b) => a - b)
  if (!distinct.length) return []
  const groups =
    distinct.length <= k
      ? distinct.map((v) => [v])
      : naturalBreaks(
          distinct,
          distinct.map((v) => counts.get(v)!),
          k,
        )
  // Fewer groups than colours: spread them over the ramp, keeping the lightest for the lowest values.
  const last = Math.max(groups.length - 1, 1)
  return groups.map((g, i) => ({
    min: g[0],
    max: g.at(-1)!,
    colour: CLASS_COLOURS[Math.round((i * (CLASS_COLOURS.length - 1)) / last)],
  }))
}

export function classOf(classes: readonly ColourClass[], value: number | null): ColourClass | null {
  if (value === null) return null
  return classes.find((c) => value >= c.min && value <= c.max) ?? null
}

/** Splits sorted distinct values (with their counts) into k runs minimising the within-run variance. */
function naturalBreaks(values: number[], weights: number[], k: number): number[][] {
  const n = values.length
  const [w, s, s2] = [[0], [0], [0]]
  values.forEach((v, i) => {
    w.push(w[i] + weights[i])
    s.push(s[i] + weights[i] * v)
    s2.push(s2[i] + weights[i] * v * v)
  })
  // Weighted sum of squared deviations of values[i..j].
  const cost = (i: number, j: number) => {
    const sw = w[j + 1] - w[i]
    const sv = s[j + 1] - s[i]
    return s2[j + 1] - s2[i] - (sv * sv) / sw
  }
  // best[c][j]: least cost of values[0..j] in c + 1 runs; start[c][j]: where the last run begins.
  const best = [values.map((_, j) => cost(0, j))]
  const start = [values.map(() => 0)]
  for (let c = 1; c < k; c++) {
    best.push([])
    start.push([])
    for (let j = 0; j < n; j++) {
      best[c][j] = Infinity
      for (let i = c; i <= j; i++) {
        const total = best[c - 1][i - 1] + cost(i, j)
        if (total < best[c][j]) [best[c][j], start[c][j]] = [total, i]
      }
    }
  }
  const runs: number[][] = []
  for (let c = k - 1, end = n - 1; c >= 0; c--) {
    const from = start[c][end]
    runs.unshift(values.slice(from, end + 1))
    end = from - 1
  }
  return runs
}
