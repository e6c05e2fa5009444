import 'server-only'
import ical from 'ical-generator'
import { LinkToken } from '@/lib/actions/bound'
import { hashToken } from '@/lib/auth/tokens'
import { prisma } from '@/lib/db'
import { linkOrigin } from '@/lib/deployment'
import { pickLocalized } from '@/lib/i18n/localized'
import { lastDayOf } from '@/lib/memoranda/status'
import { translatorFor } from '@/lib/notifications/translate'

/**
 * The private calendar of a token's owner: one all-day event on the last day of each memorandum their
 * organizations keep or are a party to and that still runs (not terminated, not renewed). Null for a
 * token that is malformed, unknown, revoked, or whose owner is disabled: the route says "not found".
 */
export async function calendarFeed(token: string, host: string | null): Promise<string | null> {
  if (!LinkToken.safeParse(token).success) return null
  const row = await prisma.calendarToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      revokedAt: true,
      user: { select: { disabledAt: true, locale: true, memberships: { select: { organizationId: true } } } },
    },
  })
  if (!row || row.revokedAt || row.user.disabledAt) return null
  const mine = { in: row.user.memberships.map((m) => m.organizationId) }
  const memoranda = await prisma.agreement.findMany({
    where: {
      expiryDate: { not: null },
      status: { notIn: ['TERMINATED', 'SUPERSEDED', 'DRAFT'] },
      OR: [{ ownerOrganizationId: mine }, { parties: { some: { organizationId: mine } } }],
    },
    orderBy: { expiryDate: 'asc' },
    take: 1000,
    select: { id: true, subject: true, expiryDate: true, expiryPrecision: true, updatedAt: true },
  })
  const locale = row.user.locale
  const t = await translatorFor(locale, 'notifications.calendar')
  const origin = linkOrigin(process.env, host)
  const calendar = ical({
    name: t('feedName'),
    prodId: { company: 'Partnership Registry', product: 'memoranda', language: locale.toUpperCase() },
  })
  for (const m of memoranda)
    calendar.createEvent({
      id: `memorandum-${m.id}@partnership-registry`,
      start: lastDayOf(m.expiryDate!, m.expiryPrecision),
      allDay: true,
      stamp: m.updatedAt,
      summary: t('eventTitle', { subject: pickLocalized(m.subject, locale)?.text ?? '—' }),
      url: `${origin}/${locale}/manage/memoranda/${m.id}`,
    })
  return calendar.toString()
}
