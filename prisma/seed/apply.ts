// Writes a plan into the database so that it holds exactly the planned rows: missing rows are
// created, changed rows updated, rows of a seeded scope that the data no longer has are deleted, and
// unchanged rows are not touched (a second run writes nothing, so `updatedAt` and the audit trail
// stay as they were). Everything happens in one transaction: a failure leaves the database as it was.
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { Prisma } from '@/lib/generated/prisma/client'
import { canonical, toJson } from '@/lib/json-value'
import type { Plan } from './plan'
import type { LinkRow, Row } from './plan/rows'

type Tx = Prisma.TransactionClient
type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>
  createMany(args: object): Promise<unknown>
  update(args: object): Promise<unknown>
  deleteMany(args: object): Promise<{ count: number }>
}

export type SyncCounts = Record<string, { created: number; updated: number; deleted: number }>

/** Records whose changes are audited (join rows and boundaries are not records of their own). */
const AUDITED = new Set([
  'territory',
  'organization',
  'exchangeRate',
  'usdExchangeRate',
  'partnership',
  'project',
  'contribution',
  'outcome',
  'agreement',
  'caseStudy',
])

export async function applyPlan(prisma: PrismaClient, plan: Plan): Promise<SyncCounts> {
  const counts: SyncCounts = {}
  await prisma.$transaction(
    async (tx) => {
      const sync = (model: string, rows: Row[], staleScope?: object) => syncRows(tx, model, rows, staleScope, counts)
      await sync('territory', plan.territories)
      await sync(
        'territoryBoundary',
        plan.boundaries.map((b) => ({ ...b, territoryId: b.id })),
      )
      await sync('exchangeRate', plan.exchangeRates)
      await sync('usdExchangeRate', plan.usdExchangeRates)
      await sync('organization', [plan.registryEditors, ...plan.lsgBodies], { externalKey: { startsWith: 'lsg:' } })
      await sync('textTranslation', plan.textTranslations, {
        entityId: { in: [...plan.territories, ...plan.lsgBodies].map((r) => r.id) },
      })
      const cb = plan.casebook
      if (!cb) return
      await sync('sourceDocument', cb.sourceDocuments)
      await sync('organization', cb.organizations, { externalKey: { startsWith: 'casebook-org:' } })
      await sync('organizationAlias', cb.organizationAliases, {
        organizationId: { in: [...cb.organizations, ...plan.lsgBodies].map((o) => o.id) },
      })
      const seeded = { externalKey: { startsWith: 'casebook:' } }
      // Children before parents when deleting stale rows is handled by ON DELETE CASCADE for join
      // rows; records are synced parents first.
      await sync('partnership', cb.partnerships, seeded)
      const partnershipIds = cb.partnerships.map((p) => p.id)
      await sync('partnershipParty', cb.partnershipParties, { partnershipId: { in: partnershipIds } })
      await syncLinks(tx, 'partnershipTerritory', cb.partnershipTerritories, 'partnershipId', partnershipIds, counts)
      await sync('project', cb.projects, seeded)
      const projectIds = cb.projects.map((p) => p.id)
      await syncLinks(tx, 'projectTerritory', cb.projectTerritories, 'projectId', projectIds, counts)
      await sync('contribution', cb.contributions, seeded)
      await syncLinks(
        tx,
        'contributionGroupMember',
        cb.contributionGroupMembers,
        'contributionId',
        cb.contributions.map((c) => c.id),
        counts,
      )
      await sync('outcome', cb.outcomes, seeded)
      await sync('agreement', cb.agreements, seeded)
      await sync('agreementParty', cb.agreementParties, { agreementId: { in: cb.agreements.map((a) => a.id) } })
      await sync('caseStudy', cb.caseStudies, seeded)
      await sync('caseStudySection', cb.caseStudySections, { caseStudyId: { in: cb.caseStudies.map((c) => c.id) } })
      const textOwners = [
        ...[cb.partnerships, cb.partnershipParties, cb.projects, cb.contributions],
        ...[cb.outcomes, cb.agreements, cb.caseStudies],
      ].flatMap((rows) => rows.map((r) => r.id))
      await sync('textTranslation', cb.textTranslations, { entityId: { in: textOwners } })
    },
    { timeout: 600_000, maxWait: 60_000 },
  )
  return counts
}

const idField = (model: string) => (model === 'territoryBoundary' ? 'territoryId' : 'id')

async function syncRows(tx: Tx, model: string, rows: Row[], staleScope: object | undefined, counts: SyncCounts) {
  const delegate = (tx as unknown as Record<string, Delegate>)[model]
  const key = idField(model)
  const data = rows.map((r) => (key === 'id' ? r : withoutId(r)))
  const ids = data.map((r) => r[key] as string)
  const existing = new Map<string, Record<string, unknown>>()
  for (let i = 0; i < ids.length; i += 1000) {
    for (const row of await delegate.findMany({ where: { [key]: { in: ids.slice(i, i + 1000) } } }))
      existing.set(row[key] as string, row)
  }
  const c = (counts[model] ??= { created: 0, updated: 0, deleted: 0 })
  const toCreate: Record<string, unknown>[] = []
  const audits: Prisma.AuditEventCreateManyInput[] = []
  for (const row of data) {
    const id = row[key] as string
    const before = existing.get(id)
    if (!before) {
      toCreate.push(row)
      if (AUDITED.has(model)) audits.push(audit(model, id, 'CREATE', null, row))
      continue
    }
    const changed = Object.keys(row).filter((f) => canonical(row[f]) !== canonical(before[f]))
    if (!changed.length) continue
    const patch = Object.fromEntries(changed.map((f) => [f, row[f]]))
    if ('version' in before) patch.version = { increment: 1 }
    await delegate.update({ where: { [key]: id }, data: patch })
    c.updated++
    if (AUDITED.has(model))
      audits.push(
        audit(
          model,
          id,
          'UPDATE',
          Object.fromEntries(changed.map((f) => [f, before[f]])),
          Object.fromEntries(changed.map((f) => [f, row[f]])),
        ),
      )
  }
  for (let i = 0; i < toCreate.length; i += 500) await delegate.createMany({ data: toCreate.slice(i, i + 500) })
  c.created += toCreate.length
  if (staleScope) {
    const stale = await delegate.findMany({
      where: { AND: [staleScope, { [key]: { notIn: ids } }] },
      select: { [key]: true },
    })
    if (stale.length) {
      const staleIds = stale.map((s) => s[key] as string)
      await delegate.deleteMany({ where: { [key]: { in: staleIds } } })
      c.deleted += staleIds.length
      if (AUDITED.has(model)) for (const id of staleIds) audits.push(audit(model, id, 'DELETE', null, null))
    }
  }
  if (audits.length) await tx.auditEvent.createMany({ data: audits })
}

/** Join rows have no id of their own: compare the parents' whole sets and rewrite a parent's set when it differs. */
async function syncLinks(
  tx: Tx,
  model: string,
  rows: LinkRow[],
  parentKey: string,
  parentIds: string[],
  counts: SyncCounts,
) {
  const delegate = (tx as unknown as Record<string, Delegate>)[model]
  const existing = await delegate.findMany({ where: { [parentKey]: { in: parentIds } } })
  const setOf = (list: Record<string, unknown>[]) => {
    const m = new Map<string, string[]>()
    for (const r of list) m.set(r[parentKey] as string, [...(m.get(r[parentKey] as string) ?? []), canonical(r)])
    for (const v of m.values()) v.sort()
    return m
  }
  const want = setOf(rows)
  const have = setOf(existing)
  const c = (counts[model] ??= { created: 0, updated: 0, deleted: 0 })
  const changedParents = parentIds.filter(
    (p) => JSON.stringify(want.get(p) ?? []) !== JSON.stringify(have.get(p) ?? []),
  )
  if (!changedParents.length) return
  const removed = await delegate.deleteMany({ where: { [parentKey]: { in: changedParents } } })
  const fresh = rows.filter((r) => changedParents.includes(r[parentKey] as string))
  await delegate.createMany({ data: fresh })
  c.deleted += removed.count
  c.created += fresh.length
}

function withoutId({ id: _id, ...rest }: Row) {
  return rest
}

function audit(
  model: string,
  entityId: string,
  action: 'CREATE' | 'UPDATE' | 'DELETE',
  before: unknown,
  after: unknown,
): Prisma.AuditEventCreateManyInput {
  const entity = model[0].toUpperCase() + model.slice(1)
  return {
    actorUserId: null,
    actorRole: 'seed',
    entity,
    entityId,
    action,
    before: before === null ? Prisma.DbNull : (toJson(before) as Prisma.InputJsonValue),
    after: after === null ? Prisma.DbNull : (toJson(after) as Prisma.InputJsonValue),
  }
}
