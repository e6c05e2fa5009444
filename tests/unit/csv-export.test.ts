import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/csv/parse'
import { csvFileName, toCsv } from '@/lib/csv/export'

const columns = [
  { key: 'name', header: 'Name' },
  { key: 'amount', header: 'Amount (KGS)' },
]

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark by default and ends every line with CRLF', () => {
    expect(toCsv(columns, [{ name: 'Ала-Бука', amount: 1500 }])).toBe('\uFEFFName,Amount (KGS)\r\nАла-Бука,1500\r\n')
    expect(toCsv(columns, [], { bom: false })).toBe('Name,Amount (KGS)\r\n')
  })

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const csv = toCsv(
      columns,
      [
        { name: 'Water, roads', amount: 1 },
        { name: 'The "Bereke" fund', amount: 2 },
        { name: 'two\nlines', amount: 3 },
        { name: 'cr\rhere', amount: 4 },
      ],
      {
        bom: false,
      },
    )
    expect(csv).toBe(
      'Name,Amount (KGS)\r\n"Water, roads",1\r\n"The ""Bereke"" fund",2\r\n"two\nlines",3\r\n"cr\rhere",4\r\n',
    )
  })

  it('quotes headers like any other field', () => {
    expect(toCsv([{ key: 'a', header: 'Сумма, сом' }], [], { bom: false })).toBe('"Сумма, сом"\r\n')
  })

  it('writes numbers as plain machine-readable numbers: no grouping, a decimal point, no exponent', () => {
    const rows = [1234567.5, 1e21, 1e-7, -3, 0].map((amount) => ({ name: 'x', amount }))
    expect(toCsv(columns, rows, { bom: false }).split('\r\n').slice(1, -1)).toEqual([
      'x,1234567.5',
      'x,1000000000000000000000',
      'x,0.0000001',
      'x,-3',
      'x,0',
    ])
  })

  it('leaves null, missing keys and non-finite numbers empty', () => {
    expect(toCsv(columns, [{ name: null, amount: null }, {}, { name: 'x', amount: Number.NaN }], { bom: false })).toBe(
      'Name,Amount (KGS)\r\n,\r\n,\r\nx,\r\n',
    )
  })

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    const rows = ['=HYPERLINK("http://x")', '+996', '-', '@SUM(A1)'].map((name) => ({ name, amount: -5 }))
    expect(toCsv(columns, rows, { bom: false }).split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"")",-5`,
      "'+996,-5",
      "'-,-5",
      "'@SUM(A1),-5",
    ])
  })

  it('reads back with the project’s CSV parser', () => {
    const rows = [
      { name: 'Жарандык коом, "Айкөл"\r\nкөп сап', amount: 12.25 },
      { name: 'НКО', amount: null },
    ]
    expect(parseCsv(toCsv(columns, rows))).toEqual([
      { Name: rows[0].name, 'Amount (KGS)': '12.25' },
      { Name: 'НКО', 'Amount (KGS)': '' },
    ])
  })
})

describe('csvFileName', () => {
  it('keeps letters of any script and turns unsafe characters and spaces into single hyphens', () => {
    expect(csvFileName('Вклады: Чуй / 2024')).toBe('Вклады-Чуй-2024.csv')
    expect(csvFileName('a<b>c|d?e*f"g\\h\ti')).toBe('a-b-c-d-e-f-g-h-i.csv')
  })

  it('adds .csv once and never returns an empty or hidden name', () => {
    expect(csvFileName('cost-share.CSV')).toBe('cost-share.csv')
    expect(csvFileName(' ..hidden. ')).toBe('hidden.csv')
    expect(csvFileName('///')).toBe('data.csv')
  })
})
