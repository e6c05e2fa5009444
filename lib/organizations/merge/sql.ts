// SQL over the reference list (./relations.ts): which rows of a table point at an organization, which
// of those duplicate a row of another organization, and rows as JSON in and out, so that a merge can
// keep what it deletes and put it back unchanged. Identifiers come from the constant list only.
import { Prisma } from '@/lib/generated/prisma/client'
import type { OrganizationReference } from './relations'

export type Db = Pick<Prisma.TransactionClient, '$queryRaw' | '$executeRaw'>

export const ident = (name: string) => Prisma.raw(`"${name.replace(/"/g, '')}"`)

/** `t."column" = org` (and the reference's own conditions), on alias t. */
export function pointsAt(r: OrganizationReference, org: string, merged: string): Prisma.Sql {
  const parts = [Prisma.sql`t.${ident(r.column)} = ${org}`]
  if (r.notTheMergedRow) parts.push(Prisma.sql`t.id <> ${merged}`)
  if (r.where) parts.push(Prisma.raw(r.where))
  return Prisma.join(parts, ' AND ')
}

/** The row t (of the merged organization) duplicates one the survivor already has. */
export function duplicates(r: OrganizationReference, survivor: string): Prisma.Sql {
  const same = (r.sameAs ?? []).map((c) => Prisma.sql` AND s.${ident(c)} = t.${ident(c)}`)
  return Prisma.sql`EXISTS (SELECT 1 FROM ${ident(r.table)} s WHERE s.${ident(r.column)} = ${survivor}${Prisma.join(same, '')})`
}

/** A row's key as a JSON array of text, comparable with what the merge record keeps. */
export const keyOf = (r: OrganizationReference) =>
  Prisma.sql`jsonb_build_array(${Prisma.join(
    r.key.map((k) => Prisma.sql`t.${ident(k)}::text`),
    ', ',
  )})`

/** The id of the versioned record a row belongs to (itself, or its parent), or null. */
export const versionedIdOf = (r: OrganizationReference) =>
  r.versioned ? Prisma.sql`t.${ident(r.versioned.via ?? 'id')}` : Prisma.sql`NULL::text`

/** Rows of a table as JSON objects, each exactly as stored (put back with `insertRows`). */
export type StoredRow = Record<string, unknown>

export async function deleteReturning(db: Db, table: string, where: Prisma.Sql): Promise<StoredRow[]> {
  const rows = await db.$queryRaw<{ row: StoredRow }[]>`
    DELETE FROM ${ident(table)} AS t WHERE ${where} RETURNING row_to_json(t) AS row`
  return rows.map((r) => r.row)
}

export async function insertRows(db: Db, table: string, rows: StoredRow[]): Promise<void> {
  if (!rows.length) return
  await db.$executeRaw`
    INSERT INTO ${ident(table)}
    SELECT * FROM json_populate_recordset(NULL::${ident(table)}, ${JSON.stringify(rows)}::json)`
}
