import { getTranslations } from 'next-intl/server'
import { formatNumber } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'

/**
 * "21–40 of 1,834" with previous and next links for one list of a page. `query` is the page's other
 * parameters (kept in the links); `param` is this list's page number in the URL, and the link goes to
 * the list's anchor. Plain links: it works without JavaScript.
 */
export async function Pager({
  href,
  query,
  param,
  anchor,
  label,
  page,
  pageSize,
  total,
  locale,
}: {
  href: string
  query: Record<string, string>
  param: string
  anchor: string
  label: string
  page: number
  pageSize: number
  total: number
  locale: Locale
}) {
  if (total <= pageSize && page === 1) return null
  const t = await getTranslations('lists')
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const to = (n: number) => {
    const q = new URLSearchParams(query)
    if (n > 1) q.set(param, String(n))
    else q.delete(param)
    return `${href}${q.size ? `?${q}` : ''}#${anchor}`
  }
  const from = Math.min(total, (page - 1) * pageSize + 1)
  const link = 'rounded px-2 py-0.5 text-brand-800 underline underline-offset-2 hover:no-underline'
  return (
    <nav aria-label={t('pagination', { list: label })} className="flex items-center gap-3 text-sm text-stone-700">
      <span>
        {t('pageOf', {
          from: formatNumber(from, locale),
          to: formatNumber(Math.min(total, page * pageSize), locale),
          total: formatNumber(total, locale),
        })}
      </span>
      {page > 1 ? (
        <Link href={to(Math.min(page - 1, pages))} className={link} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      {page < pages ? (
        <Link href={to(page + 1)} className={link} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  )
}
