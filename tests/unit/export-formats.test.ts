// The export files (lib/export/formats.ts): CSV with its BOM, quoting and formula neutralisation, the
// HXL tag row, JSON with its dictionary, XLSX whose values read back as written (numbers as numbers,
// unknown as empty, a formula-like name as text) — and a dictionary note for every column, in three languages.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/csv/parse'
import { columnNote, dictionaryTable, tableCsv, tableFile, tableJson, tableXlsx } from '@/lib/export/formats'
import { columnSpecs, expandColumns, partialDateCell, recordKinds, table, type ExportRow } from '@/lib/export/tables'

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  grant_id: 'g1',
  project_id: 'p1',
  title_ky: 'Суу түтүгү',
  title_ru: 'Водопровод, 2-й этап',
  title_en: null,
  funder: 'bereke-fund',
  recipient: null,
  amount: 1234567.5,
  currency: 'KGS',
  withheld: false,
  start: '2021-03',
  end: null,
  ...over,
})

const risky = ['=HYPERLINK("http://x","y")', '+7 700', '-1+1', '@SUM(A1)', '\tcmd', '\rcmd']

describe('CSV', () => {
  it('starts with a BOM, names columns by their machine names, ends lines with CRLF', () => {
    const csv = tableCsv(table('grants', [row()]))
    expect(csv.startsWith('\uFEFFgrant_id,project_id,title_ky,title_ru,title_en,funder,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain('"Водопровод, 2-й этап"')
  })

  it('writes an unknown amount as an empty cell, never 0, and a withheld one likewise', () => {
    const [unknown, withheld] = parseCsv(
      tableCsv(table('grants', [row({ amount: null }), row({ amount: null, withheld: true })])),
    )
    expect(unknown).toMatchObject({ amount: '', withheld: 'false', currency: 'KGS' })
    expect(withheld).toMatchObject({ amount: '', withheld: 'true' })
    expect(parseCsv(tableCsv(table('grants', [row()])))[0].amount).toBe('1234567.5')
  })

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const csv = tableCsv(
      table(
        'grants',
        risky.map((t) => row({ title_en: t })),
      ),
    )
    expect(parseCsv(csv).map((r) => r.title_en)).toEqual(risky.map((t) => `'${t}`))
  })

  it('with HXL, puts each column’s hashtag on the second line', () => {
    const lines = tableCsv(table('grants', [row()]), { hxl: true }).split('\r\n')
    expect(lines[1].split(',').slice(0, 3)).toEqual(['#grant+id', '#activity+id', '#grant+name+i_ky'])
    expect(lines[2].startsWith('g1,p1,')).toBe(true)
  })
})

describe('JSON', () => {
  it('holds the rows as they are and a note on each column in three languages', async () => {
    const body = JSON.parse((await tableFile(table('grants', [row({ amount: null })]), 'json')) as string)
    expect(body.kind).toBe('grants')
    expect(body.rows[0]).toMatchObject({ amount: null, withheld: false, title_en: null })
    const amount = body.columns.find((c: { name: string }) => c.name === 'amount')
    expect(Object.keys(amount.note).sort()).toEqual(['en', 'ky', 'ru'])
    expect(amount.note.ru).toMatch(/Сумма/)
    expect(tableJson(table('grants', [])).rows).toEqual([])
  })
})

describe('XLSX', () => {
  async function readBack(buffer: Buffer) {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(buffer as unknown as ArrayBuffer)
    return wb
  }

  it('reads back the values written: numbers as numbers, text as text, unknown as an empty cell', async () => {
    const rows = [row(), row({ grant_id: 'g2', amount: null, title_ky: 'Ала-Бука', withheld: true })]
    const wb = await readBack(await tableXlsx(table('grants', rows)))
    const sheet = wb.getWorksheet('grants')!
    const columns = expandColumns(columnSpecs.grants)
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.key))
    const cell = (r: number, key: string) => sheet.getRow(r).getCell(columns.findIndex((c) => c.key === key) + 1)
    expect(cell(2, 'amount').value).toBe(1234567.5)
    expect(cell(2, 'amount').type).toBe(ExcelJS.ValueType.Number)
    expect(cell(2, 'title_ru').value).toBe('Водопровод, 2-й этап')
    expect(cell(2, 'withheld').value).toBe(false)
    expect(cell(3, 'amount').value).toBeNull()
    expect(cell(3, 'title_ky').value).toBe('Ала-Бука')
    expect(cell(3, 'withheld').value).toBe(true)
    // The dictionary travels with the data, on its own sheet.
    const dictionary = wb.getWorksheet('dictionary')!
    expect(dictionary.rowCount).toBe(columns.length + 1)
  })

  it('keeps a formula-like name as a text cell: no formula is ever written', async () => {
    // (A carriage return reads back as a line feed: XML normalises line ends.)
    const texts = risky.filter((t) => !t.startsWith('\r'))
    const wb = await readBack(
      await tableXlsx(
        table(
          'grants',
          texts.map((t) => row({ title_en: t })),
        ),
      ),
    )
    const sheet = wb.getWorksheet('grants')!
    const values: unknown[] = []
    sheet.eachRow((r, i) => {
      if (i === 1) return
      const c = r.getCell(5)
      expect(c.type).toBe(ExcelJS.ValueType.String)
      values.push(c.value)
    })
    expect(values).toEqual(texts)
  })
})

describe('the data dictionary', () => {
  it('explains every column of every kind in Kyrgyz, Russian and English, each in its own words', () => {
    const dictionary = dictionaryTable()
    expect(new Set(dictionary.rows.map((r) => r.table))).toEqual(new Set(recordKinds))
    for (const r of dictionary.rows) {
      expect(r.note_ky, `${r.table}.${r.column}`).toBeTruthy()
      expect(r.note_ky).not.toBe(r.note_en)
      expect(r.note_ru).not.toBe(r.note_en)
    }
    expect(() => columnNote('grants', { key: 'nonsense', base: 'nonsense' }, 'en')).toThrow(/no en note/)
  })

  it('notes the language of a text column', () => {
    const [ky] = expandColumns([{ key: 'title', localized: true }])
    expect(columnNote('projects', ky, 'en')).toBe('Title. (written in ky)')
  })
})

describe('partial dates', () => {
  it('are written as precisely as they are known', () => {
    const date = new Date('2021-03-04T00:00:00Z')
    expect(partialDateCell({ date, precision: 'YEAR' })).toBe('2021')
    expect(partialDateCell({ date, precision: 'MONTH' })).toBe('2021-03')
    expect(partialDateCell({ date, precision: 'DAY' })).toBe('2021-03-04')
    expect(partialDateCell(null)).toBeNull()
  })
})
