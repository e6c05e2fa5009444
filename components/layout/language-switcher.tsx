'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useParams } from 'next/navigation'
import { enumLabel } from '@/lib/i18n/enums'
import { Link, usePathname } from '@/lib/i18n/navigation'
import { locales } from '@/lib/i18n/locales'

/** Links to the same page in the other languages; next-intl remembers the choice in a cookie. */
export function LanguageSwitcher() {
  const t = useTranslations()
  const te = useTranslations('enums')
  const current = useLocale()
  const pathname = usePathname()
  const params = useParams()
  return (
    <nav aria-label={t('nav.language')}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pathname comes from the current route
              href={{ pathname, params } as any}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={
                locale === current
                  ? 'rounded px-2 py-1 font-semibold text-brand-800 underline decoration-2 underline-offset-4'
                  : 'rounded px-2 py-1 text-stone-700 hover:bg-stone-100 hover:text-stone-950'
              }
            >
              {enumLabel(te, 'locale', locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
