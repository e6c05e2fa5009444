// Writing a checked plan: everything prepared first, then one transaction that either writes every row
// (records, links, external ids, the import's history and its audit rows) or nothing.
import { auditActor } from '@/lib/auth/roles'
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client'
import { toJson } from '@/lib/json-value'
import { convert, storedConversion, toRates, toUsdRates } from '@/lib/money/convert'
import type { OrganizationKind } from '@/lib/generated/prisma/enums'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { recordSlug } from '@/lib/slug'
import { importKinds, type ImportKind } from './columns'
import type { Flat } from './cells'
import { analyzeAfterBulk, deferSearch, flushSearch, insertRows, updateVersioned } from './bulk'
import { entityOf, linkFields, scalarData, type Db } from './records'
import type { Acting, Plan, PlanItem } from './stage'

export class ChangedMeanwhileError extends Error {
  constructor(readonly item: PlanItem) {
    super(`${item.kind} ${item.externalId} changed while the import ran`)
  }
}

export type ImportMeta = { fileName: string; sha256: string; rowCount: number }

const CHUNK = 5000
const TX = { timeout: 10 * 60_000, maxWait: 60_000 }

const localized = (flat: Flat, base: string) =>
  Object.fromEntries(
    (['ky', 'ru', 'en'] as const).flatMap((l) => {
      const t = flat[`${base}.${l}`]
      return typeof t === 'string' && t ? [[l, t]] : []
    }),
  ) as Record<string, string>

/** Everything the writes need besides the plan: exchange rates, project dates, organization names. */
export async function commitContext(db: Db, plan: Plan) {
  const [rates, usdRates] = await Promise.all([db.exchangeRate.findMany(), db.usdExchangeRate.findMany()])
  const projectIds = [
    ...new Set(plan.items.filter((i) => i.kind === 'contributions').map((i) => i.flat.projectId as string)),
  ]
  const inPlan = new Map(plan.items.filter((i) => i.kind === 'projects').map((i) => [i.id, i.flat]))
  const stored = new Map<string, { startDate: Date | null; endDate: Date | null; partnershipStart: Date | null }>()
  for (let i = 0; i < projectIds.length; i += CHUNK)
    for (const p of await db.project.findMany({
      where: { id: { in: projectIds.slice(i, i + CHUNK).filter((id) => !inPlan.has(id)) } },
      select: { id: true, startDate: true, endDate: true, partnership: { select: { startDate: true } } },
    }))
      stored.set(p.id, {
        startDate: p.startDate,
        endDate: p.endDate,
        partnershipStart: p.partnership?.startDate ?? null,
      })
  const orgIds = [
    ...new Set(
      plan.items.flatMap((i) =>
        i.kind === 'partnerships' ? (i.flat.parties as string[]) : i.kind === 'contributions' ? [] : [],
      ),
    ),
  ]
  const orgRows = await db.organization.findMany({
    where: { id: { in: orgIds } },
    select: { id: true, kind: true, name: true, sourceLocale: true },
  })
  const orgs = new Map(
    orgRows.map((o) => [o.id, o as { id: string; kind: string; name: unknown; sourceLocale: string }]),
  )
  for (const i of plan.items)
    if (i.kind === 'organizations')
      orgs.set(i.id, {
        id: i.id,
        kind: i.flat.kind as string,
        name: localized(i.flat, 'name'),
        sourceLocale: i.flat.sourceLocale as string,
      })
  return {
    rates: toRates(rates),
    usdRates: toUsdRates(usdRates),
    projectDates(id: string) {
      const f = inPlan.get(id)
      if (f) {
        const year = (v: unknown) => (typeof v === 'string' ? new Date(Date.UTC(Number(v.slice(0, 4)), 0, 1)) : null)
        return { startDate: year(f.startDate), endDate: year(f.endDate), partnershipStart: null }
      }
      return stored.get(id) ?? { startDate: null, endDate: null, partnershipStart: null }
    },
    orgs,
  }
}
type Context = Awaited<ReturnType<typeof commitContext>>

/** The columns a kind writes besides its sheet's: owner, slug, party form, conversions, who withheld. */
function extraData(item: PlanItem, fields: Set<string>, acting: Acting, ctx: Context, create: boolean) {
  const f = item.flat
  const data: Record<string, unknown> = {}
  if (create) {
    data.id = item.id
    data.ownerOrganizationId = acting.organizationId
    if (['organizations', 'programmes', 'partnerships'].includes(item.kind))
      data.slug = recordSlug(localized(f, item.kind === 'organizations' ? 'name' : 'title'), item.id)
  }
  const withheldBy = acting.access?.via === 'organization' ? acting.organizationId : null
  if ((item.kind === 'grants' || item.kind === 'contributions') && (create || fields.has('amountWithheld')))
    data.withheldByOrganizationId = f.amountWithheld ? withheldBy : null
  if (item.kind === 'contributions') {
    if (create || fields.has('partyOrganizationId'))
      data.partyForm = f.partyOrganizationId ? 'ORGANIZATION' : f.partyType === 'COMMUNITY' ? 'COMMUNITY' : 'NAMED'
    if (create || ['amountMinor', 'currency', 'valueDate', 'projectId'].some((x) => fields.has(x)))
      Object.assign(data, conversion(f, ctx))
  }
  return data
}

function conversion(f: Flat, ctx: Context) {
  const none = { ...storedConversion(null, false), valueDateEstimated: false }
  if (typeof f.amountMinor !== 'string' || typeof f.currency !== 'string') return none
  let valueDate: Date | null = null
  let estimated = false
  if (typeof f.valueDate === 'string') {
    const [y, m, d] = f.valueDate.split('-').map(Number)
    valueDate = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1))
  } else {
    const p = ctx.projectDates(f.projectId as string)
    const from = p.endDate ?? p.startDate ?? p.partnershipStart
    if (from) valueDate = new Date(Date.UTC(from.getUTCFullYear(), 0, 1))
    estimated = true
  }
  if (!valueDate) return { ...none, valueDateEstimated: estimated }
  // As the form does (lib/contributions/ledger.ts valueDateOf): a derived date is stored, marked estimated.
  const derived = estimated ? { valueDate, valueDatePrecision: 'YEAR' as const } : {}
  const c = convert(
    { amountMinor: BigInt(f.amountMinor), currency: f.currency, valueDate, valueDateEstimated: estimated },
    ctx.rates,
    ctx.usdRates,
  )
  return { ...storedConversion(c, estimated), valueDateEstimated: estimated, ...derived }
}

/** Rewrites the links of records whose link fields changed (all of them for new records). */
async function writeLinks(
  tx: Prisma.TransactionClient,
  kind: ImportKind,
  items: PlanItem[],
  ctx: Context,
  create: boolean,
) {
  const links = linkFields(kind)
  const touched = create ? items : items.filter((i) => i.changed.some((f) => links.includes(f)))
  if (!touched.length) return
  const ids = touched.map((i) => i.id)
  if (kind === 'projects') {
    if (!create) await tx.projectTerritory.deleteMany({ where: { projectId: { in: ids } } })
    await insertRows(
      tx,
      'ProjectTerritory',
      touched.flatMap((i) =>
        (i.flat.territoryIds as string[]).map((territoryId) => ({ projectId: i.id, territoryId })),
      ),
    )
  }
  if (kind === 'programmes') {
    if (!create) {
      await tx.programmeTerritory.deleteMany({ where: { programmeId: { in: ids } } })
      await tx.programmeParty.deleteMany({ where: { programmeId: { in: ids } } })
    }
    await insertRows(
      tx,
      'ProgrammeTerritory',
      touched.flatMap((i) =>
        (i.flat.territoryIds as string[]).map((territoryId) => ({ programmeId: i.id, territoryId })),
      ),
    )
    const roles = { donors: 'DONOR', implementers: 'IMPLEMENTER', partners: 'PARTNER' } as const
    await insertRows(
      tx,
      'ProgrammeParty',
      touched.flatMap((i) =>
        (Object.keys(roles) as (keyof typeof roles)[]).flatMap((field) =>
          (i.flat[field] as string[]).map((organizationId) => ({
            programmeId: i.id,
            organizationId,
            role: roles[field],
          })),
        ),
      ),
    )
  }
  if (kind === 'partnerships') {
    if (!create) {
      await tx.partnershipTerritory.deleteMany({ where: { partnershipId: { in: ids } } })
      // Parties known only by name (entered in the form) are not in the sheet: they stay.
      await tx.partnershipParty.deleteMany({ where: { partnershipId: { in: ids }, organizationId: { not: null } } })
    }
    await insertRows(
      tx,
      'PartnershipTerritory',
      touched.flatMap((i) =>
        (i.flat.territoryIds as string[]).map((territoryId) => ({ partnershipId: i.id, territoryId })),
      ),
    )
    await insertRows(
      tx,
      'PartnershipParty',
      touched.flatMap((i) =>
        (i.flat.parties as string[]).map((organizationId, position) => {
          const org = ctx.orgs.get(organizationId)
          const name = (org?.name ?? {}) as Record<string, string>
          return {
            partnershipId: i.id,
            organizationId,
            nameAsReported: name[org?.sourceLocale ?? 'en'] ?? Object.values(name)[0] ?? organizationId,
            partyType: partyTypeOf(org?.kind),
            isLead: (i.flat.lead as string[]).includes(organizationId),
            position,
          }
        }),
      ),
    )
  }
}

const partyTypeOf = (kind: string | undefined) => (kind ? partyTypeOfKind[kind as OrganizationKind] : 'OTHER')

/** The create and update data of a plan, prepared before its transaction opens. */
export function preparePlan(plan: Plan, acting: Acting, ctx: Context) {
  const byKind = new Map<ImportKind, PlanItem[]>(importKinds.map((k) => [k, []]))
  for (const i of plan.items) byKind.get(i.kind)!.push(i)
  const creates = new Map<ImportKind, object[]>()
  const updates: { item: PlanItem; data: object }[] = []
  for (const kind of importKinds) {
    const list = byKind.get(kind)!
    creates.set(
      kind,
      list
        .filter((i) => i.action === 'create')
        .map((i) => {
          const fields = new Set(Object.keys(i.flat))
          return { ...scalarData(kind, i.flat, fields), ...extraData(i, fields, acting, ctx, true) }
        }),
    )
    for (const i of list.filter((x) => x.action === 'update')) {
      const fields = new Set(i.changed)
      updates.push({
        item: i,
        data: { ...scalarData(kind, i.flat, fields), ...extraData(i, fields, acting, ctx, false) },
      })
    }
  }
  return { byKind, creates, updates, ctx }
}

/** Creates and updates of a prepared plan, inside the caller's transaction; an update whose version moved throws. */
export async function applyPlan(
  tx: Prisma.TransactionClient,
  prepared: ReturnType<typeof preparePlan>,
  acting: Acting,
) {
  const { byKind, creates, updates, ctx } = prepared
  for (const kind of importKinds) {
    await insertRows(tx, entityOf[kind], creates.get(kind)!)
    await writeLinks(
      tx,
      kind,
      byKind.get(kind)!.filter((i) => i.action === 'create'),
      ctx,
      true,
    )
  }
  for (const kind of importKinds) {
    const mine = updates.filter((u) => u.item.kind === kind)
    const written = await updateVersioned(
      tx,
      entityOf[kind],
      acting.organizationId,
      mine.map(({ item, data }) => ({ id: item.id, version: item.version, data })),
    )
    const missed = mine.find((u) => !written.has(u.item.id))
    if (missed) throw new ChangedMeanwhileError(missed.item)
  }
  for (const kind of importKinds)
    await writeLinks(
      tx,
      kind,
      byKind.get(kind)!.filter((i) => i.action === 'update'),
      ctx,
      false,
    )
}

/** Who an import's audit rows name: the acting user and the organization and role it acted in. */
function auditActorOf(acting: Acting) {
  const who = acting.access ? auditActor(acting.access) : null
  return {
    actorUserId: acting.actor?.userId ?? null,
    actorOrganizationId: who?.organizationId ?? null,
    actorRole: who?.role ?? (acting.actor ? 'user' : 'system'),
  }
}

/** An audit row of an import's write, as lib/audit.ts writes them (changed fields only on an update). */
export function importAudit(acting: Acting) {
  const actor = auditActorOf(acting)
  return (
    i: { kind: ImportKind; id: string },
    action: 'CREATE' | 'UPDATE' | 'DELETE',
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ) => ({
    ...actor,
    entity: entityOf[i.kind],
    entityId: i.id,
    action,
    before: before ? (toJson(before) as Prisma.InputJsonValue) : Prisma.DbNull,
    after: after ? (toJson(after) as Prisma.InputJsonValue) : Prisma.DbNull,
  })
}

/**
 * The one audit row of an import (ADR 027): entity "ImportBatch", what it was and what it did. The records
 * it created are listed by its ImportChange rows, not audited one by one; a created record's history reads
 * "created by import #n" from them (lib/public/history.ts).
 */
function batchAudit(acting: Acting, batchId: string, meta: ImportMeta, counts: Plan['counts']) {
  return {
    ...auditActorOf(acting),
    entity: 'ImportBatch',
    entityId: batchId,
    action: 'CREATE' as const,
    before: Prisma.DbNull,
    after: { fileName: meta.fileName.slice(0, 500), sha256: meta.sha256, rowCount: meta.rowCount, ...counts },
  }
}

/** The tables a plan writes records and links to (what the search documents read back). */
function writtenTables(plan: Plan) {
  const links: Partial<Record<ImportKind, string[]>> = {
    projects: ['ProjectTerritory'],
    programmes: ['ProgrammeTerritory', 'ProgrammeParty'],
    partnerships: ['PartnershipTerritory', 'PartnershipParty'],
  }
  const kinds = new Set(plan.items.filter((i) => i.action !== 'unchanged').map((i) => i.kind))
  return [...kinds].flatMap((k) => [entityOf[k], ...(links[k] ?? [])])
}

/** Writes the plan in one transaction; returns the import's id. */
export async function commitPlan(db: PrismaClient, plan: Plan, acting: Acting, meta: ImportMeta): Promise<string> {
  const prepared = preparePlan(plan, acting, await commitContext(db, plan))
  const audit = importAudit(acting)
  // Updates are audited one by one (what changed); creations once, by the import's own audit row.
  const audits = plan.items
    .filter((i) => i.action === 'update')
    .map((i) => audit(i, 'UPDATE', i.before, Object.fromEntries(i.changed.map((f) => [f, i.flat[f]]))))
  return db.$transaction(async (tx) => {
    await deferSearch(tx)
    await applyPlan(tx, prepared, acting)
    await insertRows(
      tx,
      'ExternalId',
      plan.items
        .filter((i) => i.newExternalId)
        .map((i) => ({
          organizationId: acting.organizationId,
          kind: i.kind,
          externalId: i.externalId,
          entityId: i.id,
        })),
    )
    const batch = await tx.importBatch.create({
      data: {
        organizationId: acting.organizationId,
        userId: acting.actor?.userId ?? null,
        fileName: meta.fileName.slice(0, 500),
        sha256: meta.sha256,
        rowCount: meta.rowCount,
        ...plan.counts,
      },
    })
    await insertRows(
      tx,
      'ImportChange',
      plan.items
        .filter((i) => i.action !== 'unchanged' || i.newExternalId)
        .map((i) => ({
          batchId: batch.id,
          kind: i.kind,
          entityId: i.id,
          action: i.action === 'create' ? 'CREATE' : i.action === 'update' ? 'UPDATE' : 'LINK',
          before: i.action === 'update' ? (toJson(i.before) as Prisma.InputJsonValue) : Prisma.DbNull,
          versionAfter: i.action === 'create' ? 1 : i.action === 'update' ? i.version + 1 : i.version,
          newExternalId: i.newExternalId,
        })),
    )
    await insertRows(tx, 'AuditEvent', [...audits, batchAudit(acting, batch.id, meta, plan.counts)])
    await analyzeAfterBulk(tx, plan.counts.created + plan.counts.updated, writtenTables(plan))
    await flushSearch(tx)
    return batch.id
  }, TX)
}
