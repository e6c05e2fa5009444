import 'server-only'
// The reminders (`npm run reminders`, run by cron): per official of a local self-government, in-app
// notifications for the memoranda of their body that reach 60, 30 and 7 days before expiry, and a
// digest of what waits for the body's confirmation; then, when SMTP is configured, one mail per person
// with what they have not read and were not mailed yet. Every notification has a dedupeKey, so a second
// run the same day — or a run after a crash half-way — creates nothing twice and mails nothing twice.
import { createHash } from 'node:crypto'
import { listToConfirm } from '@/lib/confirmations/required'
import { prisma } from '@/lib/db'
import { linkOrigin } from '@/lib/deployment'
import { readEnv } from '@/lib/env'
import type { Prisma } from '@/lib/generated/prisma/client'
import { sendMail } from '@/lib/mail'
import { displayStatus, lastDayOf } from '@/lib/memoranda/status'
import { notificationHref, notificationText } from '@/lib/notifications/text'
import { translatorFor } from '@/lib/notifications/translate'

/** Days before the expiry at which the officials hear of it. */
export const EXPIRY_REMINDER_DAYS = [60, 30, 7] as const

/** The closest reminder a memorandum with `daysLeft` has reached (7 within a week, 30 within a month…). */
export function reminderStep(daysLeft: number): (typeof EXPIRY_REMINDER_DAYS)[number] | null {
  if (daysLeft < 0) return null
  return [...EXPIRY_REMINDER_DAYS].reverse().find((d) => daysLeft <= d) ?? null
}

type NewNotification = Prisma.NotificationCreateManyInput

export type ReminderRun = { created: number; mailed: number; mails: number }

export async function runReminders({ now = new Date() }: { now?: Date } = {}): Promise<ReminderRun> {
  const officials = await prisma.membership.findMany({
    where: { role: 'OFFICIAL', user: { disabledAt: null } },
    select: { userId: true, organizationId: true },
  })
  const bodies = [...new Set(officials.map((o) => o.organizationId))]
  const officialsOf = (orgIds: string[]) => [
    ...new Set(officials.filter((o) => orgIds.includes(o.organizationId)).map((o) => o.userId)),
  ]
  const rows: NewNotification[] = []

  // Memoranda running out: those kept by a body or with it as a party, still in force.
  const memoranda = await prisma.agreement.findMany({
    where: {
      status: { in: ['ACTIVE', 'EXPIRED'] },
      expiryDate: { not: null },
      OR: [{ ownerOrganizationId: { in: bodies } }, { parties: { some: { organizationId: { in: bodies } } } }],
    },
    select: {
      id: true,
      subject: true,
      status: true,
      expiryDate: true,
      expiryPrecision: true,
      ownerOrganizationId: true,
      parties: { select: { organizationId: true } },
    },
  })
  for (const m of memoranda) {
    const status = displayStatus(m, now)
    if (status.kind !== 'expiring') continue
    const step = reminderStep(status.daysLeft)
    if (step === null) continue
    // The end date is in the key: a memorandum extended by an amendment is reminded of again.
    const lastDay = lastDayOf(m.expiryDate!, m.expiryPrecision).toISOString().slice(0, 10)
    const orgIds = [m.ownerOrganizationId, ...m.parties.flatMap((p) => (p.organizationId ? [p.organizationId] : []))]
    for (const userId of officialsOf(orgIds))
      rows.push({
        userId,
        kind: 'expiring',
        entity: 'Agreement',
        entityId: m.id,
        payload: {
          days: step,
          daysLeft: status.daysLeft,
          expiryDate: lastDay,
          subject: m.subject as Prisma.InputJsonValue,
        },
        dedupeKey: `expiring:Agreement:${m.id}:${userId}:${step}:${lastDay}`,
      })
  }

  // What waits for each body's answer: one digest per set of records (a new record, a new digest).
  for (const organizationId of bodies) {
    const pending = (await listToConfirm([organizationId])).filter((w) => w.state === 'PENDING')
    if (!pending.length) continue
    const set = createHash('sha256')
      .update(
        pending
          .map((w) => `${w.entity}:${w.id}`)
          .sort()
          .join('\n'),
      )
      .digest('hex')
      .slice(0, 16)
    for (const userId of officialsOf([organizationId]))
      rows.push({
        userId,
        kind: 'pending',
        entity: 'Organization',
        entityId: organizationId,
        payload: { count: pending.length, organizationId },
        dedupeKey: `pending:Organization:${organizationId}:${userId}:${set}`,
      })
  }

  const { count: created } = await prisma.notification.createMany({ data: rows, skipDuplicates: true })
  const mail = readEnv().SMTP_URL ? await mailDigests(now) : { mailed: 0, mails: 0 }
  return { created, ...mail }
}

/**
 * One mail per person with their unread notifications not mailed yet (the reminders and what the
 * confirmations wrote), in their language; `mailedAt` is set only once the server took the mail.
 */
async function mailDigests(now: Date) {
  const unmailed = await prisma.notification.findMany({
    where: { mailedAt: null, readAt: null, user: { disabledAt: null } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      kind: true,
      entity: true,
      entityId: true,
      payload: true,
      userId: true,
      user: { select: { email: true, name: true, locale: true } },
    },
  })
  const origin = linkOrigin(process.env, null)
  let mailed = 0
  let mails = 0
  for (const userId of new Set(unmailed.map((n) => n.userId))) {
    const items = unmailed.filter((n) => n.userId === userId)
    const { email, name, locale } = items[0].user
    const t = await translatorFor(locale, 'notifications')
    const lines = items.map((n) => `- ${notificationText(t, n, locale)}\n  ${origin}/${locale}${notificationHref(n)}`)
    const sent = await sendMail({
      to: email,
      subject: t('mail.subject', { count: items.length }),
      text: [
        t('mail.greeting', { name }),
        '',
        ...lines,
        '',
        t('mail.footer', { url: `${origin}/${locale}/manage/notifications` }),
      ].join('\n'),
    })
    if (!sent) continue
    const { count } = await prisma.notification.updateMany({
      where: { id: { in: items.map((n) => n.id) }, mailedAt: null },
      data: { mailedAt: now },
    })
    mailed += count
    mails++
  }
  return { mailed, mails }
}
