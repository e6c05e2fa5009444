// Merging a duplicate organization into another, and undoing it (issue 12, item 6; ADR 018). One
// transaction each. The merge moves every reference (./relations.ts) from the merged organization to
// the survivor, drops the rows that would then say the same thing twice (the same member, the same
// party on one partnership), turns the merged one's names into aliases of the survivor, fills the
// survivor's empty identifiers from it, and deletes it — keeping all it deleted in an
// OrganizationMerge row, so that undo puts back exactly what was there. Undo is refused once any
// record involved has been changed since (its version moved on, the import undo's rule) or is gone.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client'
import { adminAccess, REGISTRY_EDITORS_ID, type Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { AppError, notFound } from '@/lib/errors'
import { normalizeName } from '@/lib/text'
import { organizationReferences, referenceName, type OrganizationReference } from './relations'
import {
  deleteReturning,
  duplicates,
  ident,
  insertRows,
  keyOf,
  pointsAt,
  versionedIdOf,
  type Db,
  type StoredRow,
} from './sql'

/** A reference's stable name in a merge record (the list may be reordered between merge and undo). */
const refId = (r: OrganizationReference) => `${r.table}.${r.column}`
const refById = new Map(organizationReferences.map((r) => [refId(r), r]))

/** The survivor's fields a merge fills from the merged organization when the survivor has none. */
const FILLABLE = [
  'tin',
  'okpo',
  'homeTerritoryId',
  'governsTerritoryId',
  'foundedYear',
  'contactEmail',
  'contactPhone',
  'contactAddress',
] as const

export type MergeRecord = {
  deleted: { organization: StoredRow; translations: StoredRow[] }
  dropped: Record<string, StoredRow[]>
  moved: Record<string, string[][]>
  aliasesAdded: string[]
  /** The survivor's filled fields as they were (null). */
  survivorBefore: Record<string, unknown>
  /** table → record id → version right after the merge. */
  versions: Record<string, Record<string, number>>
  /** The survivor's party rows made lead because the dropped row of the merged organization was (undo clears them). */
  leadCarried?: string[]
}

export type MergeCounts = Record<string, { moved: number; dropped: number }>
export type ExternalIdConflict = { kind: string; externalId: string }

export class MergeRefused extends AppError {
  constructor(
    key: 'mergeSameOrganization' | 'mergeExternalIdConflict' | 'mergeSystemOrganization',
    readonly conflicts: ExternalIdConflict[] = [],
  ) {
    super('invalid', key, 'mergedId')
  }
}

/** The same external id for the same kind in both organizations' namespaces: the merge must not guess. */
export async function externalIdConflicts(db: Db, survivorId: string, mergedId: string) {
  return db.$queryRaw<ExternalIdConflict[]>`
    SELECT m.kind, m."externalId" FROM "ExternalId" m
    JOIN "ExternalId" s ON s."organizationId" = ${survivorId} AND s.kind = m.kind AND s."externalId" = m."externalId"
    WHERE m."organizationId" = ${mergedId}
    ORDER BY m.kind, m."externalId"`
}

/** What a merge would move and drop, by reference; nothing written. */
export async function countReferences(db: Db, survivorId: string, mergedId: string): Promise<MergeCounts> {
  const counts: MergeCounts = {}
  for (const r of organizationReferences) {
    const dup = r.sameAs ? duplicates(r, survivorId) : Prisma.sql`false`
    const [row] = await db.$queryRaw<{ total: number; dropped: number }[]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE ${dup})::int AS dropped
      FROM ${ident(r.table)} t WHERE ${pointsAt(r, mergedId, mergedId)}`
    const name = referenceName(r)
    const c = (counts[name] ??= { moved: 0, dropped: 0 })
    c.moved += row.total - row.dropped
    c.dropped += row.dropped
  }
  return counts
}

/** The merged organization's names and aliases the survivor does not answer to yet. */
function newAliases(
  survivor: { name: unknown },
  survivorAliases: string[],
  merged: { name: unknown },
): { name: string; normalized: string; locale: 'ky' | 'ru' | 'en' | null }[] {
  const known = new Set(
    [...Object.values((survivor.name ?? {}) as Record<string, string>), ...survivorAliases].map(normalizeName),
  )
  const out: { name: string; normalized: string; locale: 'ky' | 'ru' | 'en' | null }[] = []
  for (const [locale, name] of Object.entries((merged.name ?? {}) as Record<string, string>)) {
    const normalized = typeof name === 'string' ? normalizeName(name) : ''
    if (!normalized || known.has(normalized)) continue
    known.add(normalized)
    out.push({ name, normalized, locale: ['ky', 'ru', 'en'].includes(locale) ? (locale as 'ky') : null })
  }
  return out
}

export async function previewMerge(db: PrismaClient, survivorId: string, mergedId: string) {
  const [survivor, merged] = await Promise.all([
    db.organization.findUnique({ where: { id: survivorId }, include: { aliases: true } }),
    db.organization.findUnique({ where: { id: mergedId }, include: { aliases: true } }),
  ])
  if (!survivor || !merged || survivorId === mergedId) return null
  const aliases = [...survivor.aliases.map((a) => a.name), ...merged.aliases.map((a) => a.name)]
  return {
    survivor,
    merged,
    counts: await countReferences(db, survivorId, mergedId),
    conflicts: await externalIdConflicts(db, survivorId, mergedId),
    aliasesAdded: newAliases(survivor, aliases, merged).map((a) => a.name),
    filled: FILLABLE.filter((f) => survivor[f] === null && merged[f] !== null),
  }
}

const TX = { timeout: 120_000, maxWait: 30_000 }

/** Merges `mergedId` into `survivorId` (an admin's act). Returns the merge's id. */
export async function mergeOrganizations(
  db: PrismaClient,
  actor: Actor,
  survivorId: string,
  mergedId: string,
): Promise<{ id: string; counts: MergeCounts }> {
  if (!actor.isAdmin) throw notFound()
  if (survivorId === mergedId) throw new MergeRefused('mergeSameOrganization')
  if (mergedId === REGISTRY_EDITORS_ID || survivorId === REGISTRY_EDITORS_ID)
    throw new MergeRefused('mergeSystemOrganization')
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Organization" WHERE id IN (${survivorId}, ${mergedId}) ORDER BY id FOR UPDATE`
    if (locked.length !== 2) throw notFound()
    const conflicts = await externalIdConflicts(tx, survivorId, mergedId)
    if (conflicts.length) throw new MergeRefused('mergeExternalIdConflict', conflicts)

    const survivor = await tx.organization.findUniqueOrThrow({ where: { id: survivorId } })
    const merged = await tx.organization.findUniqueOrThrow({ where: { id: mergedId } })
    const counts = await countReferences(tx, survivorId, mergedId)
    const [{ row: organization }] = await tx.$queryRaw<{ row: StoredRow }[]>`
      SELECT row_to_json(t) AS row FROM "Organization" t WHERE t.id = ${mergedId}`

    const record: MergeRecord = {
      deleted: { organization, translations: [] },
      dropped: {},
      moved: {},
      aliasesAdded: [],
      survivorBefore: {},
      versions: {},
    }
    const touched = new Map<string, Set<string>>([['Organization', new Set([survivorId])]])
    const touch = (table: string, id: unknown) => {
      if (typeof id !== 'string') return
      if (!touched.has(table)) touched.set(table, new Set())
      touched.get(table)!.add(id)
    }

    // Duplicates first (they would break a unique key, or say the same thing twice), then the moves.
    for (const r of organizationReferences) {
      if (!r.sameAs) continue
      const rows = await deleteReturning(
        tx,
        r.table,
        Prisma.sql`${pointsAt(r, mergedId, mergedId)} AND ${duplicates(r, survivorId)}`,
      )
      if (!rows.length) continue
      record.dropped[refId(r)] = rows
      if (r.versioned) for (const row of rows) touch(r.versioned.table, row[r.versioned.via ?? 'id'])
    }
    for (const r of organizationReferences) {
      const rows = await tx.$queryRaw<{ key: string[]; versioned: string | null }[]>`
        UPDATE ${ident(r.table)} AS t SET ${ident(r.column)} = ${survivorId}
        WHERE ${pointsAt(r, mergedId, mergedId)}
        RETURNING ${keyOf(r)} AS key, ${versionedIdOf(r)} AS versioned`
      if (!rows.length) continue
      record.moved[refId(r)] = rows.map((x) => x.key)
      if (r.versioned) for (const x of rows) touch(r.versioned.table, x.versioned)
    }

    // A dropped party row that was the lead leaves its lead to the survivor's row on the same partnership.
    const droppedLeads = (record.dropped['PartnershipParty.organizationId'] ?? [])
      .filter((p) => p.isLead === true)
      .map((p) => p.partnershipId as string)
    if (droppedLeads.length)
      record.leadCarried = (
        await tx.$queryRaw<{ id: string }[]>`
          UPDATE "PartnershipParty" SET "isLead" = true
          WHERE "organizationId" = ${survivorId} AND "partnershipId" = ANY(${droppedLeads}::text[]) AND NOT "isLead"
          RETURNING id`
      ).map((r) => r.id)

    // The translations of what is deleted: the merged organization's name, the dropped parties' roles.
    const droppedParties = (record.dropped['PartnershipParty.organizationId'] ?? []).map((p) => p.id as string)
    record.deleted.translations = await deleteReturning(
      tx,
      'TextTranslation',
      Prisma.sql`(t.entity = 'Organization' AND t."entityId" = ${mergedId})
        OR (t.entity = 'PartnershipParty' AND t."entityId" = ANY(${droppedParties}::text[]))`,
    )
    await tx.organization.delete({ where: { id: mergedId } })

    const survivorAliases = await tx.organizationAlias.findMany({ where: { organizationId: survivorId } })
    for (const a of newAliases(
      survivor,
      survivorAliases.map((x) => x.name),
      merged,
    )) {
      const created = await tx.organizationAlias.create({ data: { organizationId: survivorId, ...a } })
      record.aliasesAdded.push(created.id)
    }
    const fill: Record<string, unknown> = {}
    for (const f of FILLABLE)
      if (survivor[f] === null && merged[f] !== null) {
        record.survivorBefore[f] = null
        fill[f] = merged[f]
      }
    await tx.organization.update({ where: { id: survivorId }, data: { ...fill, version: { increment: 1 } } })
    record.versions = await versionsOf(tx, touched)

    const merge = await tx.organizationMerge.create({
      data: {
        survivorId,
        mergedId,
        mergedSlug: merged.slug,
        mergedName: merged.name as Prisma.InputJsonValue,
        record: record as unknown as Prisma.InputJsonValue,
        counts,
        actorUserId: actor.userId,
      },
    })
    await writeAudit(tx, actor, adminAccess, {
      entity: 'Organization',
      entityId: survivorId,
      action: 'UPDATE',
      before: { version: survivor.version, ...record.survivorBefore },
      after: { version: survivor.version + 1, ...fill, mergedFrom: mergedId, mergeId: merge.id, counts },
    })
    await writeAudit(tx, actor, adminAccess, {
      entity: 'Organization',
      entityId: mergedId,
      action: 'DELETE',
      before: { ...organization, mergedInto: survivorId, mergeId: merge.id },
      after: null,
    })
    return { id: merge.id, counts }
  }, TX)
}

async function versionsOf(db: Db, touched: Map<string, Set<string>>) {
  const out: Record<string, Record<string, number>> = {}
  for (const [table, ids] of touched) {
    const rows = await db.$queryRaw<{ id: string; version: number }[]>`
      SELECT id, version FROM ${ident(table)} WHERE id = ANY(${[...ids]}::text[])`
    out[table] = Object.fromEntries(rows.map((r) => [r.id, r.version]))
  }
  return out
}

export type UndoBlocker = { entity: string; id: string; reason: 'changed' | 'deleted' | 'slugTaken' | 'undone' }

/** Why the merge can no longer be undone: the records involved that changed or went since; [] if it can. */
export async function undoBlockers(
  db: Db,
  merge: { undoneAt: Date | null; mergedSlug: string; record: unknown },
): Promise<UndoBlocker[]> {
  const record = merge.record as MergeRecord
  const mergedId = record.deleted.organization.id as string
  if (merge.undoneAt) return [{ entity: 'Organization', id: mergedId, reason: 'undone' }]
  const blockers: UndoBlocker[] = []
  const now = await versionsOf(
    db,
    new Map(Object.entries(record.versions).map(([t, v]) => [t, new Set(Object.keys(v))])),
  )
  for (const [table, versions] of Object.entries(record.versions))
    for (const [id, version] of Object.entries(versions)) {
      const current = now[table]?.[id]
      if (current === undefined) blockers.push({ entity: table, id, reason: 'deleted' })
      else if (current !== version) blockers.push({ entity: table, id, reason: 'changed' })
    }
  const [taken] = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Organization" WHERE slug = ${merge.mergedSlug} OR id = ${mergedId} LIMIT 1`
  if (taken) blockers.push({ entity: 'Organization', id: taken.id, reason: 'slugTaken' })
  return blockers
}

export class UndoRefused extends AppError {
  constructor(readonly blockers: UndoBlocker[]) {
    super('conflict', blockers.some((b) => b.reason === 'undone') ? 'mergeAlreadyUndone' : 'mergeChangedSince')
  }
}

/** Puts everything back as it was before the merge, or refuses (UndoRefused) and changes nothing. */
export async function undoMerge(db: PrismaClient, actor: Actor, mergeId: string): Promise<{ survivorId: string }> {
  if (!actor.isAdmin) throw notFound()
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "OrganizationMerge" WHERE id = ${mergeId} FOR UPDATE`
    if (!locked) throw notFound()
    const merge = await tx.organizationMerge.findUniqueOrThrow({ where: { id: mergeId } })
    await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${merge.survivorId} FOR UPDATE`
    const blockers = await undoBlockers(tx, merge)
    if (blockers.length) throw new UndoRefused(blockers)
    const record = merge.record as unknown as MergeRecord
    const { survivorId, mergedId } = merge

    const filled = Object.keys(record.survivorBefore)
    await tx.organization.update({
      where: { id: survivorId },
      data: { ...record.survivorBefore, version: { increment: 1 } },
    })
    await tx.organizationAlias.deleteMany({ where: { id: { in: record.aliasesAdded } } })
    await insertRows(tx, 'Organization', [record.deleted.organization])
    // Back, in the reverse order of the moves; each row must still be where the merge put it.
    for (const r of [...organizationReferences].reverse()) {
      const keys = record.moved[refId(r)]
      if (!keys?.length) continue
      const n = await tx.$executeRaw`
        UPDATE ${ident(r.table)} AS t SET ${ident(r.column)} = ${mergedId}
        WHERE t.${ident(r.column)} = ${survivorId}
          AND ${keyOf(r)} IN (SELECT jsonb_array_elements(${JSON.stringify(keys)}::jsonb))`
      if (n !== keys.length) throw new UndoRefused([{ entity: r.model, id: keys[0].join(':'), reason: 'changed' }])
    }
    if (record.leadCarried?.length)
      await tx.$executeRaw`
        UPDATE "PartnershipParty" SET "isLead" = false WHERE id = ANY(${record.leadCarried}::text[])`
    for (const [ref, rows] of Object.entries(record.dropped)) {
      const r = refById.get(ref)
      if (r) await insertRows(tx, r.table, rows)
    }
    await insertRows(tx, 'TextTranslation', record.deleted.translations)
    await tx.organizationMerge.update({
      where: { id: mergeId },
      data: { undoneAt: new Date(), undoneById: actor.userId },
    })
    await writeAudit(tx, actor, adminAccess, {
      entity: 'Organization',
      entityId: mergedId,
      action: 'CREATE',
      before: null,
      after: { ...record.deleted.organization, restoredByUndoOf: mergeId },
    })
    await writeAudit(tx, actor, adminAccess, {
      entity: 'Organization',
      entityId: survivorId,
      action: 'UPDATE',
      before: { mergedFrom: mergedId, mergeId },
      after: { mergedFrom: null, undoneMergeId: mergeId, restored: filled },
    })
    return { survivorId }
  }, TX)
}

/** The latest merge into an organization (undone or not), for its merge page. */
export function latestMergeInto(db: PrismaClient, survivorId: string) {
  return db.organizationMerge.findFirst({ where: { survivorId }, orderBy: { createdAt: 'desc' } })
}
