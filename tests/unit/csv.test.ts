import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/csv/parse'

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const rows = parseCsv('a,b,c\n1,"x, y","he said ""hi"""\n2,"multi\nline",\r\n')
    expect(rows).toEqual([
      { a: '1', b: 'x, y', c: 'he said "hi"' },
      { a: '2', b: 'multi\nline', c: '' },
    ])
  })

  it('ignores a byte-order mark and a missing final newline', () => {
    expect(parseCsv('\uFEFFk,v\nx,1')).toEqual([{ k: 'x', v: '1' }])
  })

  it('names the file and line when a row has the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'places.csv')).toThrow('places.csv: line 3 has 1 fields, the header has 2')
  })

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a\n"open\n', 'x.csv')).toThrow('x.csv: a quoted field is not closed')
  })

  it('refuses text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a,b\n"ab"c,d\n', 'x.csv')).toThrow(
      'x.csv: line 2: Trailing quote on quoted field is malformed',
    )
  })

  it('keeps the comma as the delimiter, whatever the first lines look like', () => {
    expect(parseCsv('a;b\n1;2\n')).toEqual([{ 'a;b': '1;2' }])
  })
})
