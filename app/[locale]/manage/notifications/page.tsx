import { getTranslations } from 'next-intl/server'
import { ButtonForm } from '@/components/forms/button-form'
import { Empty, linkClass, PageHeader, Section } from '@/components/manage/ui'
import { requireActor } from '@/lib/auth/actor'
import { formatDate, formatDateTime } from '@/lib/format'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import {
  createCalendarTokenAction,
  markAllNotificationsReadAction,
  markNotificationReadAction,
  revokeCalendarTokensAction,
} from '@/lib/notifications/actions'
import { activeCalendarToken, listMyNotifications } from '@/lib/notifications/queries'
import { notificationHref, notificationText } from '@/lib/notifications/text'

export const generateMetadata = messageTitle('notifications', 'title')

export default async function NotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/notifications')
  const [t, notifications, calendar] = await Promise.all([
    getTranslations('notifications'),
    listMyNotifications(actor),
    activeCalendarToken(actor),
  ])
  const unread = notifications.filter((n) => !n.readAt).length
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={unread > 0 && <ButtonForm action={markAllNotificationsReadAction}>{t('markAllRead')}</ButtonForm>}
      />
      <Section title={t('title')} id="notifications">
        {notifications.length === 0 ? (
          <Empty>{t('none')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {notifications.map((n) => (
              <li
                key={n.id}
                className="flex items-start justify-between gap-3 py-3"
                data-notification={n.kind}
                data-read={n.readAt ? 'yes' : 'no'}
              >
                <div className="min-w-0 flex-1 space-y-1">
                  <p className={n.readAt ? 'text-stone-700' : 'font-medium text-stone-950'}>
                    {!n.readAt && (
                      <span className="text-brand-900 mr-2 inline-block rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold">
                        {t('new')}
                      </span>
                    )}
                    {notificationText(t, n, locale)}
                  </p>
                  <p className="text-sm text-stone-600">
                    {formatDateTime(n.createdAt, locale)} ·{' '}
                    <Link href={notificationHref(n)} className={linkClass}>
                      {t('open')}
                    </Link>
                  </p>
                </div>
                {!n.readAt && (
                  <div className="shrink-0">
                    <ButtonForm action={markNotificationReadAction.bind(null, n.id)}>{t('markRead')}</ButtonForm>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('calendar.title')} id="calendar">
        <p className="mb-3 max-w-3xl text-sm text-stone-700">{t('calendar.lead')}</p>
        <p className="mb-3 text-sm text-stone-800" data-calendar={calendar ? 'active' : 'none'}>
          {calendar ? t('calendar.active', { date: formatDate(calendar.createdAt, locale) }) : t('calendar.none')}
        </p>
        <div className="flex flex-wrap items-start gap-3">
          <ButtonForm action={createCalendarTokenAction} variant={calendar ? 'secondary' : 'primary'}>
            {calendar ? t('calendar.replace') : t('calendar.create')}
          </ButtonForm>
          {calendar && (
            <ButtonForm action={revokeCalendarTokensAction} variant="danger">
              {t('calendar.revoke')}
            </ButtonForm>
          )}
        </div>
      </Section>
    </div>
  )
}
