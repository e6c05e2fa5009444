import { createHash } from 'node:crypto'
import { SIGN_IN } from './config'
import { limiter, take } from './store'

// Failed sign-ins are counted per account (its e-mail, registered or not, so the answer never tells
// which e-mails exist) and per address. The 11th failure for an account within 15 minutes is not even
// checked: the account is locked for 15 minutes, 30 the next time that day, then 60…, at most a day.

const accountFailures = () =>
  limiter('signin-account', { points: SIGN_IN.accountFailures, durationS: SIGN_IN.accountWindowS })
const accountLocks = () => limiter('signin-locks', { points: 1000, durationS: 24 * 3600 })
const ipFailures = () =>
  limiter('signin-ip', { points: SIGN_IN.ipFailures, durationS: SIGN_IN.ipWindowS, blockS: SIGN_IN.ipLockS })

/** The counter's key for an account: a hash, so Redis holds no e-mail addresses. */
export const accountKey = (email: string) => createHash('sha256').update(email).digest('base64url').slice(0, 32)

/** Seconds until this account may try again from this address, or null if it may now. */
export async function signInWait(email: string, ip: string): Promise<number | null> {
  const [account, address] = await Promise.all([
    (await accountFailures()).get(accountKey(email)),
    (await ipFailures()).get(ip),
  ])
  const waits = [
    account && account.consumedPoints >= SIGN_IN.accountFailures ? account.msBeforeNext : 0,
    address && address.consumedPoints >= SIGN_IN.ipFailures ? address.msBeforeNext : 0,
  ]
  const ms = Math.max(...waits)
  return ms > 0 ? Math.ceil(ms / 1000) : null
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  await take(await ipFailures(), ip)
  const failures = await accountFailures()
  const key = accountKey(email)
  const res = await failures.penalty(key, 1)
  if (res.consumedPoints >= SIGN_IN.accountFailures) {
    const locks = await (await accountLocks()).penalty(key, 1)
    const lockS = Math.min(SIGN_IN.firstLockS * 2 ** (locks.consumedPoints - 1), SIGN_IN.maxLockS)
    await failures.block(key, lockS)
  }
}

/** A successful sign-in clears the account's failures (not its lock history for the day, nor the address's). */
export async function recordSignInSuccess(email: string): Promise<void> {
  await (await accountFailures()).delete(accountKey(email))
}
