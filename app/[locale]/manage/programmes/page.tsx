import { RecordListPage } from '@/components/manage/record-list-page'
import { linkClass, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listManagedProgrammes } from '@/lib/programmes/manage-queries'

export const generateMetadata = messageTitle('manage', 'programmes.title')

export default async function ProgrammesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/programmes')
  const [rows, query] = await Promise.all([listManagedProgrammes(actor), searchParams])
  return (
    <RecordListPage
      area="programmes"
      newHref="/manage/programmes/new"
      canCreate={canCreateRecords(actor)}
      deleted={query.deleted === '1'}
    >
      {rows.map((p) => (
        <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <Link href={`/manage/programmes/${p.id}`} className={linkClass}>
            <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />
          </Link>
          <StatusBadge status={p.publicationStatus} />
        </li>
      ))}
    </RecordListPage>
  )
}
