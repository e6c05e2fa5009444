// zod building blocks for form input (all form values arrive as text). Shared by the browser, which
// checks before sending, and the server, which checks again and trusts nothing else.
import '@/lib/zod-config'
import { z } from 'zod'
import { parsePartialDate, type PartialDate } from '@/lib/dates'
import { locales } from '@/lib/i18n/locales'
import { currencies } from '@/lib/money/minor'
import type { ErrorKey } from './errors'

const e = (key: ErrorKey) => ({ error: key })

/** Empty text (or only invisible characters) means "not given". */
const blank = (v: unknown) => (typeof v === 'string' && cleanText(v) === '' ? undefined : v)

// Characters nobody types on purpose and that make text lie about itself: bidi overrides and isolates
// (a name that displays reversed, a file name whose extension hides), zero-width characters (two
// names that look the same but are not), and control characters (NUL and friends, ANSI escapes in
// log lines). Removed in every text field; a multi-line field keeps its line breaks and tabs.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g
const CONTROLS_EXCEPT_TAB_NEWLINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g
const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g

export type TextOptions = { multiline?: boolean }

/** Text as it is kept: invisible and control characters removed, surrounding space trimmed. */
export function cleanText(text: string, { multiline = false }: TextOptions = {}): string {
  let out = text.replace(BIDI_CONTROLS, '').replace(ZERO_WIDTH, '')
  out = multiline
    ? out.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(CONTROLS_EXCEPT_TAB_NEWLINE, '')
    : out.replace(LINE_BREAKS_AND_TABS, ' ').replace(CONTROLS_EXCEPT_TAB_NEWLINE, '')
  return out.trim()
}

const clean = (options?: TextOptions) => (v: unknown) => (typeof v === 'string' ? cleanText(v, options) : v)

export const requiredText = (max = 300, options?: TextOptions) =>
  z.preprocess(clean(options), z.string(e('required')).min(1, e('required')).max(max, e('tooLong')))

export const optionalText = (max = 300, options?: TextOptions) =>
  z.preprocess((v) => blank(clean(options)(v)), z.string(e('invalid')).max(max, e('tooLong')).optional())

export const email = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? cleanText(v).toLowerCase() : v),
    z.email(e('invalidEmail')).max(254, e('tooLong')),
  )

export const optionalEmail = () => z.preprocess(blank, email().optional())

/** A record id chosen in the form (cuid, or the seed's 'c' + 24 hex): only its shape is checked here. */
export const id = () => z.string(e('required')).regex(/^[a-z0-9]{20,40}$/, e('unknownRecord'))
export const requiredId = () => z.preprocess(blank, id())
export const optionalId = () => z.preprocess(blank, id().optional())

/** A random key the page renders into a create form (see lib/forms/submission.ts). */
export const submissionKey = () => z.uuid({ error: 'conflict' })

export const version = () => z.coerce.number(e('conflict')).int(e('conflict')).min(1, e('conflict'))

export const checkbox = () => z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())

export const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, e('invalidChoice'))
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blank, choice(values).optional())

export const sourceLocale = () => choice(locales)

/** {ky?, ru?, en?}; with `required`, at least one language. Empty strings are not translations. */
export function localized({
  required = false,
  max = 300,
  multiline = false,
}: { required?: boolean; max?: number; multiline?: boolean } = {}) {
  const one = optionalText(max, { multiline })
  const shape = z.object({ ky: one, ru: one, en: one }).partial()
  const base = z
    .preprocess((v) => (v === undefined || v === '' ? {} : v), shape)
    .transform((t) => {
      const out: Partial<Record<(typeof locales)[number], string>> = {}
      for (const l of locales) if (t[l]) out[l] = t[l]
      return out
    })
  return required ? base.refine((t) => Object.keys(t).length > 0, e('requiredOneLanguage')) : base
}

/** "2004", "2004-11" or "2004-11-05" → the first day of that period and its precision. */
export const partialDate = () =>
  z.preprocess(blank, z.string(e('required')).trim()).transform((text, ctx): PartialDate => {
    try {
      const parsed = parsePartialDate(text)
      if (parsed && parsed.date.getUTCFullYear() >= 1900 && parsed.date.getUTCFullYear() <= 2100) return parsed
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'invalidDate' })
    return z.NEVER
  })
export const optionalPartialDate = () => z.preprocess(blank, partialDate().optional())

/** The largest amount we accept: ten billion in any currency (in minor units). Larger is a typo. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000n

/**
 * An amount as people type it: "1 500 000", "1500000,50", "2264.8" → integer minor units. Negative,
 * more than two decimals, or absurdly large amounts are refused with their own message.
 */
export const amount = () =>
  z.preprocess(blank, z.string(e('required'))).transform((raw, ctx): bigint => {
    const text = raw.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.')
    if (/^-/.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'amountNegative' })
      return z.NEVER
    }
    const m = /^(\d{1,16})(?:\.(\d{1,2}))?$/.exec(text)
    if (!m) {
      ctx.addIssue({ code: 'custom', message: /^\d{17,}/.test(text) ? 'amountTooLarge' : 'amountInvalid' })
      return z.NEVER
    }
    const minor = BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'))
    if (minor > MAX_AMOUNT_MINOR) {
      ctx.addIssue({ code: 'custom', message: 'amountTooLarge' })
      return z.NEVER
    }
    return minor
  })
export const optionalAmount = () => z.preprocess(blank, amount().optional())

export const currency = () => choice(currencies)
export const optionalCurrency = () => optionalChoice(currencies)

export const optionalYear = () =>
  z.preprocess(
    blank,
    z.coerce
      .number(e('invalidYear'))
      .int(e('invalidYear'))
      .min(1900, e('invalidYear'))
      .max(2100, e('invalidYear'))
      .optional(),
  )

/** A decimal number as typed ("12,5" allowed), kept as text so nothing is lost to floating point. */
export const decimalText = ({ min = 0, max = 1e15 }: { min?: number; max?: number } = {}) =>
  z.preprocess(blank, z.string(e('required'))).transform((raw, ctx) => {
    const text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
    if (!/^-?\d{1,15}(\.\d{1,4})?$/.test(text) || Number(text) < min || Number(text) > max) {
      ctx.addIssue({ code: 'custom', message: 'invalidNumber' })
      return z.NEVER
    }
    return text
  })
export const optionalDecimalText = (o?: { min?: number; max?: number }) =>
  z.preprocess(blank, decimalText(o).optional())

/** A share of the project's cost in percent (0–100) → a fraction 0..1 as decimal text. */
export const optionalPercent = () =>
  z.preprocess(blank, z.string().optional()).transform((raw, ctx) => {
    if (raw === undefined) return undefined
    const text = raw.replace(/[\s%]/g, '').replace(',', '.')
    if (!/^\d{1,3}(\.\d{1,4})?$/.test(text) || Number(text) > 100) {
      ctx.addIssue({ code: 'custom', message: 'shareInvalid' })
      return z.NEVER
    }
    return (Number(text) / 100).toFixed(6)
  })

/** Ends after it starts. First days are compared, as the database does ("2024-05" to "2024" is refused). */
export function datesInOrder(start: unknown, end: unknown): boolean {
  if (!isPartialDate(start) || !isPartialDate(end)) return true
  return start.date.getTime() <= end.date.getTime()
}

const isPartialDate = (v: unknown): v is PartialDate =>
  typeof v === 'object' && v !== null && (v as PartialDate).date instanceof Date

/**
 * Cross-field checks run even when a field has failed, so the form lists every error at once. Their
 * functions therefore see raw values for the failed fields and must check what they read.
 */
export const always = { when: () => true }
