import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { unreadNotificationCount } from '@/lib/notifications/queries'

/** The bell on every manage page: a link to the notifications, with how many are unread. */
export async function NotificationBell({ userId }: { userId: string }) {
  const [t, count] = await Promise.all([getTranslations('notifications'), unreadNotificationCount(userId)])
  return (
    <Link
      href="/manage/notifications"
      aria-label={t('bell', { count })}
      title={t('bell', { count })}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md border border-stone-300 bg-white text-stone-700 hover:bg-stone-100"
      data-unread={count}
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {count > 0 && (
        <span
          aria-hidden
          className="absolute -top-1.5 -right-1.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  )
}
