'use client'

import { useTranslations } from 'next-intl'
import { Link, usePathname } from '@/lib/i18n/navigation'

export type ManageNavItem = { href: string; key: string }

/** The manage area's sections; the current one is marked for screen readers too. */
export function ManageNav({ items }: { items: ManageNavItem[] }) {
  const t = useTranslations('manage.nav')
  const pathname = usePathname()
  return (
    <nav aria-label={t('label')} className="min-w-0">
      {/* One scrolling row on a phone (not three wrapped ones above every form); a column beside the page from md. */}
      <ul className="-mx-1 flex gap-1 overflow-x-auto px-1 whitespace-nowrap md:mx-0 md:flex-col md:overflow-visible md:px-0 md:whitespace-normal">
        {items.map((item) => {
          const current =
            item.href === '/manage'
              ? pathname === '/manage'
              : pathname === item.href || pathname.startsWith(`${item.href}/`)
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={
                  current
                    ? 'block rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white'
                    : 'block rounded-md px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-stone-950'
                }
              >
                {t(item.key)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
