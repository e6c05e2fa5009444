// One table, four files: CSV (RFC 4180, UTF-8 with a BOM, lib/csv/export.ts), CSV with an HXL tag
// row, XLSX (exceljs) and JSON — each with the data dictionary of its columns (ADR "exports").
import ExcelJS from 'exceljs'
import { toCsv, type CsvRow } from '@/lib/csv/export'
import { locales, type Locale } from '@/lib/i18n/locales'
import en from '@/lib/i18n/messages/en/exports.json' with { type: 'json' }
import ky from '@/lib/i18n/messages/ky/exports.json' with { type: 'json' }
import ru from '@/lib/i18n/messages/ru/exports.json' with { type: 'json' }
import {
  columnSpecs,
  expandColumns,
  type ExportColumn,
  type ExportFormat,
  type ExportRow,
  type ExportTable,
  type RecordKind,
} from './tables'
import { addSheet } from './xlsx-sheet'

// ---- the data dictionary ------------------------------------------------------------------------------

type Notes = Record<string, Record<string, string>>
const notes: Record<Locale, Notes> = {
  en: en.exports.columns,
  ru: ru.exports.columns,
  ky: ky.exports.columns,
}
const inLanguage: Record<Locale, string> = {
  en: en.exports.dictionary.inLanguage,
  ru: ru.exports.dictionary.inLanguage,
  ky: ky.exports.dictionary.inLanguage,
}

/** What a column holds, in one language: the kind's own note, else the note shared by all kinds. */
export function columnNote(kind: RecordKind | 'dictionary', column: ExportColumn, locale: Locale): string {
  const note = notes[locale][kind]?.[column.base] ?? notes[locale].common[column.base]
  if (note === undefined) throw new Error(`no ${locale} note for ${kind}.${column.base}`)
  return column.language ? `${note} (${inLanguage[locale].replace('{language}', column.language)})` : note
}

const dictionarySpecs = [
  { key: 'table' },
  { key: 'column' },
  { key: 'hxl' },
  { key: 'language' },
  { key: 'note', localized: true },
] as const

/** The dictionary of some tables (all of them by default), itself a table: one row per column. */
export function dictionaryTable(kinds: readonly RecordKind[] = Object.keys(columnSpecs) as RecordKind[]): ExportTable {
  return {
    kind: 'dictionary',
    columns: expandColumns(dictionarySpecs),
    rows: kinds.flatMap((kind) =>
      expandColumns(columnSpecs[kind]).map((c) => ({
        table: kind,
        column: c.key,
        hxl: c.hxl ?? null,
        language: c.language ?? null,
        ...Object.fromEntries(locales.map((l) => [`note_${l}`, columnNote(kind, c, l)])),
      })),
    ),
  }
}

// ---- files ----------------------------------------------------------------------------------------------

/** Booleans read "true"/"false" in a CSV; everything else is what lib/csv writes. */
const csvRow = (row: ExportRow): CsvRow =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v]))

/** RFC 4180 CSV; with `hxl`, the second line holds each column's HXL hashtag (https://hxlstandard.org). */
export function tableCsv(t: ExportTable, { hxl = false }: { hxl?: boolean } = {}): string {
  const columns = t.columns.map((c) => ({ key: c.key, header: c.key }))
  const tags: CsvRow[] = hxl ? [Object.fromEntries(t.columns.map((c) => [c.key, c.hxl ?? null]))] : []
  return toCsv(columns, [...tags, ...t.rows.map(csvRow)])
}

/** JSON: the rows as objects, with the dictionary of their columns. */
export function tableJson(t: ExportTable) {
  const kind = t.kind
  return {
    kind,
    columns: t.columns.map((c) => ({
      name: c.key,
      hxl: c.hxl ?? null,
      language: c.language ?? null,
      note: Object.fromEntries(locales.map((l) => [l, columnNote(kind, c, l)])),
    })),
    rows: t.rows,
  }
}

/** XLSX: the rows on the first sheet (header frozen), the dictionary on the second. */
export async function tableXlsx(t: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Partnership Registry'
  const sheets: ExportTable[] = t.kind === 'dictionary' ? [t] : [t, dictionaryTable([t.kind])]
  for (const s of sheets)
    addSheet(
      workbook,
      s.kind,
      s.columns.map((c) => ({ key: c.key, header: c.key })),
      s.rows,
    )
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The file of one table in one format, as the body of a download. */
export async function tableFile(t: ExportTable, format: ExportFormat): Promise<string | Buffer> {
  switch (format) {
    case 'csv':
      return tableCsv(t)
    case 'hxl':
      return tableCsv(t, { hxl: true })
    case 'json':
      return JSON.stringify(tableJson(t), null, 1)
    case 'xlsx':
      return tableXlsx(t)
  }
}
