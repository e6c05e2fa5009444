import { getTranslations } from 'next-intl/server'
import { RecordListPage } from '@/components/manage/record-list-page'
import { linkClass, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listManagedPartnerships } from '@/lib/partnerships/manage-queries'

export const generateMetadata = messageTitle('manage', 'partnerships.title')

export default async function PartnershipsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/partnerships')
  const [t, rows, query] = await Promise.all([getTranslations('manage'), listManagedPartnerships(actor), searchParams])
  return (
    <RecordListPage
      area="partnerships"
      newHref="/manage/partnerships/new"
      canCreate={canCreateRecords(actor)}
      deleted={query.deleted === '1'}
    >
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
    </RecordListPage>
  )
}
