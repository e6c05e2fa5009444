#!/usr/bin/env node
// Usage: node scripts/check-names-ky.mjs [names.csv]   (default prisma/data/geo/names-ky.csv)
//
// Checks prisma/data/geo/names-ky.csv (Kyrgyz names of the level-3 units and their LSG bodies) against
// prisma/data/geo/admin-units.csv. No dependencies. Exits 1 and lists every problem if any check fails.
// The conventions it enforces are described in prisma/data/geo/README.md ("Kyrgyz names of level 3").
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const geo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'data', 'geo')

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i]
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length) rows.push([...row, field])
  const [header, ...body] = rows
  return { header, records: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))), widths: body }
}

const read = (file) => parseCsv(readFileSync(path.resolve(geo, file), 'utf8').replace(/^\uFEFF/, ''))

const problems = []
const units = read('admin-units.csv').records.filter((u) => u.level === '3')
const unitByCode = new Map(units.map((u) => [u.code, u]))
const names = read(process.argv[2] ? path.resolve(process.argv[2]) : 'names-ky.csv')

const HEADER = ['code', 'name_ky', 'body_name_ky', 'status', 'note']
if (names.header.join(',') !== HEADER.join(',')) problems.push(`header is "${names.header}", expected "${HEADER}"`)
names.widths.forEach((r, i) => {
  if (r.length !== HEADER.length) problems.push(`line ${i + 2}: ${r.length} fields, expected ${HEADER.length}`)
})

// Kyrgyz Cyrillic (with ң ө ү) plus what place names use: spaces, hyphens, the dot of an initial ("А. Дүйшеев").
const CYRILLIC = /^[А-ЯЁа-яёҢңӨөҮү][А-ЯЁа-яёҢңӨөҮү .-]*$/u
const forms = {
  aiyl_okmot: [{ name: ' айыл аймагы', body: ' айыл өкмөтү' }],
  // A town of district significance; Bordu, an urban-type settlement, is a шаарча.
  town: [
    { name: ' шаары', body: ' шаарынын мэриясы' },
    { name: ' шаарчасы', body: ' шаарчасынын мэриясы' },
  ],
}

const seen = new Map()
const counts = { sourced: 0, registry: 0 }
names.records.forEach((r, i) => {
  const where = `line ${i + 2} (${r.code || 'no code'})`
  if (seen.has(r.code)) problems.push(`${where}: code repeated (first on line ${seen.get(r.code)})`)
  seen.set(r.code, i + 2)
  const unit = unitByCode.get(r.code)
  if (!unit) problems.push(`${where}: not a level-3 code of admin-units.csv`)
  for (const col of ['name_ky', 'body_name_ky']) {
    const v = r[col] ?? ''
    if (!v.trim()) problems.push(`${where}: ${col} is empty`)
    else if (!CYRILLIC.test(v)) problems.push(`${where}: ${col} "${v}" is not all Cyrillic`)
    else if (v !== v.trim() || /\s{2}/.test(v)) problems.push(`${where}: ${col} "${v}" has stray spaces`)
  }
  if (!(r.status in counts)) problems.push(`${where}: status "${r.status}" is not sourced or registry`)
  else counts[r.status]++
  if (r.status === 'sourced' && !r.note?.trim()) problems.push(`${where}: a sourced row needs its source in note`)
  if (unit && r.name_ky && r.body_name_ky) {
    const form = forms[unit.kind]?.find((f) => r.name_ky.endsWith(f.name))
    if (!form)
      problems.push(
        `${where}: ${unit.kind} name "${r.name_ky}" must end in ${forms[unit.kind].map((f) => `"${f.name.trim()}"`).join(' or ')}`,
      )
    else {
      const base = r.name_ky.slice(0, -form.name.length)
      if (r.body_name_ky !== base + form.body)
        problems.push(`${where}: body "${r.body_name_ky}" should be "${base + form.body}"`)
      if (!base.trim()) problems.push(`${where}: name has no place name before "${form.name.trim()}"`)
    }
  }
})
for (const u of units) if (!seen.has(u.code)) problems.push(`${u.code} (${u.name_en}) has no row`)

if (problems.length) {
  console.error(`names-ky.csv: ${problems.length} problem(s)`)
  for (const p of problems) console.error(`  ${p}`)
  process.exit(1)
}
console.log(
  `names-ky.csv: ${names.records.length} rows for ${units.length} level-3 units; ` +
    `sourced ${counts.sourced}, registry ${counts.registry}`,
)
