/** A CSV column: `key` picks the value from each row, `header` is what the first line says. */
export type CsvColumn = { key: string; header: string }
export type CsvValue = string | number | null
export type CsvRow = Record<string, CsvValue>

/**
 * RFC 4180 CSV with CRLF line ends, for people who open downloads in Excel or LibreOffice.
 *
 * Numbers are written as plain machine-readable numbers (`1234567.5`, never `1 234 567,5` or `1e21`)
 * so that a spreadsheet in any language reads them as numbers. A missing value (null or a key the row
 * lacks, or a number that is not finite) is an empty field.
 *
 * `bom` (default on): Excel decodes a CSV without a byte-order mark in the system's ANSI code page and
 * turns Kyrgyz and Russian text into mojibake; with it, Excel reads UTF-8.
 */
export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly CsvRow[],
  { bom = true }: { bom?: boolean } = {},
): string {
  const lines = [columns.map((c) => field(c.header)), ...rows.map((row) => columns.map((c) => field(row[c.key])))]
  return (bom ? '\uFEFF' : '') + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n'
}

const plainNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 })

function field(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber.format(value) : ''
  // Names in the registry are typed by users; a text cell starting like a formula would be evaluated
  // by the spreadsheet (CSV injection), so it is kept as text with a leading apostrophe.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A safe download name: `("Вклады: Чуй / 2024", "csv")` → `"Вклады-Чуй-2024.csv"`. Letters of any
 * script stay (browsers and operating systems handle Cyrillic names); characters that Windows, macOS or
 * Linux refuse in file names, and spaces, become single hyphens.
 */
export function downloadFileName(name: string, extension: string): string {
  const base = name
    .normalize('NFC')
    .replace(new RegExp(`\\.${extension}$`, 'i'), '')
    .replace(/[\p{Cc}<>:"/\\|?*\s]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  return `${base || 'data'}.${extension}`
}

/** `downloadFileName(name, 'csv')`. */
export const csvFileName = (name: string): string => downloadFileName(name, 'csv')
