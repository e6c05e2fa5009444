import Papa from 'papaparse'

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, an optional byte-order mark) as rows keyed by the header.
 * The delimiter is fixed: Papa Parse would otherwise guess it from the first lines.
 */
export function parseCsv(text: string, fileName = 'CSV'): Record<string, string>[] {
  // Papa Parse takes one kind of line break for the whole file; ours may mix CRLF and LF (files edited
  // on several systems), so the breaks between rows are made LF first. Quoted fields keep their own.
  const lf = text.replace(/"(?:[^"]|"")*"|\r\n?/g, (m) => (m[0] === '"' ? m : '\n'))
  const { data, errors } = Papa.parse<string[]>(lf, { delimiter: ',', skipEmptyLines: true })
  const quote = errors.find((e) => e.type === 'Quotes')
  if (quote?.code === 'MissingQuotes') throw new Error(`${fileName}: a quoted field is not closed`)
  if (quote) throw new Error(`${fileName}:${quote.row === undefined ? '' : ` line ${quote.row + 1}:`} ${quote.message}`)
  const [header, ...body] = data
  if (!header) throw new Error(`${fileName}: empty file`)
  return body.map((r, n) => {
    if (r.length !== header.length)
      throw new Error(`${fileName}: line ${n + 2} has ${r.length} fields, the header has ${header.length}`)
    return Object.fromEntries(header.map((h, k) => [h, r[k]]))
  })
}
