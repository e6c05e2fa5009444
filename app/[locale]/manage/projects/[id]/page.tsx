import { LedgerTable } from '@/components/contributions/ledger-table'
import { DeleteForm } from '@/components/manage/delete-form'
import { ManagedRecordFrame } from '@/components/manage/managed-record-frame'
import { RecordContentsSection, RecordPlacesSection } from '@/components/manage/record-sections'
import { linkClass, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { formatNumber, formatPartialDate } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'
import { rowPeriodText } from '@/lib/i18n/period'
import { deleteProjectAction } from '@/lib/projects/actions'
import { getProjectForView } from '@/lib/projects/manage-queries'
import { loadRecordPage, type RecordPageProps } from '@/lib/manage/record-page'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'projects.title')

export default async function ProjectPage(props: RecordPageProps) {
  const { locale, id, record, t, te, query } = await loadRecordPage(
    props,
    (id) => `/manage/projects/${id}`,
    getProjectForView,
  )
  const { project: p, canEdit } = record
  return (
    <ManagedRecordFrame
      back={
        p.partnership
          ? {
              href: `/manage/partnerships/${p.partnership.id}`,
              label: (
                <LocalizedText value={p.partnership.title} locale={locale} sourceLocale={p.partnership.sourceLocale} />
              ),
            }
          : { href: '/manage', label: t('dashboard.title') }
      }
      query={query}
      header={{
        title: <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />,
        entity: 'Project',
        record: p,
        canEdit,
        withContents: true,
      }}
      details={{
        title: t('projects.detailsTitle'),
        items: [
          {
            label: t('projects.fields.period'),
            value: await rowPeriodText(p, locale),
          },
          { label: t('form.owner'), value: <LocalizedText value={p.ownerOrganization.name} locale={locale} /> },
          {
            label: t('projects.fields.description'),
            value: p.description ? (
              <LocalizedText value={p.description} locale={locale} sourceLocale={p.sourceLocale} />
            ) : (
              '—'
            ),
          },
        ],
      }}
    >
      <RecordPlacesSection
        title={t('projects.fields.places')}
        emptyText={t('warnings.noTerritory')}
        territories={p.territories}
        locale={locale}
      />
      <RecordContentsSection
        id="ledger"
        title={t('contributions.ledgerTitle')}
        add={canEdit && { href: `/manage/projects/${id}/contributions/new`, label: t('contributions.new') }}
        count={p.contributions.length}
        empty={t('contributions.none')}
      >
        <LedgerTable rows={p.contributions} locale={locale} canEdit={canEdit} />
      </RecordContentsSection>
      <RecordContentsSection
        id="outcomes"
        title={t('outcomes.title')}
        add={canEdit && { href: `/manage/projects/${id}/outcomes/new`, label: t('outcomes.new') }}
        count={p.outcomes.length}
        empty={t('outcomes.none')}
      >
        <ul className="divide-y divide-stone-100">
          {p.outcomes.map((o) => (
            <li key={o.id} className="flex flex-wrap items-start justify-between gap-2 py-2" data-outcome={o.id}>
              <span>
                <span className="font-medium text-stone-900">
                  <LocalizedText value={o.indicator} locale={locale} />
                </span>
                <span className="block text-sm text-stone-700">
                  {enumLabel(te, 'outcomeKind', o.kind)}:{' '}
                  {t('outcomes.qualifiedValue', {
                    qualifier: o.qualifier,
                    value: formatNumber(o.value.toString(), locale, { maximumFractionDigits: 4 }),
                  })}{' '}
                  <LocalizedText value={o.unit} locale={locale} />
                  {o.date && ` · ${formatPartialDate(o.date, o.datePrecision, locale)}`}
                </span>
              </span>
              <span className="flex items-center gap-2 text-sm">
                <StatusBadge status={o.publicationStatus} />
                {canEdit && (
                  <Link href={`/manage/outcomes/${o.id}/edit`} className={linkClass}>
                    {t('form.edit')}
                  </Link>
                )}
              </span>
            </li>
          ))}
        </ul>
      </RecordContentsSection>
      {canEdit && p.contributions.length === 0 && p.outcomes.length === 0 && (
        <DeleteForm
          action={deleteProjectAction.bind(null, id, p.version)}
          label={t('projects.delete')}
          explanation={t('projects.deleteExplanation')}
        />
      )}
    </ManagedRecordFrame>
  )
}
