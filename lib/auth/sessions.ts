import 'server-only'
import { prisma } from '@/lib/db'

/**
 * Ends the session a cookie carries, on the server: the user's sessionVersion moves on, so this cookie
 * (and a copy of it anywhere) no longer opens anything, and nor do the user's sessions on other devices.
 * Only a session still current can do it: an old cookie replayed after sign-out changes nothing.
 * ADR 009 says why sign-out ends every device.
 */
export async function endSessions(userId: string, sessionVersion: number): Promise<boolean> {
  const { count } = await prisma.user.updateMany({
    where: { id: userId, sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  })
  return count === 1
}
