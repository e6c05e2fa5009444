'use client'

import { useTranslations } from 'next-intl'
import { toCsv, type CsvColumn, type CsvRow } from '@/lib/csv/export'

/** Builds the CSV in the browser from data the page already has: no request, works offline. */
export function DownloadCsvButton({
  columns,
  rows,
  fileName,
}: {
  columns: CsvColumn[]
  rows: CsvRow[]
  fileName: string
}) {
  const t = useTranslations('charts')
  function download() {
    const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    document.body.append(link)
    link.click()
    link.remove()
    // Some browsers (older Safari) still read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return (
    <button
      type="button"
      onClick={download}
      className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:border-brand-600 hover:bg-brand-50"
    >
      <svg
        aria-hidden
        viewBox="0 0 16 16"
        className="h-4 w-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M8 2v8m0 0L5 7m3 3 3-3M3 12.5h10" />
      </svg>
      {t('download')}
    </button>
  )
}
