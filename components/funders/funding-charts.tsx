import { getTranslations } from 'next-intl/server'
import { TotalCaveats } from '@/components/atlas/total-caveats'
import { ChartCard } from '@/components/charts/chart-card'
import { formatMoney } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { pickLocalized } from '@/lib/i18n/localized'
import type { FundingBreakdown, FundingFigure } from '@/lib/public/funders'
import type { Money } from '@/lib/public/totals'

/** A bar: its amount (null: not known) and how many items it rests on. */
type Row = { label: string; figure: { amount: Money | null; items: number } }

/** Money by year, by oblast (once) and by theme, each chart with its table, its CSV and what it rests on. */
export async function FundingCharts({
  breakdown,
  currency,
  locale,
  fileBase,
}: {
  breakdown: FundingBreakdown
  currency: 'KGS' | 'USD'
  locale: Locale
  /** Start of the CSV file names. */
  fileBase: string
}) {
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  const b = breakdown
  const years: Row[] = [
    ...b.byYear.map((y) => ({ label: String(y.year), figure: y.figure })),
    { label: t('funders.notStated'), figure: b.yearUnknown },
  ]
  const oblasts: Row[] = [
    ...b.byOblast.map((o) => ({ label: pickLocalized(o.name, locale)?.text ?? o.code, figure: o.figure })),
    { label: t('funders.severalOblasts'), figure: b.severalOblasts },
    { label: t('funders.unplaced'), figure: b.unplaced },
  ]
  const themes: Row[] = [
    ...b.byTheme.map((x) => ({ label: enumLabel(te, 'theme', x.theme), figure: x.figure })),
    { label: t('funders.noTheme'), figure: b.noTheme },
  ]
  return (
    <div className="space-y-4">
      <FundingTotal figure={b.total} currency={currency} locale={locale} />
      <div className="grid gap-4 lg:grid-cols-2">
        <FigureChart
          title={t('funders.byYearTitle')}
          note={t('funders.byYearNote', { counted: b.total.counted, items: b.total.items })}
          labelHeader={t('funders.year')}
          rows={years}
          currency={currency}
          fileName={`${fileBase}-by-year-${currency}`}
        />
        <FigureChart
          title={t('funders.byOblastTitle')}
          note={t('funders.byOblastNote')}
          labelHeader={t('funders.place')}
          rows={oblasts}
          currency={currency}
          fileName={`${fileBase}-by-oblast-${currency}`}
        />
        <FigureChart
          title={t('funders.byThemeTitle')}
          note={t('funders.byThemeNote')}
          labelHeader={t('funders.theme')}
          rows={themes}
          currency={currency}
          fileName={`${fileBase}-by-theme-${currency}`}
        />
      </div>
    </div>
  )
}

/** The total with how many items it rests on, and what was left out of it and why. */
export async function FundingTotal({
  figure,
  currency,
  locale,
}: {
  figure: FundingFigure
  currency: 'KGS' | 'USD'
  locale: Locale
}) {
  const t = await getTranslations()
  return (
    <div className="space-y-1">
      <p className="font-medium text-stone-900" data-funding-total>
        {figure.amount
          ? t('funders.totalLine', {
              amount: formatMoney(pick(figure.amount, currency), currency, locale),
              counted: figure.counted,
              items: figure.items,
            })
          : t('funders.totalUnknown', { items: figure.items })}
      </p>
      <TotalCaveats
        classes={figure.classes}
        estimated={currency === 'USD' ? figure.estimated.usd : figure.estimated.kgs}
      />
    </div>
  )
}

/**
 * Bars of the rows that have an amount, with the rows whose amount is not known listed under the chart
 * (an unknown amount is never drawn as a zero bar).
 */
export async function FigureChart({
  title,
  note,
  labelHeader,
  rows,
  currency,
  fileName,
}: {
  title: string
  note: string
  labelHeader: string
  rows: Row[]
  currency: 'KGS' | 'USD'
  fileName: string
}) {
  const t = await getTranslations('funders')
  const unknown = rows.filter((r) => !r.figure.amount && r.figure.items)
  return (
    <div className="space-y-2">
      <ChartCard
        type="bars"
        headingLevel={3}
        title={title}
        note={note}
        fileName={fileName}
        format={currency === 'USD' ? 'money-usd' : 'money-kgs'}
        labelHeader={labelHeader}
        valueHeader={t('total')}
        data={rows.flatMap((r) =>
          r.figure.amount ? [{ label: r.label, value: pick(r.figure.amount, currency) }] : [],
        )}
      />
      {unknown.length ? (
        <ul className="space-y-1 text-sm text-stone-700" data-not-stated>
          {unknown.map((r) => (
            <li key={r.label}>{t('notStatedRow', { label: r.label, count: r.figure.items })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export function pick(m: Money, currency: 'KGS' | 'USD'): bigint {
  return currency === 'USD' ? m.usdMinor : m.kgsMinor
}
