#!/usr/bin/env node
// Checks a casebook translation file against prisma/data/casebook/casebook.json.
//
//   node scripts/check-casebook-translation.mjs prisma/data/casebook/translations/ru.json [--casebook <file>] [--same]
//
// The translation file is { "<case id>": { "<JSON pointer inside that case>": "<text>", ... }, ... }.
// Reported, one line each:
//   missing   a translatable path whose English text is non-empty has no translation
//   extra     a case id or path that does not exist in casebook.json, or exists but is not translatable
//   empty     a translation that is an empty (or blank) string, or not a string at all
//   digits    the multiset of digit groups differs from the English one (thousands separators — comma, space,
//             no-break space, thin space — are removed first, so "2,800,000" = "2 800 000"; "38.5" = "38,5")
//   same      (only with --same) a translation identical to the English text
// Exit code 0 when nothing is reported, 1 otherwise, 2 on bad usage. No dependencies.
import { readFileSync } from 'node:fs'

const args = process.argv.slice(2)
const flag = (name) => {
  const i = args.indexOf(name)
  if (i === -1) return false
  args.splice(i, 1)
  return true
}
const option = (name, fallback) => {
  const i = args.indexOf(name)
  if (i === -1) return fallback
  const value = args[i + 1]
  args.splice(i, 2)
  return value
}
const reportSame = flag('--same')
const casebookPath = option('--casebook', 'prisma/data/casebook/casebook.json')
if (args.length !== 1) {
  console.error('usage: node scripts/check-casebook-translation.mjs <translation.json> [--casebook <file>] [--same]')
  process.exit(2)
}
const translationPath = args[0]

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    console.error(`cannot read ${file}: ${error.message}`)
    process.exit(2)
  }
}
const casebook = readJson(casebookPath)
const translation = readJson(translationPath)
if (!Array.isArray(casebook)) {
  console.error(`${casebookPath}: expected an array of cases`)
  process.exit(2)
}
if (translation === null || typeof translation !== 'object' || Array.isArray(translation)) {
  console.error(`${translationPath}: expected an object keyed by case id`)
  process.exit(2)
}

// The translatable paths of one case: pointer -> English text (non-empty strings only).
const NARRATIVE_TEXTS = ['summary', 'background', 'development', 'challenges', 'outcomes']
const NARRATIVE_LISTS = ['successFactors', 'lessons']
function translatablePaths(c) {
  const out = new Map()
  const add = (pointer, value) => {
    if (typeof value === 'string' && value.trim() !== '') out.set(pointer, value)
  }
  const each = (list, fn) => (Array.isArray(list) ? list.forEach(fn) : undefined)
  add('/title', c.title)
  add('/location/settlement', c.location?.settlement)
  each(c.partners, (p, n) => {
    add(`/partners/${n}/name`, p?.name)
    add(`/partners/${n}/role`, p?.role)
  })
  each(c.projects, (p, n) => {
    add(`/projects/${n}/title`, p?.title)
    add(`/projects/${n}/description`, p?.description)
    each(p?.outcomes, (o, m) => {
      for (const key of ['indicator', 'unit', 'note']) add(`/projects/${n}/outcomes/${m}/${key}`, o?.[key])
    })
    each(p?.contributions, (k, m) => {
      for (const key of ['note', 'party', 'quantity']) add(`/projects/${n}/contributions/${m}/${key}`, k?.[key])
    })
  })
  each(c.agreements, (a, n) => {
    add(`/agreements/${n}/subject`, a?.subject)
    each(a?.parties, (party, m) => add(`/agreements/${n}/parties/${m}`, party))
  })
  for (const key of NARRATIVE_TEXTS) add(`/narrative/${key}`, c.narrative?.[key])
  for (const key of NARRATIVE_LISTS) each(c.narrative?.[key], (s, n) => add(`/narrative/${key}/${n}`, s))
  return out
}

// RFC 6901 lookup, to tell "does not exist" from "exists but is not translatable".
function resolve(doc, pointer) {
  if (pointer === '') return { found: true, value: doc }
  if (!pointer.startsWith('/')) return { found: false }
  let node = doc
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object') return { found: false }
    if (Array.isArray(node) ? !/^(0|[1-9]\d*)$/.test(key) || Number(key) >= node.length : !Object.hasOwn(node, key))
      return { found: false }
    node = node[key]
  }
  return { found: true, value: node }
}

// Digit groups after removing thousands separators (comma, space, no-break space, narrow/thin space).
const THOUSANDS = /(?<![\d.,])\d{1,3}(?:[,\u0020\u00a0\u202f\u2009]\d{3})+(?!\d)/g
function digitGroups(text) {
  const joined = text.replace(THOUSANDS, (m) => m.replace(/[^\d]/g, ''))
  return (joined.match(/\d+/g) ?? []).map((g) => g.replace(/^0+(?=\d)/, '')).sort()
}
function multisetDiff(a, b) {
  const count = new Map()
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1)
  for (const x of b) count.set(x, (count.get(x) ?? 0) - 1)
  const onlyA = []
  const onlyB = []
  for (const [x, n] of count) {
    for (let i = 0; i < n; i++) onlyA.push(x)
    for (let i = 0; i < -n; i++) onlyB.push(x)
  }
  return { onlyA, onlyB }
}

const problems = []
const report = (kind, id, pointer, detail) => problems.push({ kind, id, pointer, detail })
const byId = new Map()
for (const c of casebook) byId.set(c.id, c)

let strings = 0
let characters = 0
for (const c of casebook) {
  const expected = translatablePaths(c)
  const given = translation[c.id]
  if (given === undefined) {
    for (const pointer of expected.keys()) report('missing', c.id, pointer)
    continue
  }
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    report('extra', c.id, '', 'expected an object of pointer -> text')
    continue
  }
  for (const [pointer, english] of expected) {
    if (!Object.hasOwn(given, pointer)) {
      report('missing', c.id, pointer)
      continue
    }
    const text = given[pointer]
    if (typeof text !== 'string' || text.trim() === '') {
      report('empty', c.id, pointer, typeof text === 'string' ? '' : `not a string: ${JSON.stringify(text)}`)
      continue
    }
    strings++
    characters += text.length
    const { onlyA, onlyB } = multisetDiff(digitGroups(english), digitGroups(text))
    if (onlyA.length || onlyB.length) {
      const parts = []
      if (onlyA.length) parts.push(`English only: ${onlyA.join(' ')}`)
      if (onlyB.length) parts.push(`translation only: ${onlyB.join(' ')}`)
      report('digits', c.id, pointer, `${parts.join('; ')}\n      en: ${english}\n      tr: ${text}`)
    }
    if (reportSame && text === english) report('same', c.id, pointer, english)
  }
  for (const pointer of Object.keys(given)) {
    if (expected.has(pointer)) continue
    const { found, value } = resolve(c, pointer)
    if (!found) report('extra', c.id, pointer, 'no such path in casebook.json')
    else if (typeof value === 'string' && value.trim() === '') report('extra', c.id, pointer, 'English text is empty')
    else report('extra', c.id, pointer, 'path exists but is not translatable')
  }
}
for (const id of Object.keys(translation)) if (!byId.has(id)) report('extra', id, '', 'no such case id')

for (const p of problems) console.log(`${p.kind.padEnd(7)} ${p.id}${p.pointer}${p.detail ? `  ${p.detail}` : ''}`)
const counts = {}
for (const p of problems) counts[p.kind] = (counts[p.kind] ?? 0) + 1
const summary = Object.entries(counts)
  .map(([kind, n]) => `${n} ${kind}`)
  .join(', ')
console.log(
  `${translationPath}: ${Object.keys(translation).length} cases, ${strings} translated strings, ${characters} characters; ` +
    (problems.length ? summary : 'no problems'),
)
process.exit(problems.length ? 1 : 0)
