import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ManagedRecordHeader } from '@/components/manage/managed-record-header'
import { SavedBanner } from '@/components/manage/saved-banner'
import { DefinitionList, linkClass, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { formatMoney } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { Link, redirect } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { periodText } from '@/lib/i18n/period'
import { partialDate } from '@/lib/public/dto'
import { getProgrammeForView } from '@/lib/programmes/manage-queries'
import { isTheme } from '@/lib/themes'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('programmes.title') }
}

export default async function ProgrammePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/programmes/${id}`)
  const found = await getProgrammeForView(actor, id)
  if (!found) notFound()
  if (found.view === 'public') return redirect({ href: found.href, locale })
  const { programme: p, canEdit } = found
  const [t, te, query] = await Promise.all([getTranslations('manage'), getTranslations('enums'), searchParams])
  const period = await periodText(
    partialDate(p.startDate, p.startPrecision),
    partialDate(p.endDate, p.endPrecision),
    locale,
  )
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage/programmes" className={linkClass}>
          ← {t('programmes.title')}
        </Link>
      </p>
      <SavedBanner query={query} />
      <ManagedRecordHeader
        title={<LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />}
        entity="Programme"
        historySegment="programme"
        managePath="/manage/programmes"
        id={id}
        status={p.publicationStatus}
        version={p.version}
        canEdit={canEdit}
        query={query}
      />
      <Section title={t('projects.detailsTitle')} id="details">
        <DefinitionList
          items={[
            { label: t('projects.fields.period'), value: period },
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
          ]}
        />
      </Section>
    </div>
  )
}
