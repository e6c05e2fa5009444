import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import NextLink from 'next/link'
import { z } from 'zod'
import { ProgrammeList } from '@/components/atlas/record-lists'
import { ChoroplethMap } from '@/components/map/choropleth-map'
import { LocalizedText } from '@/components/ui/localized-text'
import { Section } from '@/components/ui/section'
import { listRecentlyUpdatedCaseStudies } from '@/lib/public/case-studies'
import { listNationalProgrammes } from '@/lib/public/programmes'
import { formatDate, formatMoney } from '@/lib/format'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { caseStudyHref, placeHref } from '@/lib/i18n/paths'
import { getMapShapes } from '@/lib/map/boundaries'
import { loadHomeFiguresCached } from '@/lib/public/cached'
import { shareMetadata } from '@/lib/og/metadata'

export const dynamic = 'force-dynamic'

const metrics = ['caseStudies', 'partnerships', 'costShare'] as const
const Query = z.object({ metric: z.enum(metrics).catch('caseStudies') })

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'meta' })
  return shareMetadata(locale, { path: '', title: t('title') })
}

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const { metric } = Query.parse(await searchParams)
  const [t, { regions, totals, costByRegion: costs }, latest, nationalProgrammes] = await Promise.all([
    getTranslations(),
    loadHomeFiguresCached(),
    listRecentlyUpdatedCaseStudies(),
    listNationalProgrammes(),
  ])
  const costByRegion = new Map(costs)
  const shapes = await getMapShapes(regions.map((r) => r.code))
  const byCode = new Map(regions.map((r) => [r.code, r]))
  const collator = new Intl.Collator(locale)
  const nameOf = (r: (typeof regions)[number]) => pickLocalized(r.names, locale)?.text ?? r.code
  const ordered = [...regions].sort((a, b) =>
    a.kind === b.kind ? collator.compare(nameOf(a), nameOf(b)) : a.kind === 'OBLAST' ? -1 : 1,
  )
  // A region without any amount that adds up has no value on the money map: unknown, not zero.
  const moneyOf = (code: string) => costByRegion.get(code) ?? null
  const valueOf = (code: string): number | null => {
    if (metric !== 'costShare') return byCode.get(code)?.[metric] ?? 0
    const m = moneyOf(code)
    return m ? Number(m.kgsMinor / 100n) : null
  }
  const labelOf = (code: string) => {
    if (metric !== 'costShare')
      return t(metric === 'caseStudies' ? 'home.regionCaseStudies' : 'home.regionPartnerships', {
        count: valueOf(code) ?? 0,
      })
    const m = moneyOf(code)
    return m ? formatMoney(m.kgsMinor, 'KGS', locale) : t('home.amountNotStated')
  }

  return (
    <div className="space-y-10">
      <section aria-labelledby="lead" className="max-w-3xl">
        <h1 id="lead" className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">
          {t('meta.title')}
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-stone-700">{t('home.lead')}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link
            href="/case-studies"
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t('home.browse')}
          </Link>
          <Link
            href="/search"
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
          >
            {t('home.search')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures" className="sr-only">
          {t('home.figuresTitle')}
        </h2>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {(['caseStudies', 'partnerships', 'territories'] as const).map((key) => (
            <div
              key={key}
              className="rounded-lg border border-stone-200 bg-white px-4 py-3 text-lg font-medium text-stone-800"
            >
              {t(`home.${key}`, { count: totals[key] })}
            </div>
          ))}
        </div>
        <p className="mt-3 text-stone-700" data-national-total>
          {totals.national.total
            ? t('home.nationalTotal', {
                amount: formatMoney(totals.national.total.kgsMinor, 'KGS', locale),
                counted: totals.national.counted,
                lines: totals.national.lines,
              })
            : t('home.nationalTotalUnknown', { lines: totals.national.lines })}{' '}
          {totals.multiOblast.total
            ? t('home.multiOblast', { amount: formatMoney(totals.multiOblast.total.kgsMinor, 'KGS', locale) })
            : null}
        </p>
      </section>

      <Section
        id="map"
        title={t('home.mapTitle')}
        aside={
          <nav aria-label={t('home.mapMetric')} className="flex flex-wrap items-center gap-1 text-sm">
            <span className="text-stone-600">{t('home.mapMetric')}:</span>
            {metrics.map((m) => (
              <NextLink
                key={m}
                href={`?metric=${m}`}
                scroll={false}
                replace
                aria-current={m === metric ? 'true' : undefined}
                className={
                  m === metric
                    ? 'rounded bg-brand-700 px-2 py-0.5 font-semibold text-white'
                    : 'rounded px-2 py-0.5 text-brand-800 underline'
                }
              >
                {t(`home.metrics.${m}`)}
              </NextLink>
            ))}
          </nav>
        }
      >
        <ChoroplethMap
          title={t(`home.metricTitles.${metric}`)}
          legendTitle={t(`home.metrics.${metric}`)}
          formatValue={
            metric === 'costShare' ? (v: number) => formatMoney(BigInt(Math.round(v)) * 100n, 'KGS', locale) : undefined
          }
          shapes={shapes.map((s) => {
            const r = byCode.get(s.code)!
            const n = pickLocalized(r.names, locale)
            return {
              code: s.code,
              name: n?.text ?? s.code,
              nameLang: n?.isFallback ? n.locale : undefined,
              href: `/${locale}${placeHref(r.path)}`,
              value: valueOf(s.code),
              valueLabel: labelOf(s.code),
              geometry: s.geometry,
            }
          })}
        />
      </Section>

      <Section id="regions" title={t('home.regionsTitle')}>
        <p className="-mt-1 text-stone-700">{t('home.regionsLead')}</p>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {ordered.map((r) => (
            <li
              key={r.code}
              data-territory={r.code}
              className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
            >
              <p className="text-xs font-medium tracking-wide text-stone-500 uppercase">
                {r.kind === 'OBLAST' ? t('home.oblast') : t('home.city')}
              </p>
              <h3 className="mt-1 text-lg font-semibold">
                <Link
                  href={placeHref(r.path)}
                  className="text-stone-950 underline-offset-2 hover:text-brand-800 hover:underline"
                >
                  <LocalizedText value={r.names} locale={locale} />
                </Link>
              </h3>
              <p className="mt-2 text-xl font-semibold text-brand-800 tabular-nums">
                {t('home.regionCaseStudies', { count: r.caseStudies })}
              </p>
              <p className="text-sm text-stone-600">{t('home.regionPartnerships', { count: r.partnerships })}</p>
            </li>
          ))}
        </ul>
      </Section>

      {nationalProgrammes.length ? (
        <Section id="national-programmes" title={t('home.nationalProgrammesTitle')}>
          <p className="mb-3 text-stone-700">{t('home.nationalProgrammesLead')}</p>
          <ProgrammeList items={nationalProgrammes} locale={locale} />
        </Section>
      ) : null}

      <Section id="latest" title={t('home.latestTitle')}>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {latest.map((cs) => (
            <li key={cs.slug} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link
                href={caseStudyHref(cs.slug)}
                className="font-medium text-brand-800 underline-offset-2 hover:underline"
              >
                <LocalizedText value={cs.title} locale={locale} sourceLocale={cs.sourceLocale} />
              </Link>
              <p className="mt-1 text-sm text-stone-600">
                {cs.places[0] ? (
                  <>
                    <LocalizedText value={cs.places[0]} locale={locale} />
                    {' · '}
                  </>
                ) : null}
                {t('home.updatedOn', { date: formatDate(cs.updatedAt, locale) })}
              </p>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  )
}
