import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import { notFound } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { AuditAction } from '@/lib/generated/prisma/enums'
import { AUDIT_PAGE_SIZE, type AuditFilters } from './filters'

// The whole audit trail, for admins only: every function here checks the caller itself, whatever page
// or action calls it (a non-admin gets "not found", as for any record they may not see).

function assertAdmin(actor: Actor) {
  if (!actor.isAdmin) throw notFound()
}

function whereOf(f: AuditFilters): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {}
  if (f.from) at.gte = new Date(`${f.from}T00:00:00Z`)
  if (f.to) at.lt = new Date(Date.parse(`${f.to}T00:00:00Z`) + 24 * 3600 * 1000) // the whole last day
  return {
    ...(f.organization ? { actorOrganizationId: f.organization } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from || f.to ? { at } : {}),
  }
}

export type AuditRow = {
  id: string
  at: Date
  who: string | null
  role: string | null
  organization: { id: string; name: unknown } | null
  entity: string
  entityId: string
  action: AuditAction
  changedFields: string[]
}

/** One page of events, newest first, with the total for the pager. */
export async function listAuditEvents(
  actor: Actor,
  filters: AuditFilters,
): Promise<{ rows: AuditRow[]; total: number; pageSize: number }> {
  assertAdmin(actor)
  const where = whereOf(filters)
  const [events, total] = await Promise.all([
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        actorRole: true,
        actorOrganizationId: true,
        entity: true,
        entityId: true,
        action: true,
        after: true,
        actor: { select: { email: true } },
      },
    }),
    prisma.auditEvent.count({ where }),
  ])
  const orgIds = [...new Set(events.flatMap((e) => (e.actorOrganizationId ? [e.actorOrganizationId] : [])))]
  const orgs = orgIds.length
    ? await prisma.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })
    : []
  const orgById = new Map(orgs.map((o) => [o.id, o]))
  return {
    rows: events.map((e) => ({
      id: e.id.toString(),
      at: e.at,
      who: e.actor?.email ?? null,
      role: e.actorRole,
      organization: e.actorOrganizationId ? (orgById.get(e.actorOrganizationId) ?? null) : null,
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      // An UPDATE keeps only the changed fields (lib/audit.ts): their names are what changed.
      changedFields:
        e.action === 'UPDATE' && e.after && typeof e.after === 'object' && !Array.isArray(e.after)
          ? Object.keys(e.after).sort()
          : [],
    })),
    total,
    pageSize: AUDIT_PAGE_SIZE,
  }
}

/** Organizations that appear in the trail as the one someone acted for: the organization filter's choices. */
export async function listAuditOrganizations(actor: Actor): Promise<{ id: string; name: unknown }[]> {
  assertAdmin(actor)
  const groups = await prisma.auditEvent.groupBy({
    by: ['actorOrganizationId'],
    where: { actorOrganizationId: { not: null } },
  })
  const ids = groups.flatMap((g) => (g.actorOrganizationId ? [g.actorOrganizationId] : []))
  if (!ids.length) return []
  return prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
}
