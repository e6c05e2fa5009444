import { useTranslations } from 'next-intl'
import type { ChartValue, ValueFormat } from '@/lib/format'
import { ChartBody } from './chart-body'
import { BAR_ROW_HEIGHT, seriesPalette, type PlotRow, type PlotSeries } from './plot'

type CommonProps = {
  title: string
  /** Level of the title in the page's heading outline (3: charts sit in a section of their page). */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /** A line under the title, e.g. "12 of 40 contributions carry amounts". */
  note?: string
  /** Download name; the extension is added, characters that file systems refuse become hyphens. */
  fileName: string
  /** How values are given and shown: money in minor units, percentages as fractions of one. */
  format: ValueFormat
  /** Header of the first column of the table and the CSV; default "Category" or "Year". */
  labelHeader?: string
}

type SingleSeries = {
  /** Header of the value column; default by format: "Value", "Amount" or "Share". */
  valueHeader?: string
}

/** Horizontal bars by category, in the order given. `color`: any CSS colour, for this bar only. */
export type BarsCardProps = CommonProps &
  SingleSeries & { type: 'bars'; data: { label: string; value: ChartValue; color?: string }[] }

/** Horizontal bars by category, each split into series (e.g. cash and in kind); missing values are 0. */
export type StackedCardProps = CommonProps & {
  type: 'stacked'
  series: { key: string; label: string; color?: string }[]
  data: { label: string; values: Partial<Record<string, ChartValue>> }[]
}

/** Vertical bars over years; years between the first and the last that are not given are shown as 0. */
export type YearsCardProps = CommonProps & SingleSeries & { type: 'years'; data: { year: number; value: ChartValue }[] }

export type ChartCardProps = BarsCardProps | StackedCardProps | YearsCardProps

const YEARS_CHART_HEIGHT = 256

/**
 * A chart with its title, a table of exactly the data it draws and downloads of that data (CSV, XLSX, JSON).
 *
 * A server component (it also works inside client components): the title, the table and the reserved
 * chart area are in the first HTML, so the page is readable before the chart code arrives and does not
 * move when it does. The data goes to the browser once, as the props of ChartBody, which makes the
 * table, the drawing and the downloads from it; the drawing's code only when the card nears the screen.
 */
export function ChartCard(props: ChartCardProps) {
  const t = useTranslations('charts')
  const { title, headingLevel = 3, note, format } = props
  const Heading = `h${headingLevel}` as const
  const { kind, labelHeader, series, rows } = prepare(props, t)
  const stacked = series.length > 1
  const empty = rows.every((row) => row.values.every((v) => v === 0))
  const height = kind === 'bars' ? rows.length * BAR_ROW_HEIGHT : YEARS_CHART_HEIGHT

  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
      <figcaption>
        <Heading className="text-lg font-semibold text-stone-950">{title}</Heading>
        {note && <p className="mt-1 text-sm text-stone-600">{note}</p>}
      </figcaption>
      {empty ? (
        <p className="mt-4 flex h-24 items-center justify-center rounded-md bg-stone-50 text-sm text-stone-600">
          {t('noData')}
        </p>
      ) : (
        <>
          {stacked && (
            // Explains the colours of the drawing, which screen readers skip; the table names the series.
            <ul aria-hidden className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
              {series.map((s, i) => (
                <li key={i} className="flex items-center gap-1.5">
                  <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: s.color }} />
                  {s.label}
                </li>
              ))}
            </ul>
          )}
          <ChartBody
            kind={kind}
            title={title}
            fileName={props.fileName}
            format={format}
            labelHeader={labelHeader}
            series={series}
            rows={rows}
            height={height}
          />
        </>
      )}
    </figure>
  )
}

type Translate = ReturnType<typeof useTranslations<'charts'>>

/**
 * One shape for the three kinds of card: rows of plain numbers (bigint amounts fit a double exactly up
 * to 90 trillion som) and named, coloured series. The chart, the table and the CSV all read this.
 */
function prepare(
  props: ChartCardProps,
  t: Translate,
): { kind: 'bars' | 'years'; labelHeader: string; series: PlotSeries[]; rows: PlotRow[] } {
  const single = (valueHeader: string | undefined): PlotSeries[] => [
    { label: valueHeader ?? defaultValueHeader(props.format, t), color: seriesPalette[0] },
  ]
  switch (props.type) {
    case 'bars':
      return {
        kind: 'bars',
        labelHeader: props.labelHeader ?? t('category'),
        series: single(props.valueHeader),
        // Without a colour of its own a row takes its series' (no key: nothing to send to the browser).
        rows: props.data.map((d) => ({
          label: d.label,
          values: [Number(d.value)],
          ...(d.color && { color: d.color }),
        })),
      }
    case 'stacked':
      return {
        kind: 'bars',
        labelHeader: props.labelHeader ?? t('category'),
        series: props.series.map((s, i) => ({
          label: s.label,
          color: s.color ?? seriesPalette[i % seriesPalette.length],
        })),
        rows: props.data.map((d) => ({
          label: d.label,
          values: props.series.map((s) => Number(d.values[s.key] ?? 0)),
        })),
      }
    case 'years':
      return {
        kind: 'years',
        labelHeader: props.labelHeader ?? t('year'),
        series: single(props.valueHeader),
        rows: consecutiveYears(props.data).map((d) => ({ label: String(d.year), values: [Number(d.value)] })),
      }
  }
}

function defaultValueHeader(format: ValueFormat, t: Translate): string {
  if (format === 'percent') return t('share')
  return format === 'number' ? t('value') : t('amount')
}

/** A gap in the years would otherwise put 2003 and 2005 side by side, as if they were consecutive. */
function consecutiveYears(data: YearsCardProps['data']): YearsCardProps['data'] {
  if (!data.length) return []
  const byYear = new Map(data.map((d) => [d.year, d.value]))
  const first = Math.min(...byYear.keys())
  const last = Math.max(...byYear.keys())
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, value: byYear.get(first + i) ?? 0 }))
}
