import { getTranslations } from 'next-intl/server'
import { RecordListPage } from '@/components/manage/record-list-page'
import { linkClass, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { formatMoney } from '@/lib/format'
import { listManagedGrants } from '@/lib/grants/manage-queries'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'grants.title')

export default async function GrantsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/grants')
  const [t, rows, query] = await Promise.all([getTranslations('manage'), listManagedGrants(actor), searchParams])
  return (
    <RecordListPage
      area="grants"
      newHref="/manage/grants/new"
      canCreate={canCreateRecords(actor)}
      deleted={query.deleted === '1'}
    >
      {rows.map((g) => (
        <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            <Link href={`/manage/grants/${g.id}`} className={linkClass}>
              {g.title ? <LocalizedText value={g.title} locale={locale} /> : t('contributions.untitledGrant')}
            </Link>
            <span className="block text-xs text-stone-500">
              <LocalizedText value={g.funder.name} locale={locale} /> →{' '}
              <LocalizedText value={g.recipient.name} locale={locale} />
            </span>
          </span>
          <span className="flex items-center gap-3 text-sm text-stone-700 tabular-nums">
            {g.amountMinor !== null && g.currency && formatMoney(g.amountMinor, g.currency, locale)}
            {g.amountWithheld && (
              <span className="rounded bg-stone-800 px-1.5 text-xs font-semibold text-white">
                {t('contributions.withheldBadge')}
              </span>
            )}
            <StatusBadge status={g.publicationStatus} />
          </span>
        </li>
      ))}
    </RecordListPage>
  )
}
