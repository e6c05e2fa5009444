import { getTranslations } from 'next-intl/server'
import { LocalizedText } from '@/components/ui/localized-text'
import { Link } from '@/lib/i18n/navigation'
import type { Locale } from '@/lib/i18n/locales'

export type Crumb = { href?: string; label: unknown; isText?: boolean }

/** Home › Oblast › Rayon › … ; the last crumb is the current page. */
export async function Breadcrumb({ crumbs, locale }: { crumbs: Crumb[]; locale: Locale }) {
  const t = await getTranslations()
  return (
    <nav aria-label={t('place.breadcrumb')} className="text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
        <li>
          <Link href="/" className="text-brand-700 underline-offset-2 hover:underline">
            {t('nav.home')}
          </Link>
        </li>
        {crumbs.map((c, i) => (
          <li key={i} className="flex items-center gap-1">
            <span aria-hidden className="text-stone-400">
              ›
            </span>
            {c.href && i < crumbs.length - 1 ? (
              <Link href={c.href} className="text-brand-700 underline-offset-2 hover:underline">
                {c.isText ? (c.label as string) : <LocalizedText value={c.label} locale={locale} />}
              </Link>
            ) : (
              <span aria-current={i === crumbs.length - 1 ? 'page' : undefined} className="text-stone-800">
                {c.isText ? (c.label as string) : <LocalizedText value={c.label} locale={locale} />}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
