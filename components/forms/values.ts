import type { FormValues } from '@/lib/forms/state'

// Reading a form's initial values (as the server sends them back) in the shape an input wants.

/** One text value; '' when absent or a list. */
export function textValue(values: FormValues, name: string): string {
  const value = values[name]
  return typeof value === 'string' ? value : ''
}

/** The values of a multi-valued field ("territoryIds[]", "themes[]"); [] when absent. */
export function listValue(values: FormValues, name: string): string[] {
  const value = values[name]
  return Array.isArray(value) ? value : []
}

/** The row numbers present in a list of rows named "<list>.<n>.<field>", in order. */
export function rowIndexes(values: FormValues, list: string): number[] {
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.`)
  return [...new Set(Object.keys(values).flatMap((k) => pattern.exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b)
}
