import type { z } from 'zod'
import { isErrorKey, type ErrorKey } from './errors'
import type { FieldErrors, FormValues } from './state'

/**
 * Form fields → nested input for a zod schema. Names are paths: "title.en" → {title: {en}},
 * "parties.0.role.ky" → {parties: [{role: {ky}}]}; a name ending in "[]" collects every value into an
 * array ("territoryIds[]"). Rows removed from a list leave holes, which are dropped. Next's own
 * fields ($ACTION_…) and files are ignored.
 */
export function formDataToObject(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [name, value] of entries) {
    if (name.startsWith('$ACTION') || typeof value !== 'string') continue
    if (name.endsWith('[]')) {
      const list = getOrCreate(root, name.slice(0, -2).split('.'), () => [] as unknown[]) as unknown[]
      list.push(value)
    } else setPath(root, name.split('.'), value)
  }
  return compact(root) as Record<string, unknown>
}

/** The submitted text, by field name, for showing it again (arrays for repeated "[]" names). */
export function formValues(entries: Iterable<[string, FormDataEntryValue]>): FormValues {
  const out: FormValues = {}
  for (const [name, value] of entries) {
    if (name.startsWith('$ACTION') || typeof value !== 'string') continue
    if (name.endsWith('[]')) out[name] = [...((out[name] as string[] | undefined) ?? []), value]
    else out[name] = value
  }
  return out
}

/** Every issue of a failed parse, by field path, as error keys (all of them, not only the first). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    const name = issue.path.map(String).join('.') || '_form'
    const key = keyOf(issue)
    const list = (out[name] ??= [])
    if (!list.includes(key)) list.push(key)
  }
  return out
}

function keyOf(issue: z.core.$ZodIssue): ErrorKey {
  if (isErrorKey(issue.message)) return issue.message
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? 'required' : 'invalid'
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'invalid'
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : 'invalid'
    case 'invalid_format':
      return issue.format === 'email' ? 'invalidEmail' : 'invalid'
    case 'invalid_value':
      return 'invalidChoice'
    default:
      return 'invalid'
  }
}

const isIndex = (s: string) => /^\d{1,4}$/.test(s)
const unsafe = new Set(['__proto__', 'prototype', 'constructor'])

function getOrCreate(root: Record<string, unknown>, path: string[], make: () => unknown): unknown {
  let node: Record<string, unknown> | unknown[] = root
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    if (unsafe.has(key)) return make() // never write to prototypes; the value is dropped
    const last = i === path.length - 1
    const next = (node as Record<string, unknown>)[key]
    if (next === undefined || next === null || typeof next !== 'object') {
      const created = last ? make() : isIndex(path[i + 1]) ? [] : {}
      ;(node as Record<string, unknown>)[key] = created
      node = created as Record<string, unknown>
    } else node = next as Record<string, unknown>
  }
  return node
}

function setPath(root: Record<string, unknown>, path: string[], value: string) {
  if (path.some((p) => unsafe.has(p))) return
  const parent = getOrCreate(root, path.slice(0, -1), () => (isIndex(path[path.length - 1]) ? [] : {})) as Record<
    string,
    unknown
  >
  if (path.length === 1) root[path[0]] = value
  else if (typeof parent === 'object' && parent !== null) parent[path[path.length - 1]] = value
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]))
  return value
}

/** Field name of an error raised by a mutation, for the list row it concerns. */
export function errorsFor(field: string, key: ErrorKey): FieldErrors {
  return { [field]: [key] }
}
