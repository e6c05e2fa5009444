// Reading an upload into sheets of text cells: XLSX (exceljs) with one sheet per kind, or CSV files
// (papaparse) named after their kind. Checks what the spreadsheet itself can get wrong — encoding,
// headers, formulas, merged cells, size — and leaves the values to lib/import/cells.ts.
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { columnsOf, importKinds, kindOfName, type ImportKind } from './columns'
import { MAX_PROBLEMS, type Note, type Problem } from './problems'

export type ImportFile = { name: string; bytes: Uint8Array }

export type SheetRow = { row: number; cells: Record<string, string> }
export type Sheet = { kind: ImportKind; name: string; rows: SheetRow[] }
export type ParsedUpload = { sheets: Sheet[]; problems: Problem[]; notes: Note[]; rowCount: number }

export const MAX_IMPORT_ROWS = 100_000
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** UTF-8 (a byte-order mark dropped), else Windows-1251: what Excel with Russian settings saves as "CSV". */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1251' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' }
  }
}

const isXlsx = (f: ImportFile) =>
  /\.xlsx$/i.test(f.name) || (f.bytes[0] === 0x50 && f.bytes[1] === 0x4b && !/\.csv$/i.test(f.name))
const isCsv = (f: ImportFile) => /\.(csv|txt)$/i.test(f.name)

export async function parseUpload(files: readonly ImportFile[]): Promise<ParsedUpload> {
  const problems: Problem[] = []
  const notes: Note[] = []
  const grids: { name: string; kind: ImportKind | null; grid: Grid }[] = []
  const total = files.reduce((n, f) => n + f.bytes.length, 0)
  if (total > MAX_IMPORT_BYTES) {
    problems.push({
      sheet: files.map((f) => f.name).join(', '),
      code: 'tooLarge',
      params: { limit: MAX_IMPORT_BYTES >> 20 },
    })
    return { sheets: [], problems, notes, rowCount: 0 }
  }
  for (const file of files) {
    if (isXlsx(file)) {
      const book = await readXlsx(file)
      if (!book) {
        problems.push({ sheet: file.name, code: 'unreadableFile', params: { format: 'XLSX' } })
        continue
      }
      for (const s of book) {
        const kind = importKinds.find((k) => k === s.name.trim().toLowerCase()) ?? kindOfName(s.name)
        if (kind) grids.push({ name: s.name, kind, grid: s.grid })
        else notes.push({ sheet: s.name, code: 'ignoredSheet' })
      }
    } else if (isCsv(file)) {
      const { text, encoding } = decodeCsv(file.bytes)
      if (encoding === 'windows-1251') notes.push({ sheet: file.name, code: 'decoded1251' })
      const grid = readCsv(text)
      if (!grid) {
        problems.push({ sheet: file.name, code: 'unreadableFile', params: { format: 'CSV' } })
        continue
      }
      const kind = kindOfName(file.name)
      if (!kind) problems.push({ sheet: file.name, code: 'noKind', params: { kinds: importKinds.join(', ') } })
      else grids.push({ name: file.name, kind, grid })
    } else {
      notes.push({ sheet: file.name, code: 'ignoredFile' })
    }
  }

  const sheets: Sheet[] = []
  const seen = new Set<ImportKind>()
  for (const { name, kind, grid } of grids) {
    if (!kind) continue
    if (seen.has(kind)) {
      problems.push({ sheet: name, code: 'sameKindTwice', params: { kind } })
      continue
    }
    seen.add(kind)
    const sheet = toSheet(name, kind, grid, problems)
    if (sheet) sheets.push(sheet)
  }
  const rowCount = sheets.reduce((n, s) => n + s.rows.length, 0)
  if (rowCount > MAX_IMPORT_ROWS)
    problems.push({
      sheet: sheets.map((s) => s.name).join(', '),
      code: 'tooManyRows',
      params: { count: rowCount, max: MAX_IMPORT_ROWS },
    })
  if (!sheets.length && !problems.length)
    problems.push({ sheet: files.map((f) => f.name).join(', ') || '—', code: 'emptyFile' })
  sheets.sort((a, b) => importKinds.indexOf(a.kind) - importKinds.indexOf(b.kind))
  return { sheets, problems: problems.slice(0, MAX_PROBLEMS), notes, rowCount }
}

/**
 * Rows of text cells as the spreadsheet numbers them (row 1 the header); `flags` holds cells that are
 * formulas or merged, which are reported instead of read.
 */
type Grid = {
  rows: { row: number; cells: string[] }[]
  flags: Map<string, { code: 'formula' } | { code: 'merged'; range: string }>
}

function readCsv(text: string): Grid | null {
  // As lib/csv/parse.ts: line breaks between rows made LF first, quoted fields keep their own.
  const lf = text.replace(/"(?:[^"]|"")*"|\r\n?/g, (m) => (m[0] === '"' ? m : '\n'))
  const { data, errors } = Papa.parse<string[]>(lf, { delimiter: ',', skipEmptyLines: false })
  if (errors.some((e) => e.type === 'Quotes')) return null
  const rows = data.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''))
  return { rows, flags: new Map() }
}

async function readXlsx(file: ImportFile): Promise<{ name: string; grid: Grid }[] | null> {
  const book = new ExcelJS.Workbook()
  try {
    // exceljs reads an ArrayBuffer: a copy of exactly the file's bytes (the view may share a larger one).
    await book.xlsx.load(new Uint8Array(file.bytes).buffer)
  } catch {
    return null
  }
  return book.worksheets.map((ws) => {
    const flags: Grid['flags'] = new Map()
    const merges: string[] = (ws.model as { merges?: string[] }).merges ?? []
    for (const range of merges) {
      const [from, to] = range.split(':')
      const a = ws.getCell(from)
      const b = ws.getCell(to ?? from)
      for (let r = Number(a.row); r <= Number(b.row); r++)
        for (let c = Number(a.col); c <= Number(b.col); c++) flags.set(`${r}:${c}`, { code: 'merged', range })
    }
    const rows: Grid['rows'] = []
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.type === ExcelJS.ValueType.Formula) flags.set(`${rowNumber}:${col}`, { code: 'formula' })
        cells[col - 1] = cellText(cell.value)
      })
      for (let i = 0; i < cells.length; i++) cells[i] ??= ''
      if (cells.some((c) => c.trim() !== '') || [...flags.keys()].some((k) => k.startsWith(`${rowNumber}:`)))
        rows.push({ row: rowNumber, cells })
    })
    return { name: ws.name, grid: { rows, flags } }
  })
}

/** A cell's value as the text a CSV would hold: dates as YYYY-MM-DD, rich text and links as their text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)))
  if (typeof value === 'string' || typeof value === 'boolean') return String(value)
  if ('richText' in value) return value.richText.map((t) => t.text).join('')
  if ('text' in value && typeof value.text === 'string') return value.text
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue)
  if ('error' in value) return String(value.error)
  return ''
}

function toSheet(name: string, kind: ImportKind, grid: Grid, problems: Problem[]): Sheet | null {
  const [header, ...body] = grid.rows
  if (!header) return { kind, name, rows: [] }
  const columns = columnsOf(kind)
  const known = new Map(columns.map((c) => [c.name.toLowerCase(), c.name]))
  const index: (string | null)[] = []
  const seen = new Set<string>()
  let fatal = false
  header.cells.forEach((raw) => {
    const h = raw.trim().toLowerCase()
    if (!h) {
      index.push(null)
      return
    }
    const column = known.get(h)
    if (!column) {
      problems.push({
        sheet: name,
        row: header.row,
        column: raw.trim(),
        code: 'unknownColumn',
        params: { column: raw.trim() },
      })
      index.push(null)
      fatal = true
    } else if (seen.has(column)) {
      problems.push({ sheet: name, row: header.row, column, code: 'duplicateColumn', params: { column } })
      index.push(null)
      fatal = true
    } else {
      seen.add(column)
      index.push(column)
    }
  })
  for (const c of columns)
    if (c.required && !seen.has(c.name)) {
      problems.push({ sheet: name, row: header.row, column: c.name, code: 'missingColumn', params: { column: c.name } })
      fatal = true
    }
  if (fatal) return null
  const rows: SheetRow[] = []
  for (const r of body) {
    const cells: Record<string, string> = {}
    r.cells.forEach((value, i) => {
      const column = index[i]
      const flag = grid.flags.get(`${r.row}:${i + 1}`)
      if (flag && column) {
        problems.push({
          sheet: name,
          row: r.row,
          column,
          code: flag.code,
          params: flag.code === 'merged' ? { range: flag.range } : {},
        })
        return
      }
      if (column) cells[column] = value.trim()
      else if (value.trim() && i >= index.length)
        problems.push({
          sheet: name,
          row: r.row,
          column: `#${i + 1}`,
          code: 'unknownColumn',
          params: { column: `#${i + 1}` },
        })
    })
    rows.push({ row: r.row, cells })
  }
  return { kind, name, rows }
}
