import type { ValueFormat } from '@/lib/format'

/**
 * What the card hands to a client chart: plain numbers (money in minor units, as numbers: bigint does
 * not go into Recharts), already in display order, with every colour decided.
 */
export type PlotRow = { label: string; values: number[]; color?: string }
export type PlotSeries = { label: string; color: string }
export type PlotProps = { rows: PlotRow[]; series: PlotSeries[]; format: ValueFormat }

/**
 * Height of one category in a bar chart: a line of text (name and value) above a bar. The card reserves
 * rows × this before the chart code arrives, so the page does not move when it does.
 */
export const BAR_ROW_HEIGHT = 48
export const BAR_THICKNESS = 16

/** Brand and stone colours of app/globals.css and Tailwind, for SVG attributes that take no classes. */
export const colors = {
  brand50: '#eef7f6',
  brand600: '#1f6f68',
  accent500: '#c8791a',
  stone100: '#f5f5f4',
  stone200: '#e7e5e4',
  stone500: '#78716c',
  stone700: '#44403c',
  stone900: '#1c1917',
} as const

/** Series colours in order; teal and amber stay distinct for the common kinds of colour blindness. */
export const seriesPalette = [colors.brand600, colors.accent500, colors.stone500] as const
