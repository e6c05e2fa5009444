import { warningKeys, type WarningKey } from '@/lib/forms/errors'
import { isOneOf } from '@/lib/one-of'

/** After a save, the record page says so (and repeats any warning) from its query string. */
export function savedQuery(result: { duplicate?: boolean; warnings?: WarningKey[] }): string {
  const q = new URLSearchParams({ saved: result.duplicate ? 'again' : '1' })
  if (result.warnings?.length) q.set('warn', result.warnings.join(','))
  return q.toString()
}

/** The saved flag and warnings a record page may show, from untrusted query text. */
export function readSaved(query: Record<string, string | string[] | undefined>): {
  saved: 'new' | 'again' | null
  warnings: WarningKey[]
} {
  const saved = query.saved === '1' ? 'new' : query.saved === 'again' ? 'again' : null
  const warn = typeof query.warn === 'string' ? query.warn.split(',') : []
  return { saved, warnings: warn.filter(isOneOf(warningKeys)) }
}
