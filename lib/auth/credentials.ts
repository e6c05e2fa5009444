import 'server-only'
import { prisma } from '@/lib/db'
import { recordSignInFailure, recordSignInSuccess, signInWait } from '@/lib/rate-limit/sign-in'
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from './password'

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'rateLimited'; retryAfterS: number }

/**
 * The one check behind every sign-in (the form's action and Auth.js's own endpoint both reach it
 * through the Credentials provider's `authorize`): limits first, then the password, then a hash of
 * an older kind is replaced while the password is at hand.
 */
export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialsResult> {
  const wait = await signInWait(email, ip)
  if (wait) return { ok: false, reason: 'rateLimited', retryAfterS: wait }
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  })
  // Same work whether or not the account exists: no timing hint about which e-mails are registered.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
  if (!user || !user.passwordHash || user.disabledAt || !ok) {
    await recordSignInFailure(email, ip)
    return { ok: false, reason: 'wrong' }
  }
  await recordSignInSuccess(email)
  if (needsRehash(user.passwordHash)) {
    // Only if the hash is still the one just verified: a reset in between wins.
    await prisma.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash: await hashPassword(password) },
    })
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } }
}
