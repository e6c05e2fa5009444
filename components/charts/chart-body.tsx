'use client'

import { useLocale, useTranslations } from 'next-intl'
import { formatValue, type ValueFormat } from '@/lib/format'
import { exportValue } from '@/lib/money/minor'
import type { CsvColumn, CsvRow } from '@/lib/csv/export'
import { DownloadDataButtons } from './download-data-buttons'
import { LazyChart } from './lazy-chart'
import type { PlotRow, PlotSeries } from './plot'

export type ChartBodyProps = {
  kind: 'bars' | 'years'
  title: string
  fileName: string
  format: ValueFormat
  labelHeader: string
  series: PlotSeries[]
  rows: PlotRow[]
  /** Height reserved for the drawing, in pixels, so that the page does not move when it arrives. */
  height: number
}

/**
 * The part of a chart card made from its data: the drawing, the table of exactly what it draws, and the
 * downloads of that table. One client component so that the data travels to the browser once (in its
 * props) and the table and the files are made from it there — rendered on the server into the first
 * HTML all the same, so the table is there before any script runs.
 */
export function ChartBody({ kind, title, fileName, format, labelHeader, series, rows, height }: ChartBodyProps) {
  const t = useTranslations('charts')
  const locale = useLocale()
  const stacked = series.length > 1
  const valueHeaders = [...series.map((s) => s.label), ...(stacked ? [t('total')] : [])]
  const tableRows = rows.map((row) => ({
    label: row.label,
    values: stacked ? [...row.values, row.values.reduce((a, b) => a + b, 0)] : row.values,
  }))
  // The CSV has bare numbers, so its headers carry the currency the table shows in every cell.
  const unit = format === 'money-kgs' ? ' (KGS)' : format === 'money-usd' ? ' (USD)' : ''
  const csvColumns: CsvColumn[] = [
    { key: 'label', header: labelHeader },
    ...valueHeaders.map((header, i) => ({ key: `v${i}`, header: header + unit })),
  ]
  const csvRows: CsvRow[] = tableRows.map((row) => ({
    label: kind === 'years' ? Number(row.label) : row.label,
    ...Object.fromEntries(row.values.map((v, i) => [`v${i}`, exportValue(v, format)])),
  }))

  return (
    <>
      <div className="mt-4" style={{ height }}>
        <LazyChart kind={kind} rows={rows} series={series} format={format} />
      </div>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-3 border-t border-stone-100 pt-3">
        {/* Closed, the summary keeps its width and the button wraps below it; open, the table takes the
            whole row and scrolls sideways inside it on a phone. */}
        <details className="flex-1 open:min-w-0 open:basis-full">
          <summary className="cursor-pointer py-1.5 text-sm font-medium whitespace-nowrap text-brand-800 hover:text-brand-600">
            {t('viewAsTable')}
          </summary>
          {/* Focusable so that keyboard users can scroll a table wider than the screen. */}
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="group" aria-label={title}>
            <table className="w-full text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-stone-200 text-stone-600">
                  <th scope="col" className="py-1.5 pr-4 text-left font-medium">
                    {labelHeader}
                  </th>
                  {valueHeaders.map((header, i) => (
                    <th key={i} scope="col" className="py-1.5 pl-4 text-right font-medium">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tableRows.map((row, r) => (
                  <tr key={r} className="border-b border-stone-100 last:border-0">
                    <th scope="row" className="py-1.5 pr-4 text-left font-normal text-stone-900">
                      {row.label}
                    </th>
                    {row.values.map((v, i) => (
                      <td key={i} className="py-1.5 pl-4 text-right whitespace-nowrap text-stone-800 tabular-nums">
                        {formatValue(v, format, locale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <DownloadDataButtons columns={csvColumns} rows={csvRows} name={fileName} />
      </div>
    </>
  )
}
