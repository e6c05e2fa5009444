import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ManagedRecordHeader } from '@/components/manage/managed-record-header'
import { SavedBanner } from '@/components/manage/saved-banner'
import { DefinitionList, linkClass, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { enumLabel } from '@/lib/i18n/enums'
import { Link, redirect } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { getOrganizationForView } from '@/lib/organizations/manage-queries'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('organizations.title') }
}

export default async function OrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/organizations/${id}`)
  const found = await getOrganizationForView(actor, id)
  if (!found) notFound()
  if (found.view === 'public') return redirect({ href: found.href, locale })
  const { organization: o, canEdit, canSeePrivate } = found
  const [t, te, query] = await Promise.all([getTranslations('manage'), getTranslations('enums'), searchParams])
  const dash = '—'
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage/organizations" className={linkClass}>
          ← {t('organizations.title')}
        </Link>
      </p>
      <SavedBanner query={query} />
      <ManagedRecordHeader
        title={<LocalizedText value={o.name} locale={locale} sourceLocale={o.sourceLocale} />}
        lead={enumLabel(te, 'organizationKind', o.kind)}
        entity="Organization"
        historySegment="organization"
        managePath="/manage/organizations"
        id={id}
        status={o.publicationStatus}
        version={o.version}
        canEdit={canEdit}
        query={query}
      />
      <Section title={t('organizations.detailsTitle')} id="details">
        <DefinitionList
          items={[
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
          ]}
        />
      </Section>
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
    </div>
  )
}
