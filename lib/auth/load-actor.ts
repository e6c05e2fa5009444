import 'server-only'
import { prisma } from '@/lib/db'
import { isLocale } from '@/lib/i18n/locales'
import type { Actor } from './roles'

/**
 * The actor of a session, from the database: null when the user is gone, disabled, or has had their
 * sessions ended (password reset, disabling: sessionVersion moved on).
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      globalRole: true,
      disabledAt: true,
      sessionVersion: true,
      memberships: {
        select: {
          organizationId: true,
          role: true,
          organization: { select: { name: true, kind: true, governsTerritoryId: true } },
        },
        orderBy: { createdAt: 'asc' },
      },
    },
  })
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: isLocale(user.locale) ? user.locale : 'ru',
    isAdmin: user.globalRole === 'ADMIN',
    memberships: user.memberships,
  }
}
