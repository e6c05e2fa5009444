import { RecordListPage } from '@/components/manage/record-list-page'
import { linkClass, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { listManagedCaseStudies } from '@/lib/case-studies/manage-queries'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'caseStudies.title')

export default async function CaseStudiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/case-studies')
  const [rows, query] = await Promise.all([listManagedCaseStudies(actor), searchParams])
  return (
    <RecordListPage
      area="caseStudies"
      newHref="/manage/case-studies/new"
      canCreate={canCreateRecords(actor)}
      deleted={query.deleted === '1'}
    >
      {rows.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <Link href={`/manage/case-studies/${c.id}`} className={linkClass}>
            <LocalizedText value={c.title} locale={locale} sourceLocale={c.sourceLocale} />
          </Link>
          <StatusBadge status={c.publicationStatus} />
        </li>
      ))}
    </RecordListPage>
  )
}
