import { ManagedRecordFrame } from '@/components/manage/managed-record-frame'
import { DefinitionList, linkClass, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'
import { loadRecordPage, type RecordPageProps } from '@/lib/manage/record-page'
import { getOrganizationForView } from '@/lib/organizations/manage-queries'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'organizations.title')

export default async function OrganizationPage(props: RecordPageProps) {
  const { locale, actor, record, t, te, query } = await loadRecordPage(
    props,
    (id) => `/manage/organizations/${id}`,
    getOrganizationForView,
  )
  const { organization: o, canEdit, canSeePrivate } = record
  const dash = '—'
  return (
    <ManagedRecordFrame
      back={{ href: '/manage/organizations', label: t('organizations.title') }}
      query={query}
      header={{
        title: <LocalizedText value={o.name} locale={locale} sourceLocale={o.sourceLocale} />,
        lead: enumLabel(te, 'organizationKind', o.kind),
        entity: 'Organization',
        record: o,
        canEdit,
      }}
      details={{
        title: t('organizations.detailsTitle'),
        items: [
          {
            label: t('organizations.fields.home'),
            value: o.homeTerritory ? <LocalizedText value={o.homeTerritory.name} locale={locale} /> : dash,
          },
          ...(o.governsTerritory
            ? [
                {
                  label: t('organizations.fields.governs'),
                  value: <LocalizedText value={o.governsTerritory.name} locale={locale} />,
                },
              ]
            : []),
          { label: t('organizations.fields.tin'), value: o.tin ?? dash },
          { label: t('organizations.fields.okpo'), value: o.okpo ?? dash },
          { label: t('organizations.fields.foundedYear'), value: o.foundedYear ?? dash },
          { label: t('form.owner'), value: <LocalizedText value={o.ownerOrganization.name} locale={locale} /> },
        ],
      }}
    >
      {canSeePrivate && (
        <Section title={t('form.privateTitle')} id="private">
          <p className="mb-3 text-xs text-stone-600">{t('form.privateLead')}</p>
          <DefinitionList
            items={[
              { label: t('organizations.fields.contactEmail'), value: o.contactEmail ?? dash },
              { label: t('organizations.fields.contactPhone'), value: o.contactPhone ?? dash },
              { label: t('organizations.fields.contactAddress'), value: o.contactAddress ?? dash },
              {
                label: t('form.internalNote'),
                value: o.internalNote ? <span className="whitespace-pre-line">{o.internalNote}</span> : dash,
              },
            ]}
          />
        </Section>
      )}
      {actor.isAdmin && (
        <p>
          <Link href={`/manage/organizations/${o.id}/merge`} className={linkClass}>
            {t('organizations.mergeLink')}
          </Link>
        </p>
      )}
    </ManagedRecordFrame>
  )
}
