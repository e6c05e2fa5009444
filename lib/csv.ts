/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. Returns rows as objects keyed by the header. */
export function parseCsv(text: string, fileName = 'CSV'): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  while (i < src.length) {
    const c = src[i]
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (c === '"') quoted = false
      else field += c
      i++
      continue
    }
    if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
    i++
  }
  if (quoted) throw new Error(`${fileName}: a quoted field is not closed`)
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''))
  if (!header) throw new Error(`${fileName}: empty file`)
  return body.map((r, n) => {
    if (r.length !== header.length)
      throw new Error(`${fileName}: line ${n + 2} has ${r.length} fields, the header has ${header.length}`)
    return Object.fromEntries(header.map((h, k) => [h, r[k]]))
  })
}
