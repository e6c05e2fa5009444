// Writes the column tables of docs/IMPORT.md from lib/import/columns.ts (`npm run import:docs`), so the
// documentation cannot drift from what the importer reads.
import { readFileSync, writeFileSync } from 'node:fs'
import { CLEAR_MARKER, importKinds, sheets } from '../lib/import/columns'

const START = '<!-- columns:start -->'
const END = '<!-- columns:end -->'

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const parts = importKinds.map((kind) => {
  const sheet = sheets[kind]
  const rows = sheet.columns.map(
    (c) =>
      `| \`${c.name}\` | ${c.required ? 'yes' : ''} | ${cell(c.notes.en)} | ${cell(c.notes.ru)} | ${cell(c.notes.ky)} |`,
  )
  return [
    `### \`${kind}\``,
    '',
    `${sheet.notes.en} — ${sheet.notes.ru} — ${sheet.notes.ky}`,
    '',
    '| Column | Required | English | Русский | Кыргызча |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
})
const path = new URL('../docs/IMPORT.md', import.meta.url)
const doc = readFileSync(path, 'utf8')
const [before, rest] = doc.split(START)
const after = rest.split(END)[1]
const marker = `Clear marker: \`${CLEAR_MARKER}\`.`
writeFileSync(path, `${before}${START}\n\n${marker}\n\n${parts.join('\n')}\n${END}${after}`)
