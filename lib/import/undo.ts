// Undo of an organization's latest import: the records it created are deleted, the ones it updated get
// back the values it replaced, and its new external ids are forgotten — all in one transaction. Refused,
// with the records named, once any of them has been changed since (its version moved on) or when a
// record it created is now used by records it did not create.
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { importKinds, type ImportKind } from './columns'
import type { Flat } from './cells'
import { deferSearch, flushSearch, insertRows } from './bulk'
import { applyPlan, ChangedMeanwhileError, commitContext, importAudit, preparePlan } from './commit'
import { delegate, loadStored, modelOf } from './records'
import type { Acting, Plan, PlanItem } from './stage'

export type UndoRefusal = {
  kind: ImportKind
  externalId: string
  reason: 'changed' | 'deleted' | 'inUse' | 'named'
}
export type UndoResult =
  | { ok: true; batchId: string; deleted: number; restored: number }
  | { ok: false; reason: 'nothing' }
  | { ok: false; reason: 'changed'; records: UndoRefusal[] }

const TX = { timeout: 10 * 60_000, maxWait: 60_000 }

/**
 * Rows that hang on a record of a kind, so that deleting the record would take them along or fail:
 * [kind, model, the column naming the record]. Records of the sheets first, then models without a sheet
 * (a memorandum, a case study).
 */
const HANGING_ON = [
  ['projects', modelOf.contributions, 'projectId'],
  ['projects', modelOf.outcomes, 'projectId'],
  ['projects', modelOf.grants, 'projectId'],
  ['programmes', modelOf.projects, 'programmeId'],
  ['programmes', modelOf.grants, 'programmeId'],
  ['programmes', modelOf.outcomes, 'programmeId'],
  ['partnerships', modelOf.projects, 'partnershipId'],
  ['grants', modelOf.contributions, 'grantId'],
  ['partnerships', 'agreement', 'partnershipId'],
  ['partnerships', 'caseStudy', 'partnershipId'],
] as const

/** Where records name an organization: [model, column, the record the row belongs to]. */
const ORGANIZATION_USES = [
  ['partnershipParty', 'organizationId', 'partnershipId'],
  ['programmeParty', 'organizationId', 'programmeId'],
  ['grant', 'funderId', 'id'],
  ['grant', 'recipientId', 'id'],
  ['contribution', 'partyOrganizationId', 'id'],
  ['contributionGroupMember', 'organizationId', 'contributionId'],
  ['agreementParty', 'organizationId', 'agreementId'],
  ['caseStudy', 'organizationId', 'id'],
  ['membership', 'organizationId', 'id'],
  ...(['organization', 'programme', 'partnership', 'project', 'grant', 'contribution', 'outcome'] as const).map(
    (m) => [m, 'ownerOrganizationId', 'id'] as const,
  ),
  ['agreement', 'ownerOrganizationId', 'id'],
  ['caseStudy', 'ownerOrganizationId', 'id'],
  ['document', 'ownerOrganizationId', 'id'],
] as const

/**
 * Of `ids` (records the import created), those that rows of `model` name in `field` while belonging
 * (`record`) to a record the import did not create; one entry per such row.
 */
async function namedByOthers(
  db: PrismaClient,
  [model, field, record]: readonly [string, string, string],
  ids: string[],
  createdIds: ReadonlySet<string>,
) {
  if (!ids.length) return []
  const m = db[model as 'agreement'] as unknown as { findMany(a: object): Promise<Record<string, string>[]> }
  const rows = await m.findMany({ where: { [field]: { in: ids } }, select: { [field]: true, [record]: true } })
  return rows.filter((r) => !createdIds.has(r[record])).map((r) => r[field])
}

/** The latest import of the organization that has not been undone. */
export function latestImport(db: PrismaClient, organizationId: string) {
  return db.importBatch.findFirst({ where: { organizationId, undoneAt: null }, orderBy: { createdAt: 'desc' } })
}

export async function undoLatestImport(db: PrismaClient, acting: Acting): Promise<UndoResult> {
  const batch = await latestImport(db, acting.organizationId)
  if (!batch) return { ok: false, reason: 'nothing' }
  const changes = await db.importChange.findMany({ where: { batchId: batch.id } })
  const ext = new Map(
    (
      await db.externalId.findMany({
        where: { organizationId: acting.organizationId, entityId: { in: changes.map((c) => c.entityId) } },
        select: { entityId: true, externalId: true },
      })
    ).map((e) => [e.entityId, e.externalId]),
  )
  const refusals: UndoRefusal[] = []
  const refuse = (kind: string, entityId: string, reason: UndoRefusal['reason']) =>
    refusals.push({ kind: kind as ImportKind, externalId: ext.get(entityId) ?? entityId, reason })

  // What each record is now.
  const items: PlanItem[] = []
  const created = new Map<ImportKind, string[]>(importKinds.map((k) => [k, []]))
  for (const kind of importKinds) {
    const mine = changes.filter((c) => c.kind === kind && c.action !== 'LINK')
    if (!mine.length) continue
    const now = new Map((await loadStored(db, kind, { id: { in: mine.map((c) => c.entityId) } })).map((s) => [s.id, s]))
    for (const c of mine) {
      const current = now.get(c.entityId)
      if (!current) refuse(kind, c.entityId, 'deleted')
      else if (current.version !== c.versionAfter) refuse(kind, c.entityId, 'changed')
      else if (c.action === 'CREATE') created.get(kind)!.push(c.entityId)
      else {
        const before = (c.before ?? {}) as Flat
        items.push({
          kind,
          sheet: kind,
          row: 0,
          externalId: ext.get(c.entityId) ?? c.entityId,
          id: c.entityId,
          action: 'update',
          flat: { ...current.flat, ...before },
          changed: Object.keys(before),
          before: Object.fromEntries(Object.keys(before).map((f) => [f, current.flat[f] ?? null])),
          version: current.version,
          newExternalId: false,
        })
      }
    }
  }
  // Records it created that others' records now hang on (deleting would take those along or fail), and
  // organizations it created that others' records now name (a partner, a donor, a contributor, an owner).
  const createdIds = new Set([...created.values()].flat())
  for (const [kind, model, field] of HANGING_ON)
    for (const id of await namedByOthers(db, [model, field, 'id'], created.get(kind)!, createdIds))
      refuse(kind, id, 'inUse')
  for (const use of ORGANIZATION_USES)
    for (const id of await namedByOthers(db, use, created.get('organizations')!, createdIds))
      refuse('organizations', id, 'named')
  if (refusals.length) return { ok: false, reason: 'changed', records: dedupe(refusals) }

  const plan: Plan = { items, problems: [], counts: { created: 0, updated: items.length, unchanged: 0 }, byKind: {} }
  const prepared = preparePlan(plan, acting, await commitContext(db, plan))
  const audit = importAudit(acting)
  try {
    await db.$transaction(async (tx) => {
      await deferSearch(tx)
      await applyPlan(tx, prepared, acting)
      for (const kind of [...importKinds].reverse()) {
        const ids = created.get(kind)!
        if (!ids.length) continue
        const n = await delegate(tx, kind).deleteMany({
          where: { id: { in: ids }, version: 1, ownerOrganizationId: acting.organizationId },
        })
        if (n.count !== ids.length) throw new ChangedMeanwhileError({ kind, id: ids[0] } as PlanItem)
      }
      await tx.externalId.deleteMany({
        where: {
          organizationId: acting.organizationId,
          entityId: { in: changes.filter((c) => c.newExternalId).map((c) => c.entityId) },
        },
      })
      await tx.importBatch.update({
        where: { id: batch.id },
        data: { undoneAt: new Date(), undoneById: acting.actor?.userId ?? null },
      })
      await insertRows(tx, 'AuditEvent', [
        ...items.map((i) => audit(i, 'UPDATE', i.before, Object.fromEntries(i.changed.map((f) => [f, i.flat[f]])))),
        ...[...created].flatMap(([kind, ids]) =>
          ids.map((id) => audit({ kind, id }, 'DELETE', { importBatchId: batch.id }, null)),
        ),
      ])
      await flushSearch(tx)
    }, TX)
  } catch (e) {
    if (!(e instanceof ChangedMeanwhileError)) throw e
    return {
      ok: false,
      reason: 'changed',
      records: [{ kind: e.item.kind, externalId: ext.get(e.item.id) ?? e.item.id, reason: 'changed' }],
    }
  }
  return { ok: true, batchId: batch.id, deleted: createdIds.size, restored: items.length }
}

function dedupe(list: UndoRefusal[]): UndoRefusal[] {
  const seen = new Set<string>()
  return list.filter((r) => {
    const k = `${r.kind}:${r.externalId}:${r.reason}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
