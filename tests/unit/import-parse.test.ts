// Reading import files: encodings, headers, formulas, merged cells, duplicate ids, cell values.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { sheets } from '@/lib/import/columns'
import { amountText, parseAmountCell, parseDateCell, readCell } from '@/lib/import/cells'
import { decodeCsv, parseUpload } from '@/lib/import/parse'
import { formatProblems, problemCodes, problemMessage } from '@/lib/import/problems'
import { fractionOf } from '@/lib/import/records'
import en from '@/lib/i18n/messages/en/import.json' with { type: 'json' }
import ru from '@/lib/i18n/messages/ru/import.json' with { type: 'json' }
import ky from '@/lib/i18n/messages/ky/import.json' with { type: 'json' }

const utf8 = (s: string) => new TextEncoder().encode(s)
/** Windows-1251 bytes of a Cyrillic text (the encoder only does UTF-8, so by table). */
function cp1251(s: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251')
  const table = new Map<string, number>()
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b)
  return new Uint8Array([...s].map((c) => table.get(c)!))
}

async function xlsx(build: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook()
  build(book)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

describe('import files', () => {
  it('reads UTF-8 with or without a BOM, and falls back to Windows-1251, saying so', async () => {
    expect(decodeCsv(utf8('\uFEFFexternal_id')).text).toBe('external_id')
    const text = 'external_id,title_ru\r\np-1,Чистая вода в Баткене\r\n'
    expect(decodeCsv(cp1251(text))).toEqual({ text, encoding: 'windows-1251' })
    const parsed = await parseUpload([{ name: 'projects.csv', bytes: cp1251(text) }])
    expect(parsed.notes).toEqual([{ sheet: 'projects.csv', code: 'decoded1251' }])
    expect(parsed.sheets[0].rows[0].cells.title_ru).toBe('Чистая вода в Баткене')
  })

  it('reports missing, unknown and repeated columns by name, and a file whose kind it cannot tell', async () => {
    const parsed = await parseUpload([
      { name: 'contributions.csv', bytes: utf8('External_ID , kind,colour,kind\r\nc-1,CASH,red,CASH\r\n') },
      { name: 'data.csv', bytes: utf8('external_id\r\nx\r\n') },
    ])
    expect(parsed.problems.map((p) => [p.sheet, p.column, p.code])).toEqual([
      ['data.csv', undefined, 'noKind'],
      ['contributions.csv', 'colour', 'unknownColumn'],
      ['contributions.csv', 'kind', 'duplicateColumn'],
      ['contributions.csv', 'project', 'missingColumn'],
    ])
    expect(parsed.sheets).toEqual([])
    const extra = await parseUpload([
      { name: 'projects.csv', bytes: utf8('external_id,title_en\r\np-1,A,surplus\r\n') },
    ])
    expect(extra.problems).toMatchObject([{ row: 2, column: '#3', code: 'unknownColumn' }])
  })

  it('reads an XLSX sheet per kind, leaves other sheets aside, and refuses formulas and merged cells', async () => {
    const bytes = await xlsx((book) => {
      const ws = book.addWorksheet('Projects')
      ws.addRow(['external_id', 'title_en', 'start_date', 'places'])
      ws.addRow(['p-1', 'Bridge', new Date(Date.UTC(2021, 4, 1)), 'KG-B'])
      ws.addRow(['p-2', { formula: 'UPPER("x")', result: 'X' }, 2020, 'KG-B'])
      ws.addRow(['p-3', 'Road', 2020, 'KG-B'])
      ws.addRow(['p-4', 'Road', 2020, 'KG-C'])
      ws.mergeCells('D4:D5')
      book.addWorksheet('Notes').addRow(['anything'])
    })
    const parsed = await parseUpload([{ name: 'book.xlsx', bytes }])
    expect(parsed.notes).toEqual([{ sheet: 'Notes', code: 'ignoredSheet' }])
    expect(parsed.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'title_en', 'formula'],
      [4, 'places', 'merged'],
      [5, 'places', 'merged'],
    ])
    expect(parsed.sheets[0]).toMatchObject({ kind: 'projects', name: 'Projects' })
    expect(parsed.sheets[0].rows[0].cells).toEqual({
      external_id: 'p-1',
      title_en: 'Bridge',
      start_date: '2021-05-01',
      places: 'KG-B',
    })
  })

  it('says an XLSX that is not one cannot be read', async () => {
    const parsed = await parseUpload([{ name: 'broken.xlsx', bytes: utf8('PK not really a zip') }])
    expect(parsed.problems).toMatchObject([{ sheet: 'broken.xlsx', code: 'unreadableFile' }])
  })
})

describe('cells', () => {
  const column = (kind: keyof typeof sheets, name: string) => sheets[kind].columns.find((c) => c.name === name)!

  it('reads amounts in minor units; unknown is blank, 0 is zero; at most two decimals', () => {
    expect(parseAmountCell('1 500 000,50')).toBe('150000050')
    expect(parseAmountCell('1,500,000')).toBe('150000000')
    expect(parseAmountCell('1.500.000,5')).toBe('150000050')
    expect(parseAmountCell('0')).toBe('0')
    expect(parseAmountCell('12.345')).toBeNull() // a thousand-odd or twelve-odd: not guessed
    expect(parseAmountCell('1,500')).toBeNull()
    expect(parseAmountCell('-5')).toBeNull()
    expect(parseAmountCell('1e6')).toBeNull()
    expect(amountText('150000050')).toBe('1500000.50')
    expect(readCell(column('grants', 'amount'), '')).toEqual({ t: 'keep' })
    expect(readCell(column('grants', 'amount'), '#clear')).toEqual({ t: 'clear' })
  })

  it('reads partial dates and refuses impossible ones', () => {
    expect(parseDateCell('2019')).toBe('2019')
    expect(parseDateCell('2019-7')).toBe('2019-07')
    expect(parseDateCell('01.10.2019')).toBe('2019-10-01')
    expect(parseDateCell('2019-02-30')).toBeNull()
    expect(parseDateCell('19')).toBeNull()
  })

  it('refuses #clear in required columns and bad ids; undoes an export apostrophe', () => {
    expect(readCell(column('contributions', 'kind'), '#CLEAR')).toMatchObject({ code: 'clearRequired' })
    expect(readCell(column('projects', 'external_id'), 'has space')).toMatchObject({ code: 'badId' })
    expect(readCell(column('projects', 'title_en'), "'=1+1")).toEqual({ t: 'set', v: '=1+1' })
    expect(readCell(column('contributions', 'pledge'), 'ооба')).toEqual({ t: 'set', v: true })
    expect(readCell(column('contributions', 'kind'), 'cash')).toEqual({ t: 'set', v: 'CASH' })
    expect(readCell(column('programmes', 'places'), 'KG-B; ; Ош')).toEqual({ t: 'refs', tokens: ['KG-B', 'Ош'] })
    expect(fractionOf('25')).toBe('0.25')
    expect(fractionOf('2.5')).toBe('0.025')
  })

  it('has every problem in three languages, and formats a report line', () => {
    for (const catalogue of [en, ru, ky])
      expect(Object.keys(catalogue.importProblems).sort()).toEqual([...problemCodes].sort())
    const p = { sheet: 'grants.csv', row: 4, column: 'amount', code: 'badAmount' as const, params: { value: '12,5,5' } }
    expect(problemMessage(p, 'ru')).toContain('«12,5,5» — не сумма')
    expect(formatProblems([p], 'ky')).toMatch(/^grants\.csv, сап 4, amount, «12,5,5» сумма эмес/)
  })
})
