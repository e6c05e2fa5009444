#!/usr/bin/env node
// Checks a casebook translation file against prisma/data/casebook/casebook.json.
//
//   node scripts/check-casebook-translation-ky.mjs [translation.json] [--lang ky] [--casebook path]
//
// The translation file is shaped { "<case id>": { "<JSON pointer inside the case>": "<text>" } }.
// Default file: prisma/data/casebook/translations/ky.json. No dependencies.
//
// Reports:
//   missing  - a translatable path with a non-empty English string has no translation
//   extra    - a path (or case id) that is not a translatable string in casebook.json
//              (English strings that are empty "" are not translatable and must not appear)
//   empty    - a translation that is empty or only whitespace
//   type     - a translation that is not a string
//   digits   - the multiset of digit groups differs from the English one
//              (thousands separators normalised: "2,800,000" (en) = "2 800 000" (ky/ru);
//               decimal point/comma normalised: "38.5" (en) = "38,5" (ky/ru))
//   latin    - (warning only) a long text that has no Cyrillic letter at all, i.e. probably untranslated
// Exit code 1 if anything but warnings is reported.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Every translatable [pointer, englishString] of one case. */
export function translatablePaths(c) {
  const out = []
  const add = (p, v) => {
    if (typeof v === 'string') out.push([p, v])
  }
  add('/title', c.title)
  add('/location/settlement', c.location?.settlement)
  ;(c.partners || []).forEach((p, i) => {
    add(`/partners/${i}/name`, p?.name)
    add(`/partners/${i}/role`, p?.role)
  })
  ;(c.projects || []).forEach((p, i) => {
    add(`/projects/${i}/title`, p?.title)
    add(`/projects/${i}/description`, p?.description)
    ;(p?.outcomes || []).forEach((o, j) => {
      for (const k of ['indicator', 'unit', 'note']) add(`/projects/${i}/outcomes/${j}/${k}`, o?.[k])
    })
    ;(p?.contributions || []).forEach((o, j) => {
      for (const k of ['note', 'party', 'quantity']) add(`/projects/${i}/contributions/${j}/${k}`, o?.[k])
    })
  })
  ;(c.agreements || []).forEach((a, i) => {
    add(`/agreements/${i}/subject`, a?.subject)
    ;(a?.parties || []).forEach((p, j) => add(`/agreements/${i}/parties/${j}`, p))
  })
  const n = c.narrative || {}
  for (const k of ['summary', 'background', 'development', 'challenges', 'outcomes']) add(`/narrative/${k}`, n[k])
  ;(n.successFactors || []).forEach((s, i) => add(`/narrative/successFactors/${i}`, s))
  ;(n.lessons || []).forEach((s, i) => add(`/narrative/lessons/${i}`, s))
  return out
}

// Digit groups: a run of digits possibly joined by separators to further digit runs.
// English: "," before exactly three digits is a thousands separator, "." is the decimal point.
// Kyrgyz/Russian: space, no-break space or narrow no-break space before exactly three digits is a
// thousands separator, "," or "." is the decimal mark. (A comma in English followed by a space is a
// list separator and is not part of the number.)
const SP = ' \u00a0\u202f\u2009'
export function digitGroups(s, isEnglish) {
  const re = isEnglish
    ? /\d+(?:(?:,\d{3})+(?!\d))?(?:\.\d+)?/g
    : new RegExp(`\\d+(?:(?:[${SP}]\\d{3})+(?!\\d))?(?:[.,]\\d+)?`, 'g')
  const out = []
  for (const m of s.matchAll(re)) {
    let t = m[0]
    t = isEnglish ? t.replace(/,/g, '') : t.replace(new RegExp(`[${SP}]`, 'g'), '').replace(',', '.')
    out.push(t)
  }
  return out.sort()
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const args = process.argv.slice(2)
  let lang = 'ky'
  let file = null
  let casebookPath = path.join(root, 'prisma/data/casebook/casebook.json')
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') lang = args[++i]
    else if (args[i] === '--casebook') casebookPath = args[++i]
    else if (args[i] === '-h' || args[i] === '--help') {
      console.log(
        'usage: node scripts/check-casebook-translation-ky.mjs [translation.json] [--lang ky] [--casebook casebook.json]',
      )
      process.exit(0)
    } else file = args[i]
  }
  if (!file) file = path.join(root, `prisma/data/casebook/translations/${lang}.json`)

  const cases = JSON.parse(fs.readFileSync(casebookPath, 'utf8'))
  let tr
  try {
    tr = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`)
    process.exit(2)
  }

  const problems = []
  const warnings = []
  const byId = new Map(cases.map((c) => [c.id, c]))
  let nStrings = 0
  let nChars = 0

  for (const id of Object.keys(tr)) {
    if (!byId.has(id)) problems.push(`extra case: ${id}`)
  }
  for (const c of cases) {
    const t = tr[c.id]
    const expected = new Map(translatablePaths(c))
    if (!t || typeof t !== 'object') {
      const n = [...expected.values()].filter((v) => v.trim() !== '').length
      problems.push(`missing case: ${c.id} (${n} strings)`)
      continue
    }
    for (const [p, en] of expected) {
      if (en.trim() === '') continue
      if (!(p in t)) problems.push(`missing: ${c.id} ${p}  [en: ${en}]`)
    }
    for (const [p, v] of Object.entries(t)) {
      if (!expected.has(p)) {
        problems.push(`extra: ${c.id} ${p}`)
        continue
      }
      const en = expected.get(p)
      if (en.trim() === '') {
        problems.push(`extra (English is empty): ${c.id} ${p}`)
        continue
      }
      if (typeof v !== 'string') {
        problems.push(`type: ${c.id} ${p} is ${typeof v}`)
        continue
      }
      if (v.trim() === '') {
        problems.push(`empty: ${c.id} ${p}`)
        continue
      }
      nStrings++
      nChars += v.length
      const a = digitGroups(en, true).join(' ')
      const b = digitGroups(v, false).join(' ')
      if (a !== b) problems.push(`digits: ${c.id} ${p}\n    en [${a}]: ${en}\n    ${lang} [${b}]: ${v}`)
      if (en.length > 40 && !/[\u0400-\u04ff]/.test(v)) warnings.push(`latin (untranslated?): ${c.id} ${p}: ${v}`)
    }
  }

  for (const p of problems) console.log(p)
  for (const w of warnings) console.log('warning: ' + w)
  console.error(
    `${path.relative(process.cwd(), file)}: ${Object.keys(tr).length} cases, ${nStrings} strings, ${nChars} characters; ${problems.length} problems, ${warnings.length} warnings`,
  )
  process.exit(problems.length ? 1 : 0)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main()
