import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { buttonClass, Empty, linkClass, PageHeader, Section, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { listManagedCaseStudies } from '@/lib/case-studies/manage-queries'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('caseStudies.title') }
}

export default async function CaseStudiesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/case-studies')
  const [t, rows, query] = await Promise.all([getTranslations('manage'), listManagedCaseStudies(actor), searchParams])
  return (
    <div className="space-y-6">
      {query.deleted === '1' && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t('form.deleted')}
        </p>
      )}
      <PageHeader
        title={t('caseStudies.title')}
        lead={t('caseStudies.lead')}
        actions={
          canCreateRecords(actor) && (
            <Link href="/manage/case-studies/new" className={buttonClass}>
              {t('caseStudies.new')}
            </Link>
          )
        }
      />
      <Section title={t('caseStudies.listTitle')} id="list">
        {rows.length === 0 ? (
          <Empty>{t('caseStudies.none')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {rows.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/manage/case-studies/${c.id}`} className={linkClass}>
                  <LocalizedText value={c.title} locale={locale} sourceLocale={c.sourceLocale} />
                </Link>
                <StatusBadge status={c.publicationStatus} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}
