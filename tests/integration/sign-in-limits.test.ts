// Sign-in: limits per account and per address (in memory, and in Redis when one answers), the scrypt
// hash replacing an older bcrypt one at a successful sign-in, and sign-out ending the session on the
// server. checkCredentials is what Auth.js's `authorize` calls for both the form and its own endpoint.
import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCredentials } from '@/lib/auth/credentials'
import { loadActor } from '@/lib/auth/load-actor'
import { verifyPassword } from '@/lib/auth/password'
import { endSessions } from '@/lib/auth/sessions'
import { SIGN_IN } from '@/lib/rate-limit/config'
import { accountKey } from '@/lib/rate-limit/sign-in'
import { closeRateLimitStore, limiter } from '@/lib/rate-limit/store'
import { factories, TEST_PASSWORD } from '../factories'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await closeRateLimitStore()
  await f.cleanup()
  await prisma.$disconnect()
})

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
async function redisAnswers(): Promise<boolean> {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.ping()
    await client.quit()
    return true
  } catch {
    return false
  }
}

const stores: ('memory' | 'redis')[] = ['memory']
if (await redisAnswers()) stores.push('redis')
else console.warn(`[sign-in-limits] no Redis at ${REDIS_URL}: the Redis-backed limits are not exercised in this run`)

const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

describe.each(stores)('sign-in limits (%s)', (store) => {
  const prefix = `test:${randomUUID()}:`
  beforeAll(async () => {
    await closeRateLimitStore()
    process.env.REDIS_URL = store === 'redis' ? REDIS_URL : ''
    process.env.REDIS_KEY_PREFIX = prefix
  })
  afterAll(async () => {
    await closeRateLimitStore()
    process.env.REDIS_URL = ''
    if (store !== 'redis') return
    // Only the keys this run made: the Redis is shared.
    const client = createClient({ url: REDIS_URL })
    await client.connect()
    const keys: string[] = []
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) keys.push(...batch)
    expect(keys.length, 'the limits were kept in Redis').toBeGreaterThan(0)
    if (keys.length) await client.del(keys)
    await client.quit()
  })

  it('refuses the 11th wrong password for an account within the window, and says how long to wait', async () => {
    const user = await f.user()
    const from = ip()
    for (let i = 1; i <= SIGN_IN.accountFailures; i++)
      expect(await checkCredentials(user.email, 'wrong password', from), `attempt ${i}`).toEqual({
        ok: false,
        reason: 'wrong',
      })
    const eleventh = await checkCredentials(user.email, 'wrong password', from)
    expect(eleventh).toMatchObject({ ok: false, reason: 'rateLimited' })
    const wait = (eleventh as { retryAfterS: number }).retryAfterS
    expect(wait).toBeGreaterThan(SIGN_IN.firstLockS - 60)
    expect(wait).toBeLessThanOrEqual(SIGN_IN.firstLockS)
    // Locked means locked: the right password from another address is refused too, without a check.
    expect(await checkCredentials(user.email, TEST_PASSWORD, ip())).toMatchObject({ reason: 'rateLimited' })
  })

  it('locks again for twice as long after the first lock has passed', async () => {
    const user = await f.user()
    for (let i = 0; i < SIGN_IN.accountFailures; i++) await checkCredentials(user.email, 'nope', ip())
    // The first lock running out, without waiting 15 minutes.
    const failures = await limiter('signin-account', {
      points: SIGN_IN.accountFailures,
      durationS: SIGN_IN.accountWindowS,
    })
    await failures.delete(accountKey(user.email))
    for (let i = 0; i < SIGN_IN.accountFailures; i++) await checkCredentials(user.email, 'nope', ip())
    const second = await checkCredentials(user.email, TEST_PASSWORD, ip())
    expect((second as { retryAfterS: number }).retryAfterS).toBeGreaterThan(2 * SIGN_IN.firstLockS - 60)
  })

  it('counts unknown e-mails like registered ones, so the answers tell nothing', async () => {
    const email = `${f.tag}-nobody-${randomUUID().slice(0, 6)}@test.example`
    for (let i = 0; i < SIGN_IN.accountFailures; i++)
      expect(await checkCredentials(email, 'guess', ip())).toEqual({ ok: false, reason: 'wrong' })
    expect(await checkCredentials(email, 'guess', ip())).toMatchObject({ reason: 'rateLimited' })
  })

  it('a success clears the account’s failures', async () => {
    const user = await f.user()
    for (let i = 0; i < SIGN_IN.accountFailures - 1; i++) await checkCredentials(user.email, 'nope', ip())
    expect(await checkCredentials(user.email, TEST_PASSWORD, ip())).toMatchObject({ ok: true })
    for (let i = 0; i < SIGN_IN.accountFailures; i++)
      expect(await checkCredentials(user.email, 'nope', ip())).toEqual({ ok: false, reason: 'wrong' })
  })

  it('locks an address after many failures over many accounts', async () => {
    const from = ip()
    const users = await Promise.all(Array.from({ length: 6 }, () => f.user()))
    let failures = 0
    for (const u of users)
      for (let i = 0; i < SIGN_IN.accountFailures - 1 && failures < SIGN_IN.ipFailures; i++, failures++)
        expect(await checkCredentials(u.email, 'nope', from)).toEqual({ ok: false, reason: 'wrong' })
    expect(failures).toBe(SIGN_IN.ipFailures)
    const fresh = await f.user()
    expect(await checkCredentials(fresh.email, TEST_PASSWORD, from)).toMatchObject({ reason: 'rateLimited' })
    expect(await checkCredentials(fresh.email, TEST_PASSWORD, ip())).toMatchObject({ ok: true })
  })
})

describe('password hashes', () => {
  it('an old bcrypt hash still signs in, and is replaced by scrypt at that sign-in', async () => {
    await closeRateLimitStore()
    const user = await f.user()
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/)
    expect(await checkCredentials(user.email, TEST_PASSWORD, ip())).toMatchObject({ ok: true })
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(passwordHash).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/)
    expect(await verifyPassword(TEST_PASSWORD, passwordHash!)).toBe(true)
    expect(await verifyPassword('another password', passwordHash!)).toBe(false)
    expect(await checkCredentials(user.email, TEST_PASSWORD, ip())).toMatchObject({ ok: true })
  })

  it('a disabled account or one without a password never signs in', async () => {
    const disabled = await f.user()
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } })
    expect(await checkCredentials(disabled.email, TEST_PASSWORD, ip())).toEqual({ ok: false, reason: 'wrong' })
    const noPassword = await f.user()
    await prisma.user.update({ where: { id: noPassword.id }, data: { passwordHash: null } })
    expect(await checkCredentials(noPassword.email, TEST_PASSWORD, ip())).toEqual({ ok: false, reason: 'wrong' })
  })
})

describe('sign-out', () => {
  it('ends the session on the server: the same cookie (user id + version) is no session any more', async () => {
    const user = await f.user()
    expect(await loadActor(user.id, user.sessionVersion)).not.toBeNull()
    expect(await endSessions(user.id, user.sessionVersion)).toBe(true)
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull()
    // Replaying the old cookie's sign-out changes nothing; a new sign-in gets the new version.
    expect(await endSessions(user.id, user.sessionVersion)).toBe(false)
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(after.sessionVersion).toBe(user.sessionVersion + 1)
    expect(await loadActor(user.id, after.sessionVersion)).not.toBeNull()
  })
})
