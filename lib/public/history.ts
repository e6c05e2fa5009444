import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { AuditAction } from '@/lib/generated/prisma/enums'
import { organizationViewableWhere } from '@/lib/organizations/policy'
import { publishableEntities, type PublishableEntity } from '@/lib/publishing/mutations'
import { requiredText, type Text } from './dto'
import { publicOrganizationWhere } from './where'
import { canViewRecordHistory } from './history-access'

/** URL segment → entity name of the audit trail. */
export const historyEntities: Record<string, PublishableEntity> = {
  organization: 'Organization',
  partnership: 'Partnership',
  project: 'Project',
  contribution: 'Contribution',
  outcome: 'Outcome',
  grant: 'Grant',
  programme: 'Programme',
  'case-study': 'CaseStudy',
  memorandum: 'Agreement',
}

/** Private fields are named as one ("private details"); precision goes with its date. */
const RENAMED: Record<string, string> = {
  internalNote: 'private',
  contactEmail: 'private',
  contactPhone: 'private',
  contactAddress: 'private',
  startPrecision: 'startDate',
  endPrecision: 'endDate',
  valueDatePrecision: 'valueDate',
  datePrecision: 'date',
  signedPrecision: 'signedDate',
  effectivePrecision: 'effectiveDate',
  expiryPrecision: 'expiryDate',
  shareMax: 'shareMin',
}

/** Fields that are bookkeeping, not content: never listed as "what changed". */
const TECHNICAL = new Set([
  'id',
  'version',
  'updatedAt',
  'createdAt',
  'position',
  'slug',
  'externalKey',
  'amountKgsMinor',
  'amountUsdMinor',
  'fxRateToKgs',
  'fxUsdRateToKgs',
  'fxRateDate',
  'fxRateSource',
  'fxEstimated',
  'valueDateEstimated',
])

export type HistoryEntry = {
  id: string
  at: Date
  action: AuditAction
  /** Who, as an organization and a role — never a person. */
  by:
    | { kind: 'organization'; name: Text; role: string }
    | { kind: 'admin' }
    | { kind: 'seed' }
    | { kind: 'system' }
    | { kind: 'member'; role: string }
  /** Names of the fields that changed (no values: a public page must not show old or withheld figures). */
  fields: string[]
  /** An organization merged into this one: the entry is from its history (under its old id). */
  mergedFrom?: Text
  /** Created by an import: its number among the importing organization's imports (ADR 027). */
  importNumber?: number
}

/** Entities an import creates (lib/import/records.ts entityOf): their creation is audited per import. */
const IMPORTED = new Set(['Organization', 'Programme', 'Partnership', 'Project', 'Grant', 'Contribution', 'Outcome'])

/**
 * The imports that created these records: an import has one audit row ("ImportBatch") and lists the
 * records it created in ImportChange (ADR 027). Batch id → the record it created and the import's number.
 */
async function creatingImports(ids: string[]) {
  const changes = await prisma.importChange.findMany({
    where: { entityId: { in: ids }, action: 'CREATE' },
    select: { entityId: true, batch: { select: { id: true, organizationId: true, createdAt: true } } },
  })
  const out = new Map<string, { entityId: string; number: number }>()
  for (const c of changes) {
    const number = await prisma.importBatch.count({
      where: { organizationId: c.batch.organizationId, createdAt: { lte: c.batch.createdAt } },
    })
    out.set(c.batch.id, { entityId: c.entityId, number })
  }
  return out
}

/**
 * The organizations merged into `id` and not undone, and those merged into them before, with the names
 * they had (ADR 018): their history is the survivor's too. A few hops at most.
 */
async function mergedInto(id: string): Promise<Map<string, Text>> {
  const out = new Map<string, Text>()
  let frontier = [id]
  for (let hop = 0; hop < 5 && frontier.length; hop++) {
    const merges = await prisma.organizationMerge.findMany({
      where: { survivorId: { in: frontier }, undoneAt: null },
      select: { mergedId: true, mergedName: true },
    })
    frontier = merges.map((m) => m.mergedId).filter((m) => m !== id && !out.has(m))
    for (const m of merges) if (m.mergedId !== id) out.set(m.mergedId, requiredText(m.mergedName))
  }
  return out
}

/** Where an organization merged away lives on (following later merges), or null; undone merges do not count. */
export async function survivorIdOf(id: string): Promise<string | null> {
  let current = id
  for (let hop = 0; hop < 5; hop++) {
    const merge = await prisma.organizationMerge.findFirst({
      where: { mergedId: current, undoneAt: null },
      orderBy: { createdAt: 'desc' },
      select: { survivorId: true },
    })
    if (!merge) break
    current = merge.survivorId
  }
  return current === id ? null : current
}

/**
 * The history of one record: public when the record is published, otherwise only for those who may
 * change it. Organizations are named only when their own record is published, or to a reader who may
 * view it (its members, e.g. an editor reading a draft's history).
 */
export async function getRecordHistory(
  actor: Actor | null,
  entitySlug: string,
  id: string,
): Promise<{ entity: PublishableEntity; title: Text; entries: HistoryEntry[] } | null> {
  const entity = historyEntities[entitySlug]
  if (!entity || !publishableEntities.includes(entity) || !/^[a-z0-9]{20,40}$/.test(id)) return null
  const record = await canViewRecordHistory(actor, entity, id)
  if (!record) return null
  const merged = entity === 'Organization' ? await mergedInto(id) : new Map<string, Text>()
  const ids = [id, ...merged.keys()]
  const imports = IMPORTED.has(entity)
    ? await creatingImports(ids)
    : new Map<string, { entityId: string; number: number }>()
  const events = await prisma.auditEvent.findMany({
    where: {
      OR: [
        { entity, entityId: { in: ids } },
        ...(imports.size ? [{ entity: 'ImportBatch', entityId: { in: [...imports.keys()] } }] : []),
      ],
    },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      at: true,
      action: true,
      actorRole: true,
      actorOrganizationId: true,
      entity: true,
      entityId: true,
      after: true,
      before: true,
    },
  })
  const orgIds = [...new Set(events.flatMap((e) => (e.actorOrganizationId ? [e.actorOrganizationId] : [])))]
  const orgs = new Map(
    (
      await prisma.organization.findMany({
        // The public sees the names of published organizations; a signed-in reader also those it may view.
        where: { AND: [{ id: { in: orgIds } }, actor ? organizationViewableWhere(actor) : publicOrganizationWhere] },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, requiredText(o.name)]),
  )
  const entries = events.map((e): HistoryEntry => {
    const role = e.actorRole ?? 'system'
    const by: HistoryEntry['by'] =
      role === 'admin'
        ? { kind: 'admin' }
        : role === 'seed'
          ? { kind: 'seed' }
          : e.actorOrganizationId && orgs.has(e.actorOrganizationId)
            ? { kind: 'organization', name: orgs.get(e.actorOrganizationId)!, role }
            : role === 'system'
              ? { kind: 'system' }
              : { kind: 'member', role }
    const keys =
      e.action === 'UPDATE' && e.after && typeof e.after === 'object'
        ? Object.keys(e.after as object).filter((k) => !TECHNICAL.has(k))
        : []
    const entry: HistoryEntry = {
      id: e.id.toString(),
      at: e.at,
      action: e.action,
      by,
      fields: [...new Set(keys.map((k) => RENAMED[k] ?? k))],
    }
    const created = e.entity === 'ImportBatch' ? imports.get(e.entityId) : undefined
    // The import's own row stands for the creation of this record: no fields, the import's number.
    const of = created ? created.entityId : e.entityId
    return {
      ...entry,
      ...(created ? { action: 'CREATE' as const, fields: [], importNumber: created.number } : {}),
      ...(of !== id && merged.has(of) ? { mergedFrom: merged.get(of)! } : {}),
    }
  })
  return { entity, title: record.title, entries }
}
