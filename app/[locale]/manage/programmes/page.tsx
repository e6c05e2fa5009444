import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { buttonClass, Empty, linkClass, PageHeader, Section, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { listManagedProgrammes } from '@/lib/programmes/manage-queries'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('programmes.title') }
}

export default async function ProgrammesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/programmes')
  const [t, rows, query] = await Promise.all([getTranslations('manage'), listManagedProgrammes(actor), searchParams])
  return (
    <div className="space-y-6">
      {query.deleted === '1' && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t('form.deleted')}
        </p>
      )}
      <PageHeader
        title={t('programmes.title')}
        lead={t('programmes.lead')}
        actions={
          canCreateRecords(actor) && (
            <Link href="/manage/programmes/new" className={buttonClass}>
              {t('programmes.new')}
            </Link>
          )
        }
      />
      <Section title={t('programmes.listTitle')} id="list">
        {rows.length === 0 ? (
          <Empty>{t('programmes.none')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {rows.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/manage/programmes/${p.id}`} className={linkClass}>
                  <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />
                </Link>
                <StatusBadge status={p.publicationStatus} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}
