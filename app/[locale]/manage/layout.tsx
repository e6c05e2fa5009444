import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { ManageNav, type ManageNavItem } from '@/components/manage/manage-nav'
import { NotificationBell } from '@/components/manage/notification-bell'
import { SignOutButton } from '@/components/manage/sign-out-button'
import { getActor } from '@/lib/auth/actor'
import { roleNames } from '@/lib/auth/roles'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('manage')
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false } }
}

// Chrome only: the layout is not the lock. Every page and action below checks the actor itself.
export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor()
  // Every message for the forms below: the locale layout sends the browser only the public pages' (ADR 028).
  if (!actor) return <NextIntlClientProvider>{children}</NextIntlClientProvider>
  const t = await getTranslations('manage')
  const items: ManageNavItem[] = [
    { href: '/manage', key: 'dashboard' },
    { href: '/manage/partnerships', key: 'partnerships' },
    { href: '/manage/memoranda', key: 'memoranda' },
    { href: '/manage/organizations', key: 'organizations' },
    { href: '/manage/grants', key: 'grants' },
    { href: '/manage/programmes', key: 'programmes' },
    { href: '/manage/case-studies', key: 'caseStudies' },
  ]
  if (actor.isAdmin) items.push({ href: '/manage/users', key: 'users' }, { href: '/manage/audit', key: 'audit' })
  return (
    <NextIntlClientProvider>
      <div className="space-y-3 sm:space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg border border-stone-200 bg-white px-4 py-2 sm:py-3">
          <p className="text-sm text-stone-700">
            {t('signedInAs', { name: actor.name })}{' '}
            <span className="text-stone-500">
              (
              {roleNames(actor)
                .map((r) => t(`roles.${r}`))
                .join(', ')}
              )
            </span>
          </p>
          <div className="flex items-center gap-3">
            <NotificationBell userId={actor.userId} />
            <SignOutButton />
          </div>
        </div>
        {/* One column on a phone that never grows past it (the nav scrolls in its own row) */}
        <div className="grid grid-cols-[minmax(0,1fr)] gap-3 sm:gap-6 md:grid-cols-[13rem_minmax(0,1fr)]">
          <ManageNav items={items} />
          <div className="min-w-0">{children}</div>
        </div>
      </div>
    </NextIntlClientProvider>
  )
}
