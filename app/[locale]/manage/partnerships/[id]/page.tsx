import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { DeleteForm } from '@/components/manage/delete-form'
import { ManagedRecordHeader } from '@/components/manage/managed-record-header'
import { SavedBanner } from '@/components/manage/saved-banner'
import { buttonClass, DefinitionList, Empty, linkClass, Section, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'

import { pageLocale } from '@/lib/i18n/page'
import { periodText } from '@/lib/i18n/period'
import { partialDate } from '@/lib/public/dto'
import { deletePartnershipAction } from '@/lib/partnerships/actions'
import { getPartnershipForView } from '@/lib/partnerships/manage-queries'
import { PartyView } from '@/components/partnerships/party-view'
import { isTheme } from '@/lib/themes'
import { redirect } from '@/lib/i18n/navigation'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('partnerships.title') }
}

export default async function PartnershipPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/partnerships/${id}`)
  const found = await getPartnershipForView(actor, id)
  if (!found) notFound()
  if (found.view === 'public') return redirect({ href: `/partnerships/${found.slug}`, locale })
  if (found.view === 'party') return <PartyView actor={actor} id={id} locale={locale} />
  const { partnership: p, canEdit } = found
  const [t, te, query] = await Promise.all([getTranslations('manage'), getTranslations('enums'), searchParams])
  const period = await periodText(
    partialDate(p.startDate, p.startPrecision),
    partialDate(p.endDate, p.endPrecision),
    locale,
  )
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage/partnerships" className={linkClass}>
          ← {t('partnerships.title')}
        </Link>
      </p>
      <SavedBanner query={query} />
      {query.deleted === '1' && (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {t('form.deleted')}
        </p>
      )}
      <ManagedRecordHeader
        title={<LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />}
        entity="Partnership"
        historySegment="partnership"
        managePath="/manage/partnerships"
        id={id}
        status={p.publicationStatus}
        version={p.version}
        canEdit={canEdit}
        query={query}
        withContents
        previewHref={`/manage/partnerships/${id}/preview`}
      />
      <Section title={t('partnerships.detailsTitle')} id="details">
        <DefinitionList
          items={[
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
              value: p.summary ? (
                <LocalizedText value={p.summary} locale={locale} sourceLocale={p.sourceLocale} />
              ) : (
                '—'
              ),
            },
          ]}
        />
      </Section>
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
      <Section title={t('partnerships.fields.places')} id="places">
        {p.territories.length === 0 ? (
          <Empty>{t('warnings.noTerritory')}</Empty>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {p.territories.map((pt) => (
              <li
                key={pt.territoryId}
                className="rounded-full border border-stone-300 bg-white px-3 py-1 text-sm"
                data-territory={pt.territory.code}
              >
                <LocalizedText value={pt.territory.name} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section
        title={t('partnerships.projectsTitle')}
        id="projects"
        actions={
          canEdit && (
            <Link href={`/manage/partnerships/${id}/projects/new`} className={buttonClass}>
              {t('projects.new')}
            </Link>
          )
        }
      >
        {p.projects.length === 0 ? (
          <Empty>{t('partnerships.noProjects')}</Empty>
        ) : (
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
        )}
      </Section>
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
    </div>
  )
}
