// What a notification says and where it leads, the same on the notifications page and in the digest
// mail. Pure: the caller passes a translator of the `notifications` namespace in the reader's language.
import { formatDate } from '@/lib/format'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import type { Translate } from './translate'

export type NotificationRow = { kind: string; entity: string; entityId: string; payload: unknown }

const payloadOf = (n: NotificationRow) =>
  (n.payload && typeof n.payload === 'object' ? n.payload : {}) as Record<string, unknown>

const entities = ['Agreement', 'Contribution', 'Outcome'] as const

export function notificationText(t: Translate, n: NotificationRow, locale: Locale): string {
  const p = payloadOf(n)
  const entity = (entities as readonly string[]).includes(n.entity) ? t(`entity.${n.entity}`) : n.entity
  switch (n.kind) {
    case 'expiring':
      return t('kind.expiring', {
        subject: pickLocalized(p.subject, locale)?.text ?? '—',
        days: Number(p.daysLeft ?? p.days ?? 0),
        date: typeof p.expiryDate === 'string' ? formatDate(p.expiryDate, locale) : '—',
      })
    case 'pending':
      return t('kind.pending', { count: Number(p.count ?? 0) })
    case 'toConfirm':
    case 'changed':
    case 'confirmed':
    case 'disputed':
      return t(`kind.${n.kind}`, { entity })
    default:
      return t('kind.other')
  }
}

/** The manage page a notification leads to (a path below the locale). */
export function notificationHref(n: NotificationRow): string {
  if (n.entity === 'Agreement') return `/manage/memoranda/${n.entityId}`
  if (n.kind === 'confirmed' || n.kind === 'disputed') {
    if (n.entity === 'Contribution') return `/manage/contributions/${n.entityId}/edit`
    if (n.entity === 'Outcome') return `/manage/outcomes/${n.entityId}/edit`
  }
  // What waits for the body's answer is on the desk.
  return '/manage'
}
