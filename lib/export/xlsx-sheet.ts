// One sheet of an XLSX workbook, for the server's exports (lib/export/formats.ts) and for the chart
// downloads built in the browser (components/charts/download-data-buttons.tsx): neither imports exceljs
// through this module, so the browser loads it only when someone asks for a spreadsheet.
import type { Workbook } from 'exceljs'

export type SheetColumn = { key: string; header: string }
export type SheetValue = string | number | boolean | null | undefined

/**
 * Adds a sheet: a bold, frozen header row, then one row per record. A missing value is an empty cell
 * (an unknown amount stays unknown, never 0). Every text is a text cell — exceljs writes a formula only
 * from `{ formula }` — so a name starting with "=" stays a name in Excel and in LibreOffice.
 */
export function addSheet(
  workbook: Workbook,
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly Record<string, SheetValue>[],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length + 2) }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null])))
}
