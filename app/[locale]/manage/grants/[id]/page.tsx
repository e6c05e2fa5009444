import { ManagedRecordFrame } from '@/components/manage/managed-record-frame'
import { linkClass } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { formatMoney } from '@/lib/format'
import { getGrantForView } from '@/lib/grants/manage-queries'
import { Link } from '@/lib/i18n/navigation'
import { rowPeriodText } from '@/lib/i18n/period'
import { loadRecordPage, type RecordPageProps } from '@/lib/manage/record-page'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'grants.title')

export default async function GrantPage(props: RecordPageProps) {
  const { locale, record, t, query } = await loadRecordPage(props, (id) => `/manage/grants/${id}`, getGrantForView)
  const { grant: g, canEdit } = record
  const period = await rowPeriodText(g, locale)
  return (
    <ManagedRecordFrame
      back={{ href: '/manage/grants', label: t('grants.title') }}
      query={query}
      header={{
        title: g.title ? <LocalizedText value={g.title} locale={locale} /> : t('contributions.untitledGrant'),
        entity: 'Grant',
        record: g,
        canEdit,
      }}
      details={{
        title: t('projects.detailsTitle'),
        items: [
          { label: t('grants.fields.funder'), value: <LocalizedText value={g.funder.name} locale={locale} /> },
          { label: t('grants.fields.recipient'), value: <LocalizedText value={g.recipient.name} locale={locale} /> },
          {
            label: t('contributions.fields.amount'),
            value: (
              <>
                {g.amountMinor !== null && g.currency ? formatMoney(g.amountMinor, g.currency, locale) : '—'}
                {g.amountWithheld && (
                  <span className="ml-2 rounded bg-stone-800 px-1.5 text-xs font-semibold text-white">
                    {t('contributions.withheldBadge')}
                  </span>
                )}
              </>
            ),
          },
          { label: t('projects.fields.period'), value: period },
          {
            label: t('grants.fields.project'),
            value: g.project ? (
              <Link href={`/manage/projects/${g.project.id}`} className={linkClass}>
                <LocalizedText value={g.project.title} locale={locale} />
              </Link>
            ) : (
              '—'
            ),
          },
          {
            label: t('grants.fields.programme'),
            value: g.programme ? <LocalizedText value={g.programme.title} locale={locale} /> : '—',
          },
          { label: t('grants.countedTitle'), value: g.contribution ? t('grants.counted') : t('grants.notCounted') },
          { label: t('form.owner'), value: <LocalizedText value={g.ownerOrganization.name} locale={locale} /> },
        ],
      }}
    />
  )
}
