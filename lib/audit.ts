import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import type { AuditAction } from '@/lib/generated/prisma/enums'
import { auditActor, type Access, type Actor } from '@/lib/auth/roles'
import { canonical, toJson } from '@/lib/json-value'

type Tx = Prisma.TransactionClient

export type AuditEntry = {
  entity: string
  entityId: string
  action: AuditAction
  /** The row before the change (null for CREATE). */
  before?: Record<string, unknown> | null
  /** The row after the change (null for DELETE). */
  after?: Record<string, unknown> | null
}

/**
 * Writes one AuditEvent inside the caller's transaction, so the change and its record commit together.
 * An UPDATE keeps only the fields that changed (before and after); CREATE keeps the new row, DELETE
 * the old one. Values are stored as JSON (bigint and decimals as text).
 */
/**
 * The audit writes of one kind of record: each entry carries the record as it is after the change
 * (`snapshot`), and an update the record as it was (`before`, taken before the change).
 * `const audit = recordAudit('Project', snapshot)` … `await audit(tx, actor, access, id, 'UPDATE', before)`.
 */
export function recordAudit(entity: string, snapshot: (tx: Tx, id: string) => Promise<object | null>) {
  return async (
    tx: Tx,
    actor: Actor | null,
    access: Access | null,
    entityId: string,
    action: AuditAction,
    before?: object | null,
  ) =>
    writeAudit(tx, actor, access, {
      entity,
      entityId,
      action,
      before: (before ?? null) as AuditEntry['before'],
      after: (await snapshot(tx, entityId)) as AuditEntry['after'],
    })
}

export async function writeAudit(
  tx: Tx,
  actor: Actor | null,
  access: Access | null,
  entry: AuditEntry,
  requestId?: string,
) {
  let before = entry.before ?? null
  let after = entry.after ?? null
  if (entry.action === 'UPDATE' && before && after) {
    const changed = Object.keys(after).filter(
      (k) => k !== 'updatedAt' && canonical(after![k]) !== canonical(before![k]),
    )
    before = Object.fromEntries(changed.map((k) => [k, before![k]]))
    after = Object.fromEntries(changed.map((k) => [k, after![k]]))
  }
  await tx.auditEvent.create({
    data: {
      actorUserId: actor?.userId ?? null,
      actorOrganizationId: access ? auditActor(access).organizationId : null,
      actorRole: access ? auditActor(access).role : actor ? 'user' : 'system',
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: before === null ? Prisma.DbNull : (toJson(before) as Prisma.InputJsonValue),
      after: after === null ? Prisma.DbNull : (toJson(after) as Prisma.InputJsonValue),
      requestId: requestId ?? null,
    },
  })
}
/**
 * The fields someone else changed since `version` was read: the changed-field names of the updates
 * after it (every update of a versioned record writes one UPDATE event and adds 1 to its version).
 */
export async function changedSince(
  db: Pick<Prisma.TransactionClient, 'auditEvent'>,
  entity: string,
  entityId: string,
  version: number,
  current: number,
): Promise<string[]> {
  if (current <= version) return []
  const events = await db.auditEvent.findMany({
    where: { entity, entityId, action: { in: ['UPDATE', 'PUBLISH', 'UNPUBLISH'] } },
    orderBy: { id: 'desc' },
    take: current - version,
    select: { after: true },
  })
  return [
    ...new Set(events.flatMap((e) => (e.after && typeof e.after === 'object' ? Object.keys(e.after) : []))),
  ].filter((k) => !['version', 'updatedAt'].includes(k))
}
