import { getTranslations } from 'next-intl/server'
import { ChartCard } from '@/components/charts/chart-card'
import { CurrencySection } from './currency-switch'
import { TotalCaveats } from './total-caveats'
import { DataTable } from '@/components/ui/data-table'
import { LocalizedLink } from '@/components/ui/localized-link'
import { LocalizedText } from '@/components/ui/localized-text'
import { pickLocalized } from '@/lib/i18n/localized'
import type { MoneyFigures, OutcomeTheme, SharedProject, StatedShare } from '@/lib/public/money'
import type { Money } from '@/lib/public/totals'
import { formatMoney, formatNumber, formatShare } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { projectHref } from '@/lib/i18n/paths'

type Props = {
  locale: Locale
  currency: 'KGS' | 'USD'
  /** Start of the CSV file names, e.g. the territory code. */
  fileBase: string
  money: MoneyFigures
  /** What counts in this territory itself rather than in one of its children (null: nothing). */
  direct: Money | null
  /** The largest stated shares, and how many there are. */
  statedShares: { items: StatedShare[]; total: number }
  /** The first shared projects, and how many there are. */
  shared: { items: SharedProject[]; total: number }
  /** Result figures per theme (counted in full) with the first few of each. */
  outcomes: OutcomeTheme[]
  activity: { year: number; projects: number }[]
}

/** Cost-share, cash and in-kind, results by theme and activity over the years, each honest about its basis. */
export async function TerritoryCharts({
  locale,
  currency,
  fileBase,
  money,
  direct,
  statedShares,
  shared,
  outcomes,
  activity,
}: Props) {
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  const usd = currency === 'USD'
  const format = usd ? 'money-usd' : 'money-kgs'
  const pick = (m: Money) => (usd ? m.usdMinor : m.kgsMinor)
  const withAmount = money.rows.filter((r) => r.amount)
  const withoutAmount = money.rows.filter((r) => !r.amount)
  const forms = [
    { key: 'cash', label: t('costShare.cash'), ...money.cash },
    { key: 'inKind', label: t('costShare.inKind'), ...money.inKind },
  ]

  const byTheme = outcomes
  const more = (shown: number, total: number) =>
    total > shown ? (
      <p className="mt-2 text-sm text-stone-600" data-more>
        {t('lists.pageOf', { from: 1, to: formatNumber(shown, locale), total: formatNumber(total, locale) })}
      </p>
    ) : null

  return (
    <CurrencySection
      id="money-and-results"
      title={t('place.chartsTitle')}
      currency={currency}
      hrefs={{ KGS: '?currency=KGS', USD: '?currency=USD' }}
    >
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <ChartCard
            type="bars"
            title={t('costShare.title')}
            note={t('costShare.note', { withAmount: money.counted, total: money.lines })}
            fileName={`${fileBase}-cost-share-${currency}`}
            format={format}
            labelHeader={t('costShare.partyType')}
            valueHeader={t('costShare.amount')}
            data={withAmount.map((r) => ({ label: enumLabel(te, 'partyType', r.partyType), value: pick(r.amount!) }))}
          />
          <p className="text-sm text-stone-700" data-total>
            {money.total
              ? t('costShare.total', { amount: formatMoney(pick(money.total), currency, locale) })
              : t('costShare.totalUnknown')}
            {money.total && direct
              ? ` ${t('costShare.direct', { amount: formatMoney(pick(direct), currency, locale) })}`
              : ''}
          </p>
          {withoutAmount.length ? (
            <ul className="space-y-1 text-sm text-stone-700" data-not-stated>
              {withoutAmount.map((r) => (
                <li key={r.partyType}>
                  {t('costShare.notStatedRow', { partyType: enumLabel(te, 'partyType', r.partyType), count: r.lines })}
                </li>
              ))}
            </ul>
          ) : null}
          <TotalCaveats classes={money.classes} estimated={usd ? money.estimated.usd : money.estimated.kgs} />
        </div>
        <div className="space-y-2">
          <ChartCard
            type="bars"
            title={t('costShare.cashInKindTitle')}
            note={t('costShare.note', {
              withAmount: money.cash.counted + money.inKind.counted,
              total: money.cash.lines + money.inKind.lines,
            })}
            fileName={`${fileBase}-cash-in-kind-${currency}`}
            format={format}
            labelHeader={t('costShare.form')}
            valueHeader={t('costShare.amount')}
            data={forms.flatMap((f) => (f.amount ? [{ label: f.label, value: pick(f.amount) }] : []))}
          />
          {forms.some((f) => !f.amount && f.lines) ? (
            <ul className="space-y-1 text-sm text-stone-700">
              {forms
                .filter((f) => !f.amount && f.lines)
                .map((f) => (
                  <li key={f.key}>{t('costShare.notStatedRow', { partyType: f.label, count: f.lines })}</li>
                ))}
            </ul>
          ) : null}
        </div>
      </div>

      {shared.items.length ? (
        <div className="rounded-lg border border-stone-200 bg-white p-4" data-shared-projects>
          <h3 className="text-lg font-semibold text-stone-950">{t('costShare.sharedTitle')}</h3>
          <p className="mt-1 text-sm text-stone-600">{t('costShare.sharedNote')}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {shared.items.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap justify-between gap-x-3 border-b border-stone-100 pb-1 last:border-0"
              >
                <span>
                  <LocalizedLink href={projectHref(s.id)} value={s.title} locale={locale} />{' '}
                  <span className="text-stone-600">
                    ·{' '}
                    {s.countedIn
                      ? t('costShare.sharedWith', {
                          count: s.places,
                          place: pickLocalized(s.countedIn.name, locale)?.text ?? s.countedIn.code,
                        })
                      : t('costShare.sharedNational', { count: s.places })}
                  </span>
                </span>
                <span className="text-stone-900 tabular-nums">
                  {s.total ? formatMoney(pick(s.total), currency, locale) : t('costShare.notStated')}
                </span>
              </li>
            ))}
          </ul>
          {more(shared.items.length, shared.total)}
        </div>
      ) : null}

      {statedShares.items.length ? (
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="text-lg font-semibold text-stone-950">{t('costShare.statedSharesTitle')}</h3>
          <p className="mt-1 text-sm text-stone-600">{t('costShare.statedSharesNote')}</p>
          <div className="mt-3 overflow-x-auto">
            <DataTable
              look="compact"
              columns={[
                { label: t('costShare.party') },
                { label: t('costShare.partyType') },
                { label: t('costShare.project') },
                { label: t('costShare.share'), numeric: true },
              ]}
            >
              <tbody>
                {statedShares.items.map((s, i) => (
                  <tr key={i} className="border-b border-stone-100 last:border-0">
                    <td className="py-1.5 pr-3">{s.party || t('ledger.unlistedOrganization')}</td>
                    <td className="py-1.5 pr-3 text-stone-600">{enumLabel(te, 'partyType', s.partyType)}</td>
                    <td className="py-1.5 pr-3">
                      <LocalizedLink href={projectHref(s.projectId)} value={s.projectTitle} locale={locale} />
                    </td>
                    <td className="py-1.5 text-right tabular-nums">{formatShare(s.shareMin, s.shareMax, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </div>
          {more(statedShares.items.length, statedShares.total)}
        </div>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <ChartCard
            type="bars"
            title={t('costShare.outcomesTitle')}
            note={t('costShare.outcomesNote')}
            fileName={`${fileBase}-results-by-theme`}
            format="number"
            labelHeader={t('costShare.theme')}
            valueHeader={t('costShare.results')}
            data={byTheme.map((g) => ({ label: enumLabel(te, 'theme', g.theme), value: g.count }))}
          />
          {byTheme.length ? (
            <details className="rounded-lg border border-stone-200 bg-white p-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-800">
                {t('costShare.indicator')}
              </summary>
              <div className="mt-2 space-y-3">
                {byTheme.map((g) => (
                  <div key={g.theme}>
                    <h4 className="font-medium text-stone-900">{enumLabel(te, 'theme', g.theme)}</h4>
                    <ul className="mt-1 space-y-1 text-sm">
                      {g.figures.map((o) => (
                        <li key={o.id} className="flex justify-between gap-3 border-b border-stone-100 pb-1">
                          <span className="text-stone-800">
                            <LocalizedText value={o.indicator} locale={locale} />
                          </span>
                          <span className="whitespace-nowrap text-stone-900 tabular-nums">
                            {t('ledger.qualifiedValue', {
                              qualifier: o.qualifier,
                              value: formatNumber(o.value, locale),
                            })}{' '}
                            <LocalizedText value={o.unit} locale={locale} />
                          </span>
                        </li>
                      ))}
                    </ul>
                    {more(g.figures.length, g.count)}
                  </div>
                ))}
              </div>
            </details>
          ) : null}
        </div>
        <ChartCard
          type="years"
          title={t('costShare.activityTitle')}
          note={t('costShare.activityNote')}
          fileName={`${fileBase}-activity`}
          format="number"
          labelHeader={t('costShare.year')}
          valueHeader={t('costShare.projectsRunning')}
          data={activity.map((a) => ({ year: a.year, value: a.projects }))}
        />
      </div>
    </CurrencySection>
  )
}
