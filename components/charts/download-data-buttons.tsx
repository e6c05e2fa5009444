'use client'

import { useTranslations } from 'next-intl'
import { downloadFileName, toCsv, type CsvColumn, type CsvRow } from '@/lib/csv/export'
import { addSheet } from '@/lib/export/xlsx-sheet'

const formats = ['csv', 'xlsx', 'json'] as const
type Format = (typeof formats)[number]

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The file of the data in one format: CSV (UTF-8 with a BOM), XLSX (one sheet) or JSON. */
async function fileOf(format: Format, columns: CsvColumn[], rows: CsvRow[]): Promise<Blob> {
  switch (format) {
    case 'csv':
      return new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' })
    case 'json':
      return new Blob([JSON.stringify({ columns, rows }, null, 1)], { type: 'application/json' })
    case 'xlsx': {
      // exceljs is large: it is fetched on the first spreadsheet download, never with the page.
      const { default: ExcelJS } = await import('exceljs')
      const workbook = new ExcelJS.Workbook()
      workbook.creator = 'Partnership Registry'
      addSheet(workbook, 'data', columns, rows)
      return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE })
    }
  }
}

/**
 * Downloads of data the page already has, built in the browser (no request, works offline): CSV for
 * any tool, XLSX for Excel with Russian regional settings (which opens a comma-separated file in one
 * column), JSON for programs. An unknown value is an empty field or cell, never 0.
 */
export function DownloadDataButtons({ columns, rows, name }: { columns: CsvColumn[]; rows: CsvRow[]; name: string }) {
  const t = useTranslations('charts')
  async function download(format: Format) {
    const url = URL.createObjectURL(await fileOf(format, columns, rows))
    const link = document.createElement('a')
    link.href = url
    link.download = downloadFileName(name, format)
    document.body.append(link)
    link.click()
    link.remove()
    // Some browsers (older Safari) still read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return (
    <div role="group" aria-label={t('download')} className="flex flex-wrap items-center gap-1.5 text-sm">
      <svg
        aria-hidden
        viewBox="0 0 16 16"
        className="h-4 w-4 text-brand-800"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M8 2v8m0 0L5 7m3 3 3-3M3 12.5h10" />
      </svg>
      <span className="font-medium text-stone-700">{t('download')}</span>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => void download(format)}
          aria-label={t('downloadAs', { format: format.toUpperCase() })}
          data-download={format}
          className="min-h-9 rounded-md border border-stone-300 bg-white px-2.5 py-1 font-medium text-brand-800 hover:border-brand-600 hover:bg-brand-50"
        >
          {format.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
