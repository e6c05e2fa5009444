import { getTranslations } from 'next-intl/server'
import { currencyHrefs, CurrencySection } from '@/components/atlas/currency-switch'
import { DownloadDataButtons } from '@/components/charts/download-data-buttons'
import { FunderFilterForm, FunderFilterNotes } from '@/components/funders/funder-filter-form'
import { FigureChart, FundingCharts, pick } from '@/components/funders/funding-charts'
import { DataTable } from '@/components/ui/data-table'
import { LocalizedText } from '@/components/ui/localized-text'
import { Section } from '@/components/ui/section'
import { formatMoney } from '@/lib/format'
import { funderFilters, funderQueryString } from '@/lib/funders/filters'
import { readFunderQuery } from '@/lib/funders/query'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { messageShare } from '@/lib/og/metadata'
import { funderHref, fundersHref } from '@/lib/i18n/paths'
import { exportValue } from '@/lib/money/minor'
import { getFundersOverview } from '@/lib/public/funders'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = messageShare('funders', 'title', '/funders')

/** Who funds what: every funder with its total, and the money by year, oblast and theme, within the URL's filters. */
export default async function FundersPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { query, years } = await readFunderQuery(await searchParams)
  const { currency } = query
  const filters = funderFilters(query)
  const [t, overview] = await Promise.all([getTranslations(), getFundersOverview(filters)])
  const name = (v: unknown) => pickLocalized(v, locale)?.text ?? ''
  const money = (m: { kgsMinor: bigint; usdMinor: bigint } | null) =>
    m ? formatMoney(pick(m, currency), currency, locale) : t('funders.notStated')
  const period = (first: number | null, last: number | null) =>
    first === null || last === null
      ? t('funders.notStated')
      : first === last
        ? String(first)
        : t('lists.period', { from: first, to: last })
  const rows = [
    ...overview.funders.map((f) => ({ key: f.slug, f })),
    ...(overview.others.items ? [{ key: '', f: null }] : []),
  ]
  const format = currency === 'USD' ? 'money-usd' : 'money-kgs'

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight text-stone-950">{t('funders.title')}</h1>
        <p className="mt-2 max-w-3xl text-stone-700">{t('funders.lead')}</p>
      </header>

      <div className="space-y-3">
        <FunderFilterForm locale={locale} href={fundersHref} query={query} years={years} />
        <FunderFilterNotes yearUnknownExcluded={overview.yearUnknownExcluded} query={query} />
      </div>

      <CurrencySection
        id="funders"
        title={t('funders.tableTitle')}
        currency={currency}
        hrefs={currencyHrefs(`/${locale}${fundersHref}`, funderQueryString({ ...query, currency: 'KGS' }).slice(1))}
      >
        {rows.length ? (
          <>
            <DataTable
              look="boxed"
              data-funders
              columns={[
                { label: t('funders.funder') },
                { label: t('funders.total'), numeric: true },
                { label: t('funders.withAmount'), numeric: true },
                { label: t('funders.years') },
                { label: t('funders.oblasts'), numeric: true },
                { label: t('funders.projects'), numeric: true },
              ]}
            >
              <tbody>
                {rows.map(({ key, f }) => {
                  const figure = f ? f.figure : overview.others
                  return (
                    <tr key={key} className="border-t border-stone-100">
                      <th scope="row" className="px-3 py-2 font-normal">
                        {f ? (
                          <Link
                            href={`${funderHref(f.slug)}${funderQueryString({ currency })}`}
                            className="font-medium text-brand-800 underline-offset-2 hover:underline"
                          >
                            <LocalizedText value={f.name} locale={locale} />
                          </Link>
                        ) : (
                          <span className="text-stone-700">{t('funders.others')}</span>
                        )}
                      </th>
                      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{money(figure.amount)}</td>
                      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                        {t('funders.withAmountValue', { counted: figure.counted, items: figure.items })}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap">{f ? period(f.firstYear, f.lastYear) : ''}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{f ? f.oblastCount : ''}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{f ? f.projectCount : ''}</td>
                    </tr>
                  )
                })}
              </tbody>
            </DataTable>
            <DownloadDataButtons
              name={`funders-${currency}`}
              columns={[
                { key: 'funder', header: t('funders.funder') },
                { key: 'total', header: `${t('funders.total')} (${currency})` },
                { key: 'counted', header: t('funders.withAmount') },
                { key: 'items', header: t('funders.items') },
                { key: 'first', header: t('funders.from') },
                { key: 'last', header: t('funders.to') },
                { key: 'oblasts', header: t('funders.oblasts') },
                { key: 'projects', header: t('funders.projects') },
              ]}
              rows={rows.map(({ f }) => {
                const figure = f ? f.figure : overview.others
                return {
                  funder: f ? name(f.name) : t('funders.others'),
                  total: figure.amount ? exportValue(pick(figure.amount, currency), format) : null,
                  counted: figure.counted,
                  items: figure.items,
                  first: f?.firstYear ?? null,
                  last: f?.lastYear ?? null,
                  oblasts: f?.oblastCount ?? null,
                  projects: f?.projectCount ?? null,
                }
              })}
            />
          </>
        ) : (
          <p className="text-stone-700">{t('funders.noFunders')}</p>
        )}
      </CurrencySection>

      {rows.length ? (
        <Section id="money" title={t('funders.moneyTitle')}>
          <FigureChart
            title={t('funders.byFunderTitle')}
            note={t('funders.note', {
              counted: overview.breakdown.total.counted,
              items: overview.breakdown.total.items,
            })}
            labelHeader={t('funders.funder')}
            rows={rows.map(({ f }) => ({
              label: f ? name(f.name) : t('funders.others'),
              figure: f ? f.figure : overview.others,
            }))}
            currency={currency}
            fileName={`funders-by-funder-${currency}`}
          />
          <FundingCharts breakdown={overview.breakdown} currency={currency} locale={locale} fileBase="funders" />
        </Section>
      ) : null}
    </div>
  )
}
