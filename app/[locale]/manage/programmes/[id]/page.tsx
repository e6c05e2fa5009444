import { ManagedRecordFrame } from '@/components/manage/managed-record-frame'
import { LocalizedText } from '@/components/ui/localized-text'
import { formatMoney } from '@/lib/format'
import { rowPeriodText } from '@/lib/i18n/period'
import { enumLabel } from '@/lib/i18n/enums'
import { loadRecordPage, type RecordPageProps } from '@/lib/manage/record-page'
import { getProgrammeForView } from '@/lib/programmes/manage-queries'
import { isTheme } from '@/lib/themes'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'programmes.title')

export default async function ProgrammePage(props: RecordPageProps) {
  const { locale, record, t, te, query } = await loadRecordPage(
    props,
    (id) => `/manage/programmes/${id}`,
    getProgrammeForView,
  )
  const { programme: p, canEdit } = record
  return (
    <ManagedRecordFrame
      back={{ href: '/manage/programmes', label: t('programmes.title') }}
      query={query}
      header={{
        title: <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />,
        entity: 'Programme',
        record: p,
        canEdit,
      }}
      details={{
        title: t('projects.detailsTitle'),
        items: [
          {
            label: t('projects.fields.period'),
            value: await rowPeriodText(p, locale),
          },
          {
            label: t('programmes.fields.budget'),
            value:
              p.budgetMinor !== null && p.budgetCurrency ? formatMoney(p.budgetMinor, p.budgetCurrency, locale) : '—',
          },
          {
            label: t('programmes.fields.parties'),
            value: p.parties.length
              ? p.parties.map((x, i) => (
                  <span key={`${x.organizationId}-${x.role}`}>
                    {i > 0 && '; '}
                    <LocalizedText value={x.organization.name} locale={locale} /> (
                    {enumLabel(te, 'programmeRole', x.role)})
                  </span>
                ))
              : '—',
          },
          {
            label: t('projects.fields.places'),
            value: p.territories.length
              ? p.territories.map((x, i) => (
                  <span key={x.territoryId}>
                    {i > 0 && ', '}
                    <LocalizedText value={x.territory.name} locale={locale} />
                  </span>
                ))
              : '—',
          },
          {
            label: t('partnerships.fields.themes'),
            value:
              p.themes
                .filter(isTheme)
                .map((th) => enumLabel(te, 'theme', th))
                .join(', ') || '—',
          },
          { label: t('form.owner'), value: <LocalizedText value={p.ownerOrganization.name} locale={locale} /> },
        ],
      }}
    />
  )
}
