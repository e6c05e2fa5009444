import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ConfirmableEntity } from './required'

type Tx = Prisma.TransactionClient

/** One notification per person and event: `dedupeKey` makes a repeated call a no-op. */
async function notifyUsers(
  tx: Tx,
  userIds: string[],
  n: { kind: string; entity: string; entityId: string; payload: Prisma.InputJsonValue; dedupe: string },
) {
  if (!userIds.length) return
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: n.kind,
      entity: n.entity,
      entityId: n.entityId,
      payload: n.payload,
      dedupeKey: `${n.kind}:${n.entity}:${n.entityId}:${userId}:${n.dedupe}`,
    })),
    skipDuplicates: true,
  })
}

/** Tells the officials of a body that a record about it waits for its answer ('toConfirm') or changed since ('changed'). */
export async function notifyOfficials(
  tx: Tx,
  n: {
    organizationId: string
    kind: 'toConfirm' | 'changed'
    entity: ConfirmableEntity
    entityId: string
    dedupe: string
  },
) {
  const officials = await tx.membership.findMany({
    where: { organizationId: n.organizationId, role: 'OFFICIAL', user: { disabledAt: null } },
    select: { userId: true },
  })
  await notifyUsers(
    tx,
    officials.map((m) => m.userId),
    { ...n, payload: { organizationId: n.organizationId } },
  )
}

/** Tells the keepers of a record (editors and officials of its owner) how a body answered. */
export async function notifyKeepers(
  tx: Tx,
  n: {
    ownerOrganizationId: string
    kind: 'confirmed' | 'disputed'
    entity: ConfirmableEntity
    entityId: string
    byOrganizationId: string
    dedupe: string
  },
) {
  const keepers = await tx.membership.findMany({
    where: { organizationId: n.ownerOrganizationId, role: { in: ['EDITOR', 'OFFICIAL'] }, user: { disabledAt: null } },
    select: { userId: true },
  })
  await notifyUsers(
    tx,
    keepers.map((m) => m.userId),
    { ...n, payload: { byOrganizationId: n.byOrganizationId } },
  )
}
