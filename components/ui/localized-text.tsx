import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'

/**
 * Text of a multilingual field in the page's language, or, when it has none, in another language
 * with a visible marker (and the right `lang` for screen readers).
 */
export async function LocalizedText({
  value,
  locale,
  sourceLocale,
  fallback = '—',
}: {
  value: unknown
  locale: Locale
  sourceLocale?: Locale | null
  fallback?: string
}) {
  const picked = pickLocalized(value, locale, sourceLocale)
  if (!picked) return <>{fallback}</>
  if (!picked.isFallback) return <>{picked.text}</>
  const t = await getTranslations({ locale })
  const label = t('fallback.shownIn', { language: picked.locale })
  return (
    <span lang={picked.locale}>
      {picked.text}{' '}
      <abbr
        title={label}
        aria-label={label}
        className="rounded bg-stone-200 px-1 align-middle text-[0.65rem] font-semibold text-stone-700 uppercase no-underline"
      >
        {picked.locale}
      </abbr>
    </span>
  )
}
