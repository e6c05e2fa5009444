import { getTranslations } from 'next-intl/server'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'

/**
 * "Copy from a previous project": a plain GET form (the page reloads with `?copy=`), listing only the
 * projects of the user's own organizations. The words and places are copied, never the money.
 */
export async function CopyProjectForm({
  projects,
  chosen,
  locale,
}: {
  projects: { id: string; title: unknown; sourceLocale: string | null }[]
  chosen?: string
  locale: Locale
}) {
  if (!projects.length) return null
  const t = await getTranslations('manage.projects')
  return (
    <details open={Boolean(chosen)} className="mb-4 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
      <summary className="cursor-pointer font-medium text-stone-800">{t('copyTitle')}</summary>
      <form method="get" className="mt-2 flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="text-stone-700">{t('copyFrom')}</span>
          <select
            name="copy"
            defaultValue={chosen ?? ''}
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900"
          >
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {pickLocalized(p.title, locale, p.sourceLocale as Locale | null)?.text ?? p.id}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-stone-300 bg-white px-4 py-2 font-semibold text-stone-800 hover:bg-stone-100"
        >
          {t('copyButton')}
        </button>
      </form>
      <p className="mt-2 text-xs text-stone-600">{chosen ? t('copied') : t('copyNote')}</p>
    </details>
  )
}
