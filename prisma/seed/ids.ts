import { createHash } from 'node:crypto'

/**
 * Deterministic primary key for a row that comes from a data file, so that seeding twice (or on
 * another machine) gives the same ids: 'c' + 24 hex digits, the shape of the app's cuids.
 */
export function stableId(key: string): string {
  return 'c' + createHash('sha256').update(key).digest('hex').slice(0, 24)
}
