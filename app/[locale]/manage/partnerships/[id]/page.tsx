import { getTranslations } from 'next-intl/server'
import { DeleteForm } from '@/components/manage/delete-form'
import { ManagedRecordFrame } from '@/components/manage/managed-record-frame'
import { RecordContentsSection, RecordPlacesSection } from '@/components/manage/record-sections'
import { linkClass, Section, StatusBadge } from '@/components/manage/ui'
import { MemorandumStatus } from '@/components/memoranda/memorandum-status'
import { LocalizedText } from '@/components/ui/localized-text'
import { enumLabel } from '@/lib/i18n/enums'
import { isTheme } from '@/lib/themes'
import { Link } from '@/lib/i18n/navigation'

import { loadRecordPage, type RecordPageProps } from '@/lib/manage/record-page'
import { rowPeriodText } from '@/lib/i18n/period'
import { deletePartnershipAction } from '@/lib/partnerships/actions'
import { getPartnershipForView } from '@/lib/partnerships/manage-queries'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'partnerships.title')

export default async function PartnershipPage(props: RecordPageProps) {
  const { locale, id, record, t, te, query } = await loadRecordPage(
    props,
    (id) => `/manage/partnerships/${id}`,
    getPartnershipForView,
  )
  const { partnership: p, canEdit } = record
  const tmo = await getTranslations('memoranda')
  const period = await rowPeriodText(p, locale)
  return (
    <ManagedRecordFrame
      back={{ href: '/manage/partnerships', label: t('partnerships.title') }}
      query={query}
      header={{
        title: <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />,
        entity: 'Partnership',
        record: p,
        canEdit,
        withContents: true,
        previewHref: `/manage/partnerships/${id}/preview`,
      }}
      details={{
        title: t('partnerships.detailsTitle'),
        items: [
          { label: t('partnerships.fields.status'), value: enumLabel(te, 'partnershipStatus', p.status) },
          { label: t('partnerships.fields.period'), value: period },
          { label: t('form.owner'), value: <LocalizedText value={p.ownerOrganization.name} locale={locale} /> },
          {
            label: t('partnerships.fields.themes'),
            value:
              p.themes
                .filter(isTheme)
                .map((th) => enumLabel(te, 'theme', th))
                .join(', ') || '—',
          },
          {
            label: t('partnerships.fields.summary'),
            value: p.summary ? <LocalizedText value={p.summary} locale={locale} sourceLocale={p.sourceLocale} /> : '—',
          },
        ],
      }}
    >
      <Section title={t('partnerships.fields.parties')} id="parties">
        <ul className="divide-y divide-stone-100">
          {p.parties.map((party) => (
            <li key={party.id} className="py-2" data-party={party.organizationId ?? party.nameAsReported}>
              <span className="font-medium text-stone-900">
                {party.organization ? (
                  <LocalizedText value={party.organization.name} locale={locale} />
                ) : (
                  party.nameAsReported
                )}
              </span>{' '}
              <span className="text-sm text-stone-600">
                · {enumLabel(te, 'partyType', party.partyType)}
                {party.isLead && ` · ${t('partnerships.lead_')}`}
              </span>
              {party.role && (
                <span className="block text-sm text-stone-700">
                  <LocalizedText value={party.role} locale={locale} />
                </span>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <RecordPlacesSection
        title={t('partnerships.fields.places')}
        emptyText={t('warnings.noTerritory')}
        territories={p.territories}
        locale={locale}
      />
      <RecordContentsSection
        id="projects"
        title={t('partnerships.projectsTitle')}
        add={canEdit && { href: `/manage/partnerships/${id}/projects/new`, label: t('projects.new') }}
        count={p.projects.length}
        empty={t('partnerships.noProjects')}
      >
        <ul className="divide-y divide-stone-100">
          {p.projects.map((pr) => (
            <li key={pr.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/manage/projects/${pr.id}`} className={linkClass}>
                <LocalizedText value={pr.title} locale={locale} sourceLocale={pr.sourceLocale} />
              </Link>
              <StatusBadge status={pr.publicationStatus} />
            </li>
          ))}
        </ul>
      </RecordContentsSection>
      <RecordContentsSection
        id="memoranda"
        title={tmo('title')}
        add={canEdit && { href: `/manage/memoranda/new?partnership=${id}`, label: tmo('new') }}
        count={p.agreements.length}
        empty={tmo('noneForPartnership')}
      >
        <ul className="divide-y divide-stone-100">
          {p.agreements.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/manage/memoranda/${a.id}`} className={linkClass}>
                <LocalizedText value={a.subject} locale={locale} sourceLocale={a.sourceLocale} />
              </Link>
              <span className="flex items-center gap-2">
                <MemorandumStatus m={a} />
                <StatusBadge status={a.publicationStatus} />
              </span>
            </li>
          ))}
        </ul>
      </RecordContentsSection>
      {canEdit && (
        <Section title={t('form.privateTitle')} id="private">
          <p className="mb-2 text-xs text-stone-600">{t('form.privateLead')}</p>
          <p className="whitespace-pre-line text-stone-800">{p.internalNote ?? '—'}</p>
        </Section>
      )}
      {canEdit && p.projects.length === 0 && (
        <DeleteForm
          action={deletePartnershipAction.bind(null, id, p.version)}
          label={t('partnerships.delete')}
          explanation={t('partnerships.deleteExplanation')}
        />
      )}
    </ManagedRecordFrame>
  )
}
