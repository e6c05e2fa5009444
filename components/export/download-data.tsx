import { getTranslations } from 'next-intl/server'
import { exportFormats, type RecordKind } from '@/lib/export/tables'

/**
 * "Download data": the records behind a page, one row each, under the page's own filter
 * (GET /api/v1/exports/{kind}); XLSX first, because Excel with Russian regional settings splits a
 * comma CSV wrongly (ADR "exports"). Plain links: these are files, not pages.
 */
export async function DownloadData({
  kinds,
  filter,
}: {
  kinds: readonly RecordKind[]
  filter: Record<string, string>
}) {
  const t = await getTranslations('exports')
  const href = (kind: string, format: string) =>
    `/api/v1/exports/${kind}?${new URLSearchParams({ ...filter, format }).toString()}`
  return (
    <section aria-labelledby="download-data" className="space-y-2 rounded border border-stone-200 bg-white p-4">
      <h2 id="download-data" className="text-lg font-semibold text-stone-950">
        {t('download')}
      </h2>
      <p className="text-sm text-stone-600">{t('downloadHint')}</p>
      <ul className="grid gap-1 text-sm sm:grid-cols-2">
        {kinds.map((kind) => (
          <li key={kind} className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-medium text-stone-800">{t(`recordKinds.${kind}`)}:</span>
            {exportFormats.map((format) => (
              <a
                key={format}
                className="text-brand-700 underline"
                href={href(kind, format)}
                download
                title={t(`formats.${format}`)}
              >
                {format.toUpperCase()}
              </a>
            ))}
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <a className="text-brand-700 underline" href="/api/v1/exports/dictionary?format=xlsx" download>
          {t('formats.dictionary')}
        </a>
      </p>
    </section>
  )
}
