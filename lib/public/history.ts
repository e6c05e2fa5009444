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
  const events = await prisma.auditEvent.findMany({
    where: { entity, entityId: id },
    orderBy: { id: 'asc' },
    select: { id: true, at: true, action: true, actorRole: true, actorOrganizationId: true, after: true, before: true },
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
    return {
      id: e.id.toString(),
      at: e.at,
      action: e.action,
      by,
      fields: [...new Set(keys.map((k) => RENAMED[k] ?? k))],
    }
  })
  return { entity, title: record.title, entries }
}
