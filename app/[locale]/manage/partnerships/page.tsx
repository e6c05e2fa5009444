import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { buttonClass, Empty, linkClass, PageHeader, Section, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { listManagedPartnerships } from '@/lib/partnerships/manage-queries'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('partnerships.title') }
}

export default async function PartnershipsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/partnerships')
  const [t, rows, query] = await Promise.all([getTranslations('manage'), listManagedPartnerships(actor), searchParams])
  return (
    <div className="space-y-6">
      {query.deleted === '1' && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t('form.deleted')}
        </p>
      )}
      <PageHeader
        title={t('partnerships.title')}
        lead={t('partnerships.lead')}
        actions={
          canCreateRecords(actor) && (
            <Link href="/manage/partnerships/new" className={buttonClass}>
              {t('partnerships.new')}
            </Link>
          )
        }
      />
      <Section title={t('partnerships.listTitle')} id="list">
        {rows.length === 0 ? (
          <Empty>{t('dashboard.noPartnerships')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {rows.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <Link href={`/manage/partnerships/${p.id}`} className={linkClass}>
                    <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />
                  </Link>
                  <span className="block text-xs text-stone-500">
                    <LocalizedText value={p.ownerOrganization.name} locale={locale} />
                  </span>
                </span>
                <span className="flex items-center gap-3 text-sm text-stone-600">
                  {t('dashboard.projectCount', { count: p._count.projects })}
                  <StatusBadge status={p.publicationStatus} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}
