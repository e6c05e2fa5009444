import { getTranslations } from 'next-intl/server'

export async function PublishedBanner({ query }: { query: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations('manage.publishing')
  const published = typeof query.published === 'string' ? Number(query.published) : NaN
  const withdrawn = typeof query.withdrawn === 'string'
  if (!Number.isInteger(published) && !withdrawn) return null
  return (
    <p
      role="status"
      className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900"
    >
      {withdrawn ? t('withdrawn') : t('published', { count: published })}
    </p>
  )
}
