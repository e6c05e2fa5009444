import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ManagedRecordHeader } from '@/components/manage/managed-record-header'
import { SavedBanner } from '@/components/manage/saved-banner'
import { DefinitionList, linkClass, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { formatMoney } from '@/lib/format'
import { getGrantForView } from '@/lib/grants/manage-queries'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { periodText } from '@/lib/i18n/period'
import { partialDate } from '@/lib/public/dto'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('grants.title') }
}

export default async function GrantPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/grants/${id}`)
  const found = await getGrantForView(actor, id)
  if (!found) notFound()
  const { grant: g, canEdit } = found
  const [t, query] = await Promise.all([getTranslations('manage'), searchParams])
  const period = await periodText(
    partialDate(g.startDate, g.startPrecision),
    partialDate(g.endDate, g.endPrecision),
    locale,
  )
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage/grants" className={linkClass}>
          ← {t('grants.title')}
        </Link>
      </p>
      <SavedBanner query={query} />
      <ManagedRecordHeader
        title={g.title ? <LocalizedText value={g.title} locale={locale} /> : t('contributions.untitledGrant')}
        entity="Grant"
        historySegment="grant"
        managePath="/manage/grants"
        id={id}
        status={g.publicationStatus}
        version={g.version}
        canEdit={canEdit}
        query={query}
      />
      <Section title={t('projects.detailsTitle')} id="details">
        <DefinitionList
          items={[
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
          ]}
        />
      </Section>
    </div>
  )
}
