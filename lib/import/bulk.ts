// The importer's bulk writes: one statement per chunk of rows, the rows sent as ONE JSON parameter and
// unpacked by PostgreSQL (json_populate_recordset), instead of Prisma's createMany/updateMany with a bound
// parameter per cell and a statement per updated row. On the embedded database that is about ten times
// faster (docs/BENCHMARKS.md, "Bulk import"); on PostgreSQL it saves the round trips.
// Table and column names come from the importer's own code (model names, the sheets' fields), never from a file.
import { randomBytes } from 'node:crypto'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Db } from './records'

const CHUNK = 5000

/** Tables whose `updatedAt` Prisma fills in (`@updatedAt`: no database default). */
const WITH_UPDATED_AT = new Set([
  'Organization',
  'Programme',
  'Partnership',
  'Project',
  'Grant',
  'Contribution',
  'Outcome',
])
/** Tables whose `id` Prisma generates (`@default(cuid())`): the app generates it here. */
const WITH_GENERATED_ID = new Set(['PartnershipParty', 'ExternalId'])

/** A fresh record id of the registry's shape ('c' + 24 lower-case hex). */
export const newRecordId = () => 'c' + randomBytes(12).toString('hex')

const isNullMarker = (v: unknown) => v === Prisma.DbNull || v === Prisma.JsonNull || v === Prisma.AnyNull
const replacer = (_key: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)
const quoted = (name: string) => {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not a column name: ${name}`)
  return `"${name}"`
}

/** A row as JSON can carry it: Prisma's null markers as null, undefined left out (the column keeps its default). */
function plainRow(row: object, table: string, now: Date): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = isNullMarker(v) ? null : v
  if (WITH_GENERATED_ID.has(table) && out.id === undefined) out.id = newRecordId()
  if (WITH_UPDATED_AT.has(table) && out.updatedAt === undefined) out.updatedAt = now
  return out
}

/** Rows grouped by the columns they name (one statement per group and chunk). */
function byColumns(rows: Record<string, unknown>[]) {
  const groups = new Map<string, Record<string, unknown>[]>()
  for (const r of rows) {
    const key = Object.keys(r).sort().join(',')
    const list = groups.get(key)
    if (list) list.push(r)
    else groups.set(key, [r])
  }
  return [...groups].map(([key, list]) => ({ columns: key.split(','), rows: list }))
}

function* chunked<T>(list: T[]) {
  for (let i = 0; i < list.length; i += CHUNK) yield list.slice(i, i + CHUNK)
}

async function timed<T>(label: string, n: number, run: () => Promise<T>): Promise<T> {
  const t = performance.now()
  const result = await run()
  // IMPORT_TIMING=1: where an import's transaction spends its time (npm run bench:import).
  if (process.env.IMPORT_TIMING && n)
    console.log(`[import] ${label}: ${n} rows in ${((performance.now() - t) / 1000).toFixed(2)} s`)
  return result
}

/** INSERT of many rows of one table (the model's name), a statement per 5,000. */
export async function insertRows(db: Db, table: string, rows: readonly object[]): Promise<void> {
  if (!rows.length) return
  const now = new Date()
  await timed(`insert ${table}`, rows.length, async () => {
    for (const group of byColumns(rows.map((r) => plainRow(r, table, now)))) {
      const list = group.columns.map(quoted).join(', ')
      const sql = `INSERT INTO ${quoted(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`
      for (const part of chunked(group.rows)) await db.$executeRawUnsafe(sql, JSON.stringify(part, replacer))
    }
  })
}

export type VersionedUpdate = { id: string; version: number; data: object }

/**
 * UPDATE of many records of one table, each only if it still has the version read and belongs to `owner`;
 * each written record's version goes up by one. Returns the ids written (the caller compares).
 */
export async function updateVersioned(
  db: Db,
  table: string,
  owner: string,
  updates: readonly VersionedUpdate[],
): Promise<Set<string>> {
  const written = new Set<string>()
  if (!updates.length) return written
  const now = new Date()
  await timed(`update ${table}`, updates.length, async () => {
    const rows = updates.map((u) => plainRow({ ...u.data, id: u.id, version: u.version }, table, now))
    for (const group of byColumns(rows)) {
      const set = group.columns.filter((c) => c !== 'id' && c !== 'version').map((c) => `${quoted(c)} = v.${quoted(c)}`)
      set.push(`"version" = t."version" + 1`)
      const sql =
        `UPDATE ${quoted(table)} AS t SET ${set.join(', ')} ` +
        `FROM json_populate_recordset(NULL::${quoted(table)}, $1::json) AS v ` +
        `WHERE t."id" = v."id" AND t."version" = v."version" AND t."ownerOrganizationId" = $2 RETURNING t."id"`
      for (const part of chunked(group.rows))
        for (const r of await db.$queryRawUnsafe<{ id: string }[]>(sql, JSON.stringify(part, replacer), owner))
          written.add(r.id)
    }
  })
  return written
}

/**
 * Search documents refreshed once per record at the end of the transaction, not after every statement
 * that touches one (migration `…_search_deferred_refresh`, ADR 027). Call first in the transaction;
 * `flushSearch` before it ends.
 */
export async function deferSearch(db: Db): Promise<void> {
  await db.$queryRawUnsafe(`SELECT set_config('registry.search_deferred', 'on', true)`)
}

/** Refreshes the search documents the transaction's writes touched (see deferSearch). */
export async function flushSearch(db: Db): Promise<void> {
  await timed('search documents', 1, () => db.$queryRawUnsafe(`SELECT search_flush()::text`))
}

/** How many written records make statistics worth refreshing before the search documents are built. */
const ANALYZE_AFTER = 1000

/**
 * ANALYZE of the tables a big write filled (inside its transaction: PostgreSQL samples the transaction's
 * own rows). The embedded database has no autovacuum, so without it the planner builds the search
 * documents of 10,000 new projects with plans made for empty tables (a hash join over every place for
 * each project: 2.5× slower). It takes no lock that blocks readers or writers.
 */
export async function analyzeAfterBulk(db: Db, written: number, tables: readonly string[]): Promise<void> {
  if (written < ANALYZE_AFTER || !tables.length) return
  await timed('analyze', written, () => db.$executeRawUnsafe(`ANALYZE ${tables.map(quoted).join(', ')}`))
}
