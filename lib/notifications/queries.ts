import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'

/** How many of the user's notifications are unread (the bell). */
export const unreadNotificationCount = (userId: string) =>
  prisma.notification.count({ where: { userId, readAt: null } })

/** The actor's own notifications, newest first: nobody reads another person's. */
export function listMyNotifications(actor: Actor, take = 100) {
  return prisma.notification.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, kind: true, entity: true, entityId: true, payload: true, createdAt: true, readAt: true },
  })
}

/** The actor's calendar address in use, if any (its token is never stored, only when it was made). */
export const activeCalendarToken = (actor: Actor) =>
  prisma.calendarToken.findFirst({
    where: { userId: actor.userId, revokedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, createdAt: true },
  })
