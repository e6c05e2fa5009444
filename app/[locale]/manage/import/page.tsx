import { getTranslations } from 'next-intl/server'
import { ImportForm, UndoButton } from '@/components/import/import-form'
import { Empty, linkClass, PageHeader, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { formatDateTime } from '@/lib/format'
import { importKinds } from '@/lib/import/columns'
import { importOrganizations, listImportHistory } from '@/lib/import/queries'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { notFound } from 'next/navigation'

export const generateMetadata = messageTitle('import', 'title')

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/import')
  if (!canCreateRecords(actor)) notFound()
  const [t, history] = await Promise.all([getTranslations('import'), listImportHistory(actor)])
  const orgs = importOrganizations(actor).map((o) => ({
    id: o.id,
    label: pickName(o.name, locale),
  }))
  const exportOrg = orgs[0]?.id ?? ''

  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} lead={t('lead')} />

      <Section title={t('templates.title')} id="templates">
        <p className="mb-2 text-stone-700">{t('templates.lead')}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a className={linkClass} href={`/api/import/template?format=xlsx&locale=${locale}`} download>
              {t('templates.xlsx')}
            </a>
          </li>
          {importKinds.map((k) => (
            <li key={k}>
              <a className={linkClass} href={`/api/import/template?format=csv&kind=${k}`} download>
                {k}.csv
              </a>
            </li>
          ))}
          <li>
            <a className={linkClass} href="/api/import/template?format=csv&kind=dictionary" download>
              {t('templates.dictionary')}
            </a>
          </li>
        </ul>
        {(exportOrg || actor.isAdmin) && (
          <p className="mt-3 text-stone-700">
            {t('export.lead')}{' '}
            <a className={linkClass} href={`/api/import/export?format=xlsx&organizationId=${exportOrg}`} download>
              {t('export.xlsx')}
            </a>
          </p>
        )}
      </Section>

      <Section title={t('upload.title')} id="upload">
        <ImportForm organizations={orgs} admin={actor.isAdmin} />
      </Section>

      <Section title={t('history.title')} id="history">
        {history.length === 0 ? (
          <Empty>{t('history.empty')}</Empty>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="text-left text-stone-600">
                <tr>
                  <th className="py-1 pr-3">{t('history.when')}</th>
                  <th className="py-1 pr-3">{t('history.who')}</th>
                  <th className="py-1 pr-3">{t('history.file')}</th>
                  <th className="py-1 pr-3">{t('history.counts')}</th>
                  <th className="py-1 pr-3">
                    <span className="sr-only">{t('history.undo')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {history.map((b) => (
                  <tr key={b.id}>
                    <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(b.createdAt, locale)}</td>
                    <td className="py-2 pr-3">
                      {b.userName ?? t('history.system')}
                      {b.organizationName ? (
                        <>
                          {' · '}
                          <LocalizedText value={b.organizationName} locale={locale} />
                        </>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">
                      <div>{b.fileName}</div>
                      <code className="text-xs text-stone-500" title={b.sha256}>
                        SHA-256 {b.sha256.slice(0, 12)}…
                      </code>
                    </td>
                    <td className="py-2 pr-3">
                      {t('history.countsText', { created: b.created, updated: b.updated, unchanged: b.unchanged })}
                      {b.undoneAt && <div className="text-amber-800">{t('history.undone', { when: formatDateTime(b.undoneAt, locale) })}</div>}
                    </td>
                    <td className="py-2 pr-3">{b.canUndo && <UndoButton organizationId={b.organizationId} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  )
}

function pickName(name: unknown, locale: string): string {
  const n = (name ?? {}) as Record<string, string | undefined>
  return n[locale] ?? n.en ?? n.ru ?? n.ky ?? '—'
}
