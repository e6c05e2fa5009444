import { getTranslations } from 'next-intl/server'
import { readSaved } from '@/lib/manage/saved'

/** "Saved" after a redirect from a form, with any warning of the save. */
export async function SavedBanner({ query }: { query: Record<string, string | string[] | undefined> }) {
  const { saved, warnings } = readSaved(query)
  if (!saved && !warnings.length) return null
  const t = await getTranslations('manage')
  return (
    <div className="mb-4 space-y-2" aria-live="polite">
      {saved && (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900"
        >
          {saved === 'again' ? t('errors.alreadySaved') : t('form.saved')}
        </p>
      )}
      {warnings.map((w) => (
        <p
          key={w}
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t(`warnings.${w}`)}
        </p>
      ))}
    </div>
  )
}

/** "Deleted" after a redirect from a delete button (`?deleted=1`). */
export async function DeletedBanner({ query }: { query: Record<string, string | string[] | undefined> }) {
  if (query.deleted !== '1') return null
  const t = await getTranslations('manage')
  return (
    <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {t('form.deleted')}
    </p>
  )
}
