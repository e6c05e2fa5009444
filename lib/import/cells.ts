// One cell's text → the value the importer compares and writes (or a problem). References (records,
// organizations, places) are only split here; lib/import/resolve.ts finds what they name.
import { CLEAR_MARKER, LIST_SEPARATOR, type Column } from './columns'
import type { ProblemCode } from './problems'

/** A value as the importer compares it: plain JSON, so "unchanged" is a string comparison. */
export type FlatValue = string | number | boolean | string[] | null
export type Flat = Record<string, FlatValue>

export type CellResult =
  | { t: 'keep' }
  | { t: 'clear' }
  | { t: 'set'; v: FlatValue }
  /** A reference or list of references still to resolve. */
  | { t: 'refs'; tokens: string[] }
  | { t: 'error'; code: ProblemCode; params?: Record<string, string | number> }

const EXTERNAL_ID = /^[\p{L}\p{N}._:/-]{1,100}$/u

export const isExternalId = (s: string) => EXTERNAL_ID.test(s)

/** "2019" | "2019-10" | "2019-10-01" (also 2019.10.01, 01.10.2019) → the canonical text, or null. */
export function parseDateCell(text: string): string | null {
  const iso = /^(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2}))?)?$/.exec(text)
  const dotted = iso ? null : /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  const parts = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : null
  if (!parts) return null
  const [y, mo, d] = parts
  const year = Number(y)
  if (year < 1900 || year > 2100) return null
  if (!mo) return y
  const month = Number(mo)
  if (month < 1 || month > 12) return null
  const mm = String(month).padStart(2, '0')
  if (!d) return `${y}-${mm}`
  const day = Number(d)
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return null
  return `${y}-${mm}-${String(day).padStart(2, '0')}`
}

/** "1 500 000,50" | "1500000.5" → minor units as decimal text ("150000050"), or null. */
export function parseAmountCell(text: string): string | null {
  const t = text.replace(/[\s\u00a0\u202f']/g, '')
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(t)
  if (!m) {
    // thousands separated by commas or dots: 1,500,000 or 1.500.000(,50); "1.500" alone could be
    // either a thousand or one and a half, so one group without decimals is refused, not guessed
    const grouped = /^(\d{1,3}(?:([,.])\d{3})+)(?:([.,])(\d{1,2}))?$/.exec(t)
    if (!grouped || grouped[2] === grouped[3]) return null
    if (!grouped[3] && grouped[1].split(grouped[2]).length < 3) return null
    return minor(grouped[1].replace(/[,.]/g, ''), grouped[4])
  }
  return minor(m[1], m[2])
}

/** The largest amount a form accepts (lib/forms/fields.ts), in minor units. */
const MAX_AMOUNT_MINOR = 1_000_000_000_000n

function minor(whole: string, fraction = ''): string | null {
  const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0')
  return value > MAX_AMOUNT_MINOR ? null : String(value)
}

/** Minor units back to the cell's text: "150000050" → "1500000.50", "100" → "1". */
export function amountText(minorUnits: string): string {
  const n = BigInt(minorUnits)
  const cents = n % 100n
  return cents === 0n ? String(n / 100n) : `${n / 100n}.${String(cents).padStart(2, '0')}`
}

/** A decimal as canonical text without trailing zeros ("35,50" → "35.5"), or null. */
export function parseDecimalCell(text: string): string | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null
  return canonicalDecimal(t)
}

export function canonicalDecimal(t: string): string {
  const [w, f = ''] = t.split('.')
  const whole = w.replace(/^(-?)0+(?=\d)/, '$1')
  const frac = f.replace(/0+$/, '')
  return frac ? `${whole}.${frac}` : whole
}

const YES = new Set(['yes', 'y', '1', 'true', 'да', 'ооба', 'x'])
const NO = new Set(['no', 'n', '0', 'false', 'нет', 'жок'])

export const splitList = (text: string) =>
  text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean)

/** Reads one cell of `column`. A blank keeps the stored value; the clear marker erases it. */
export function readCell(column: Column, raw: string | undefined): CellResult {
  // An apostrophe before = + - @ is how exports (lib/csv/export.ts) keep a text from running as a formula.
  const text = (raw ?? '').trim().replace(/^'(?=[=+\-@])/, '')
  if (!text) return { t: 'keep' }
  if (text.toLowerCase() === CLEAR_MARKER) {
    if (column.required || column.type.t === 'externalId') return { t: 'error', code: 'clearRequired' }
    return { t: 'clear' }
  }
  const type = column.type
  switch (type.t) {
    case 'externalId':
      return isExternalId(text) ? { t: 'set', v: text } : { t: 'error', code: 'badId', params: { value: text } }
    case 'text':
      return text.length > type.max ? { t: 'error', code: 'tooLong', params: { max: type.max } } : { t: 'set', v: text }
    case 'choice': {
      const hit = type.values.find((v) => v.toLowerCase() === text.toLowerCase())
      return hit ? { t: 'set', v: hit } : badChoice(text, type.values)
    }
    case 'choices': {
      const items = splitList(text)
      const values: string[] = []
      for (const item of items) {
        const hit = type.values.find((v) => v.toLowerCase() === item.toLowerCase())
        if (!hit) return badChoice(item, type.values)
        values.push(hit)
      }
      return { t: 'set', v: [...new Set(values)].sort() }
    }
    case 'date': {
      const d = parseDateCell(text)
      return d ? { t: 'set', v: d } : { t: 'error', code: 'badDate', params: { value: text } }
    }
    case 'amount': {
      const a = parseAmountCell(text)
      return a ? { t: 'set', v: a } : { t: 'error', code: 'badAmount', params: { value: text } }
    }
    case 'decimal': {
      const d = parseDecimalCell(text)
      return d ? { t: 'set', v: d } : { t: 'error', code: 'badNumber', params: { value: text } }
    }
    case 'percent': {
      const d = parseDecimalCell(text.replace(/%$/, ''))
      return d !== null && Number(d) >= 0 && Number(d) <= 100 && (d.split('.')[1]?.length ?? 0) <= 4
        ? { t: 'set', v: d }
        : { t: 'error', code: 'badPercent', params: { value: text } }
    }
    case 'integer': {
      const n = Number(text)
      return Number.isInteger(n) && n >= type.min && n <= type.max
        ? { t: 'set', v: n }
        : { t: 'error', code: 'badInteger', params: { value: text, min: type.min, max: type.max } }
    }
    case 'yesNo': {
      const l = text.toLowerCase()
      if (YES.has(l)) return { t: 'set', v: true }
      if (NO.has(l)) return { t: 'set', v: false }
      return { t: 'error', code: 'badYesNo', params: { value: text } }
    }
    case 'publication': {
      const l = text.toLowerCase()
      if (l === 'draft') return { t: 'set', v: 'DRAFT' }
      if (l === 'published') return { t: 'set', v: 'PUBLISHED' }
      return badChoice(text, ['draft', 'published'])
    }
    case 'ref':
    case 'org':
    case 'place':
      return { t: 'refs', tokens: [text] }
    case 'orgs':
    case 'places':
      return { t: 'refs', tokens: splitList(text) }
  }
}

function badChoice(value: string, allowed: readonly string[]): CellResult {
  return { t: 'error', code: 'badChoice', params: { value, allowed: allowed.join(', ') } }
}
