import type { Metadata } from 'next'
import { shareMetadata } from '@/lib/og/metadata'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { currencyHrefs, CurrencySection } from '@/components/atlas/currency-switch'
import { DownloadDataButtons } from '@/components/charts/download-data-buttons'
import { GrantList, ProgrammeList, ProjectList } from '@/components/atlas/record-lists'
import { FunderFilterForm, FunderFilterNotes } from '@/components/funders/funder-filter-form'
import { FigureChart, FundingCharts } from '@/components/funders/funding-charts'
import { FunderPlaces } from '@/components/funders/funder-places'
import { ChoroplethMap } from '@/components/map/choropleth-map'
import { LocalizedText } from '@/components/ui/localized-text'
import { Section } from '@/components/ui/section'
import { funderFilters, funderQueryString } from '@/lib/funders/filters'
import { readFunderQuery } from '@/lib/funders/query'
import { enumLabel } from '@/lib/i18n/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { funderHref, fundersHref, organizationHref, placeHref } from '@/lib/i18n/paths'
import { getMapShapes } from '@/lib/map/boundaries'
import { findPublicFunder, getPublicFunder, hasFilters, listOblasts } from '@/lib/public/funders'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(params: Props['params']) {
  const { slug } = await params
  const funder = await findPublicFunder(slug)
  if (!funder) notFound()
  return funder
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const funder = await load(params)
  const t = await getTranslations('funders')
  return shareMetadata(locale, {
    path: funderHref(funder.slug),
    title: `${pickLocalized(funder.name, locale)?.text ?? funder.slug} · ${t('title')}`,
    image: `/og${funderHref(funder.slug)}`,
  })
}

/** One funder: what it funds, where and since when; its money beside the local share; its programmes and places. */
export default async function FunderPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await load(params)
  const { query, years } = await readFunderQuery(await searchParams)
  const { currency } = query
  const funder = await getPublicFunder(slug, funderFilters(query))
  if (!funder) notFound()
  const filtered = hasFilters(funder.filters)
  const [t, te, oblasts] = await Promise.all([getTranslations(), getTranslations('enums'), listOblasts()])
  const name = pickLocalized(funder.name, locale)?.text ?? funder.slug
  const local = funder.local
  const localRow = (type: 'LSG' | 'COMMUNITY') => local.rows.find((r) => r.partyType === type)
  const shapes = funder.projectsByOblast.length ? await getMapShapes(oblasts.map((o) => o.code)) : []
  const projectsIn = new Map(funder.projectsByOblast.map((o) => [o.code, o.projects]))

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm font-medium tracking-wide text-stone-500 uppercase">
          {t('funders.funderKind')} · {enumLabel(te, 'organizationKind', funder.kind)}
        </p>
        <h1 className="text-3xl font-semibold tracking-tight text-stone-950">
          <LocalizedText value={funder.name} locale={locale} />
        </h1>
        <p className="max-w-3xl text-stone-700">{t('funders.funderLead', { name })}</p>
        <p className="text-stone-800" data-funding-years>
          {funder.years
            ? t('funders.since', { first: funder.years.first, last: funder.years.last })
            : t('funders.sinceUnknown')}
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={organizationHref(funder.slug)} className="text-brand-800 underline">
            {t('funders.organizationPage')}
          </Link>
          <Link href={fundersHref} className="text-brand-800 underline">
            {t('funders.allFunders')}
          </Link>
        </p>
      </header>

      <div className="space-y-3">
        <FunderFilterForm locale={locale} href={funderHref(funder.slug)} query={query} years={years} />
        <FunderFilterNotes yearUnknownExcluded={funder.yearUnknownExcluded} query={query} />
      </div>

      <CurrencySection
        id="money"
        title={t('funders.moneyTitle')}
        currency={currency}
        hrefs={currencyHrefs(
          `/${locale}${funderHref(funder.slug)}`,
          funderQueryString({ ...query, currency: 'KGS' }).slice(1),
        )}
      >
        {funder.breakdown.total.items || !filtered ? (
          <FundingCharts breakdown={funder.breakdown} currency={currency} locale={locale} fileBase={funder.slug} />
        ) : (
          <p className="text-stone-700" data-nothing-in-filters>
            {t('funders.nothingInFilters')}
          </p>
        )}
      </CurrencySection>

      <Section id="local-share" title={t('funders.localTitle')}>
        <p className="max-w-3xl text-sm text-stone-700">
          {t('funders.localNote', { count: funder.projects.length })}
          {filtered ? ` ${t('funders.localFilteredNote')}` : null}
        </p>
        <div className="grid gap-4 lg:grid-cols-2">
          <FigureChart
            title={t('funders.localTitle')}
            note={t('funders.localWithAmount', {
              counted: funder.inProjects.counted + local.counted,
              lines: funder.inProjects.items + local.lines,
            })}
            labelHeader={t('funders.localParty')}
            rows={[
              { label: t('funders.thisFunder'), figure: funder.inProjects },
              ...(['LSG', 'COMMUNITY'] as const).map((type) => {
                const row = localRow(type)
                return {
                  label: enumLabel(te, 'partyType', type),
                  figure: { amount: row?.amount ?? null, items: row?.lines ?? 0 },
                }
              }),
            ]}
            currency={currency}
            fileName={`${funder.slug}-local-share-${currency}`}
          />
          {local.lines ? (
            <FigureChart
              title={t('funders.localCashInKind')}
              note={t('funders.localWithAmount', { counted: local.counted, lines: local.lines })}
              labelHeader={t('funders.localParty')}
              rows={[
                { label: t('funders.cash'), figure: { amount: local.cash.amount, items: local.cash.lines } },
                { label: t('funders.inKind'), figure: { amount: local.inKind.amount, items: local.inKind.lines } },
              ]}
              currency={currency}
              fileName={`${funder.slug}-local-cash-in-kind-${currency}`}
            />
          ) : (
            <p className="text-stone-700">{t('funders.localNone')}</p>
          )}
        </div>
      </Section>

      <Section id="places" title={t('funders.placesTitle')}>
        <p className="max-w-3xl text-sm text-stone-700">
          {t('funders.placesNote')}
          {filtered ? ` ${t('funders.filteredListNote')}` : null}
        </p>
        {shapes.length ? (
          <ChoroplethMap
            title={t('funders.mapTitle')}
            legendTitle={t('funders.mapLegend')}
            shapes={shapes.map((s) => {
              const o = oblasts.find((x) => x.code === s.code)!
              const n = pickLocalized(o.name, locale)
              const count = projectsIn.get(s.code) ?? null
              return {
                code: s.code,
                name: n?.text ?? s.code,
                nameLang: n?.isFallback ? n.locale : undefined,
                href: `/${locale}${placeHref(o.path)}`,
                value: count,
                valueLabel: count === null ? undefined : t('funders.projectCount', { count }),
                geometry: s.geometry,
              }
            })}
          />
        ) : null}
        {funder.projectsByOblast.length ? (
          <DownloadDataButtons
            name={`${funder.slug}-places`}
            columns={[
              { key: 'oblast', header: t('funders.oblast') },
              { key: 'projects', header: t('funders.projects') },
            ]}
            rows={funder.projectsByOblast.map((o) => ({
              oblast: pickLocalized(o.name, locale)?.text ?? o.code,
              projects: o.projects,
            }))}
          />
        ) : null}
        {funder.places.length ? (
          <FunderPlaces places={funder.places} locale={locale} />
        ) : (
          <p className="text-stone-700">{t('funders.noPlaces')}</p>
        )}
      </Section>

      <Section id="programmes" title={t('lists.programmes')}>
        <ProgrammeList items={funder.programmes} locale={locale} />
      </Section>
      <Section id="projects" title={t('lists.projects')}>
        <ProjectList items={funder.projects} locale={locale} />
      </Section>
      {funder.grants.length ? (
        <Section id="grants" title={t('lists.grants')}>
          <GrantList items={funder.grants} locale={locale} />
        </Section>
      ) : null}
    </div>
  )
}
