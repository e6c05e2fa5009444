// Reminders (issue 11, item 6) on the real database: `npm run reminders` tells each official of an aiyl
// okmot about the memoranda of their body at 60, 30 and 7 days before expiry and about what waits for
// their confirmation — once: a second run creates and mails nothing — and the notifications page's
// read marks and the private calendar feed with its revocable token.
import { createHash, randomUUID } from 'node:crypto'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { GET as calendarRoute } from '@/app/api/calendar/[token]/route'
import { createMemorandum } from '@/lib/memoranda/mutations'
import { CreateMemorandumInput } from '@/lib/memoranda/schema'
import { bishkekToday } from '@/lib/memoranda/status'
import {
  createCalendarToken,
  markAllNotificationsRead,
  markNotificationRead,
  revokeCalendarTokens,
} from '@/lib/notifications/mutations'
import { reminderStep, runReminders } from '@/lib/reminders/run'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'
import { expectAppError } from '../setup/expect-app-error'

const prisma = connect()
const f = factories(prisma)
const DAY = 24 * 3600 * 1000
const now = new Date()
const inDays = (n: number) => new Date(bishkekToday(now).getTime() + n * DAY).toISOString().slice(0, 10)

let editor: Actor, official: Actor, otherOfficial: Actor
let ngo: { id: string }, ao: { id: string }, otherAo: { id: string }
const memo: Record<'in20' | 'in5' | 'in100' | 'other', string> = { in20: '', in5: '', in100: '', other: '' }

const mine = (actor: Actor) =>
  prisma.notification.findMany({ where: { userId: actor.userId }, orderBy: { dedupeKey: 'asc' } })

beforeAll(async () => {
  ngo = await f.organization({ name: 'NGO (reminders test)' })
  ao = await f.lsgBody('KG07232804000')
  otherAo = await f.lsgBody('KG07232825000')
  editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
  official = await actorOf(await f.user({ memberships: [{ organizationId: ao.id, role: 'OFFICIAL' }] }))
  otherOfficial = await actorOf(await f.user({ memberships: [{ organizationId: otherAo.id, role: 'OFFICIAL' }] }))
  const create = async (expiryDate: string, body: string, subject: string) =>
    (
      await createMemorandum(
        editor,
        CreateMemorandumInput.parse({
          kind: 'MEMORANDUM_OF_COOPERATION',
          subject: { en: subject },
          sourceLocale: 'en',
          status: 'ACTIVE',
          signedDate: '2024-01-15',
          expiryDate,
          parties: [{ organizationId: ngo.id }, { organizationId: body }],
          submissionKey: randomUUID(),
        }),
      )
    ).id
  memo.in20 = await create(inDays(20), ao.id, 'Runs out in twenty days')
  memo.in5 = await create(inDays(5), ao.id, 'Runs out in five days')
  memo.in100 = await create(inDays(100), ao.id, 'Runs out in a hundred days')
  memo.other = await create(inDays(20), otherAo.id, 'Another aiyl okmot runs out')
})

afterAll(async () => {
  const ids = Object.values(memo)
  await prisma.confirmation.deleteMany({ where: { entityId: { in: ids } } })
  await prisma.agreement.deleteMany({ where: { id: { in: ids } } })
  await f.cleanup()
  await prisma.$disconnect()
})

describe('reminder steps', () => {
  it('a memorandum hears at 60, 30 and 7 days, and not before or after its end', () => {
    expect([61, 60, 31, 30, 8, 7, 1, 0, -1].map(reminderStep)).toEqual([null, 60, 60, 30, 30, 7, 7, 7, null])
  })
})

describe('npm run reminders', () => {
  it('tells the officials of a party body about its expiring memoranda and what waits for them, nobody else', async () => {
    delete process.env.SMTP_URL
    await runReminders({ now })
    const rows = await mine(official)
    const expiring = rows.filter((r) => r.kind === 'expiring')
    expect(expiring.map((r) => [r.entityId, (r.payload as { days: number }).days]).sort()).toEqual(
      [
        [memo.in20, 30],
        [memo.in5, 7],
      ].sort(),
    )
    expect(expiring.find((r) => r.entityId === memo.in5)!.payload).toMatchObject({
      daysLeft: 5,
      expiryDate: inDays(5),
      subject: { en: 'Runs out in five days' },
    })
    // The NGO recorded four memoranda with the aiyl okmot as a party: three wait for its answer.
    const pending = rows.filter((r) => r.kind === 'pending')
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({ entity: 'Organization', entityId: ao.id, payload: { count: 3 } })
    expect(rows.every((r) => r.mailedAt === null && r.readAt === null)).toBe(true)
    // The other body's official hears of their own memorandum only; the NGO's editor of nothing.
    expect((await mine(otherOfficial)).filter((r) => r.kind === 'expiring').map((r) => r.entityId)).toEqual([
      memo.other,
    ])
    expect(await mine(editor)).toEqual([])
  })

  it('is idempotent: run twice, the same rows', async () => {
    const before = await mine(official)
    const again = await runReminders({ now })
    expect(await mine(official)).toEqual(before)
    expect(again.created).toBe(0)
  })

  it('a memorandum that reaches the next step is told again, once', async () => {
    const later = new Date(now.getTime() + 15 * DAY)
    await runReminders({ now: later })
    await runReminders({ now: later })
    const steps = (await mine(official))
      .filter((r) => r.kind === 'expiring' && r.entityId === memo.in20)
      .map((r) => (r.payload as { days: number }).days)
      .sort()
    expect(steps).toEqual([30, 7])
  })

  it('mails one digest per person when SMTP is configured, marks it mailed, and never mails it again', async () => {
    const sink = await smtpSink()
    process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`
    try {
      const unmailed = (await mine(official)).filter((r) => !r.mailedAt).length
      expect(unmailed).toBeGreaterThan(0)
      await runReminders({ now })
      const toOfficial = sink.mails.filter((m) => m.includes(`${official.email}`))
      expect(toOfficial).toHaveLength(1)
      const [, body] = toOfficial[0].split('\r\n\r\n')
      const text = Buffer.from(body, 'base64').toString('utf8') // Russian, the account's language
      expect(text).toContain(`/ru/manage/memoranda/${memo.in5}`)
      expect(text).toContain('«Runs out in five days»')
      expect(text).toContain('/ru/manage/notifications')
      expect((await mine(official)).every((r) => r.mailedAt !== null)).toBe(true)
      const count = sink.mails.length
      await runReminders({ now })
      expect(sink.mails.length).toBe(count)
    } finally {
      delete process.env.SMTP_URL
      await sink.close()
    }
  })
})

describe('the notifications page', () => {
  it('marks one read, then all; another person’s notification is not found', async () => {
    const [first] = await mine(official)
    await expectAppError(markNotificationRead(otherOfficial, first.id), 'not_found')
    await markNotificationRead(official, first.id)
    const after = await mine(official)
    expect(after.find((r) => r.id === first.id)!.readAt).not.toBeNull()
    expect(after.filter((r) => !r.readAt).length).toBeGreaterThan(0)
    await markAllNotificationsRead(official)
    expect((await mine(official)).every((r) => r.readAt)).toBe(true)
    expect((await mine(otherOfficial)).some((r) => !r.readAt)).toBe(true)
  })
})

describe('the private calendar feed', () => {
  const feed = (token: string) =>
    calendarRoute(new Request(`http://localhost/api/calendar/${token}`, { headers: { host: 'localhost:3000' } }), {
      params: Promise.resolve({ token }),
    })

  it('lists the expiry dates of the memoranda of the user’s bodies as all-day events, privately', async () => {
    const { token } = await createCalendarToken(official)
    const stored = await prisma.calendarToken.findMany({ where: { userId: official.userId } })
    expect(stored).toHaveLength(1)
    expect(stored[0].tokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(stored)).not.toContain(token)
    const res = await feed(token)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    const ics = await res.text()
    expect(ics).toContain('BEGIN:VCALENDAR')
    for (const id of [memo.in20, memo.in5, memo.in100]) expect(ics).toContain(`memorandum-${id}@`)
    expect(ics).toContain(`DTSTART;VALUE=DATE:${inDays(5).replaceAll('-', '')}`)
    expect(ics).not.toContain(memo.other)
  })

  it('a revoked, replaced, unknown or malformed token answers 404', async () => {
    const { token: first } = await createCalendarToken(official)
    const { token: second } = await createCalendarToken(official)
    expect((await feed(first)).status).toBe(404)
    expect((await feed(second)).status).toBe(200)
    await revokeCalendarTokens(official)
    const revoked = await feed(second)
    expect(revoked.status).toBe(404)
    expect(revoked.headers.get('cache-control')).toBe('private, no-store')
    expect((await feed('x'.repeat(43))).status).toBe(404)
    expect((await feed('not a token')).status).toBe(404)
    expect(await prisma.calendarToken.count({ where: { userId: official.userId, revokedAt: null } })).toBe(0)
  })
})

/** A mail server that takes every mail and keeps its text (plain SMTP, no TLS, no auth). */
async function smtpSink(): Promise<{ port: number; mails: string[]; close: () => Promise<void> }> {
  const mails: string[] = []
  const server = net.createServer((socket) => {
    let data: string | null = null
    let buffer = ''
    socket.write('220 sink ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end < 0) return
          mails.push(data + buffer.slice(0, end))
          buffer = buffer.slice(end + 5)
          data = null
          socket.write('250 OK\r\n')
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol < 0) return
        const line = buffer.slice(0, eol)
        buffer = buffer.slice(eol + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n')
        else if (verb === 'DATA') {
          data = ''
          socket.write('354 go ahead\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else socket.write('250 OK\r\n')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
