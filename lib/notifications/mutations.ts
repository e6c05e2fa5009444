import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { newToken } from '@/lib/auth/tokens'
import { prisma } from '@/lib/db'
import { notFound } from '@/lib/errors'

/** Marks one of the actor's own notifications read; another person's is "not found". */
export async function markNotificationRead(actor: Actor, id: string) {
  const n = await prisma.notification.findFirst({ where: { id, userId: actor.userId }, select: { readAt: true } })
  if (!n) throw notFound()
  if (!n.readAt) await prisma.notification.update({ where: { id }, data: { readAt: new Date() } })
}

export async function markAllNotificationsRead(actor: Actor) {
  const { count } = await prisma.notification.updateMany({
    where: { userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  })
  return { count }
}

/**
 * A new private calendar address for the actor: any address in use is revoked, and of the new token
 * only its SHA-256 hash is stored. The token is returned once, to be shown once.
 */
export async function createCalendarToken(actor: Actor): Promise<{ token: string }> {
  const { token, hash } = newToken()
  await prisma.$transaction(async (tx) => {
    await revokeIn(tx, actor)
    const row = await tx.calendarToken.create({ data: { userId: actor.userId, tokenHash: hash } })
    await writeAudit(tx, actor, null, { entity: 'CalendarToken', entityId: row.id, action: 'CREATE', after: {} })
  })
  return { token }
}

/** Revokes the actor's calendar addresses: their feeds answer "not found" from now on. */
export async function revokeCalendarTokens(actor: Actor) {
  await prisma.$transaction((tx) => revokeIn(tx, actor))
}

async function revokeIn(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], actor: Actor) {
  const active = await tx.calendarToken.findMany({
    where: { userId: actor.userId, revokedAt: null },
    select: { id: true },
  })
  const revokedAt = new Date()
  for (const { id } of active) {
    await tx.calendarToken.update({ where: { id }, data: { revokedAt } })
    await writeAudit(tx, actor, null, {
      entity: 'CalendarToken',
      entityId: id,
      action: 'UPDATE',
      before: { revokedAt: null },
      after: { revokedAt },
    })
  }
}
