// Empty templates of the import format and its data dictionary, from lib/import/columns.ts.
import { toCsv } from '@/lib/csv/export'
import type { Locale } from '@/lib/i18n/locales'
import { importKinds, sheets, type ImportKind } from './columns'
import { tablesToXlsx, type ExportTable } from './export'

const dictionaryHeader = ['sheet', 'column', 'required', 'example', 'notes_ky', 'notes_ru', 'notes_en']

/** The data dictionary: one row per column of every sheet, its notes in the three languages. */
export function dictionaryRows(): string[][] {
  return importKinds.flatMap((kind) =>
    sheets[kind].columns.map((c) => [kind, c.name, c.required ? 'yes' : '', c.example ?? '', c.notes.ky, c.notes.ru, c.notes.en]),
  )
}

const emptyTables = (): ExportTable[] =>
  importKinds.map((kind) => ({ kind, header: sheets[kind].columns.map((c) => c.name), rows: [] }))

/** One workbook: an empty sheet per kind (headers with their notes as cell comments) and the dictionary. */
export function templateXlsx(locale: Locale): Promise<Uint8Array> {
  return tablesToXlsx(emptyTables(), (book) => {
    for (const kind of importKinds) {
      const ws = book.getWorksheet(kind)!
      sheets[kind].columns.forEach((c, i) => {
        ws.getRow(1).getCell(i + 1).note = c.notes[locale]
      })
    }
    const dict = book.addWorksheet('dictionary')
    dict.addRow(dictionaryHeader).font = { bold: true }
    for (const r of dictionaryRows()) dict.addRow(r)
    dict.columns.forEach((c, i) => (c.width = i < 4 ? 18 : 60))
  })
}

/** The header line of one kind's CSV, or the dictionary as CSV. */
export function templateCsv(kind: ImportKind | 'dictionary'): string {
  if (kind === 'dictionary')
    return toCsv(
      dictionaryHeader.map((h) => ({ key: h, header: h })),
      dictionaryRows().map((r) => Object.fromEntries(dictionaryHeader.map((h, i) => [h, r[i] || null]))),
    )
  return toCsv(sheets[kind].columns.map((c) => ({ key: c.name, header: c.name })), [])
}
