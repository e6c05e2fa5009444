import { getTranslations } from 'next-intl/server'
import { StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { costShare, type TotalsLine } from '@/lib/public/totals'
import { formatMoney, formatPartialDate, formatShare } from '@/lib/format'
import type { ContributionKind, ValuationBasis } from '@/lib/generated/prisma/enums'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'
import type { Locale } from '@/lib/i18n/locales'
import { valuationText, type LineQuantity } from './valuation-text'

export type LedgerRow = TotalsLine & {
  id: string
  kind: ContributionKind
  currency: string | null
  partyNameAsReported: string
  partyOrganization: { name: unknown } | null
  valueDate: Date | null
  valueDatePrecision: 'YEAR' | 'MONTH' | 'DAY' | null
  valueDateEstimated: boolean
  shareMin: { toString(): string } | null
  shareMax: { toString(): string } | null
  grantId: string | null
  /** Another organization withheld this amount: its figures are not loaded for this reader. */
  masked?: boolean
  valuationBasis: ValuationBasis | null
  /** In-kind lines: how much of what, and what one unit is worth (the amount is then their product). */
  quantityValue: { toString(): string } | null
  quantityUnit: string | null
  quantityAsReported: string | null
  unitValueMinor: bigint | null
  publicationStatus: string
}

/** The line's quantity as the public ledger reads it, so both say "12 person-days × 500 som" alike. */
const quantityOf = (r: LedgerRow): LineQuantity | null =>
  r.masked || (r.quantityValue === null && !r.quantityAsReported)
    ? null
    : {
        value: r.quantityValue === null ? null : Number(r.quantityValue.toString()),
        unit: r.quantityUnit,
        asReported: r.quantityAsReported,
        unitValueMinor: r.unitValueMinor,
      }

/** The cost-share ledger of a project as its keepers see it, with what the public will see beside it. */
export async function LedgerTable({ rows, locale, canEdit }: { rows: LedgerRow[]; locale: Locale; canEdit: boolean }) {
  const [t, te] = await Promise.all([getTranslations('manage'), getTranslations('enums')])
  const internal = costShare(rows, { forPublic: false })
  const published = costShare(
    rows.filter((r) => r.publicationStatus === 'PUBLISHED'),
    { forPublic: true },
  )
  const valuations = await Promise.all(
    rows.map((r) => {
      const q = quantityOf(r)
      return q ? valuationText(q, r.amountMinor !== null ? r.currency : null, locale) : null
    }),
  )
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase">
            <tr>
              <th className="py-2 pr-3">{t('contributions.fields.party')}</th>
              <th className="py-2 pr-3">{t('contributions.fields.kind')}</th>
              <th className="py-2 pr-3 text-right">{t('contributions.fields.amount')}</th>
              <th className="py-2 pr-3 text-right">{t('contributions.inSom')}</th>
              <th className="py-2 pr-3">{t('contributions.fields.share')}</th>
              <th className="py-2 pr-3" />
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((r, i) => (
              <tr key={r.id} data-contribution={r.id} className="align-top">
                <td className="py-2 pr-3">
                  {r.partyOrganization ? (
                    <LocalizedText value={r.partyOrganization.name} locale={locale} />
                  ) : (
                    r.partyNameAsReported
                  )}
                  <span className="block text-xs text-stone-500">{enumLabel(te, 'partyType', r.partyType)}</span>
                </td>
                <td className="py-2 pr-3">
                  {enumLabel(te, 'contributionKind', r.kind)}
                  {r.valuationBasis && (
                    <span className="block text-xs text-stone-500">
                      {enumLabel(te, 'valuationBasis', r.valuationBasis)}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">
                  {r.masked ? (
                    <span className="text-stone-600 italic">{t('contributions.withheldByOther')}</span>
                  ) : r.amountMinor !== null && r.currency ? (
                    formatMoney(r.amountMinor, r.currency, locale)
                  ) : (
                    '—'
                  )}
                  {valuations[i] && (
                    <span
                      className="block text-xs whitespace-nowrap text-stone-600"
                      data-valuation={valuations[i].valued ? '' : undefined}
                    >
                      {valuations[i].text}
                    </span>
                  )}
                  {r.valueDate && (
                    <span className="block text-xs text-stone-500">
                      {formatPartialDate(r.valueDate, r.valueDatePrecision, locale)}
                      {r.valueDateEstimated && ` (${t('contributions.estimated')})`}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">
                  {r.amountKgsMinor !== null
                    ? formatMoney(r.amountKgsMinor, 'KGS', locale)
                    : r.amountMinor !== null
                      ? t('contributions.unconverted')
                      : ''}
                  {r.fxEstimated && r.currency !== 'KGS' && r.amountKgsMinor !== null && (
                    <span className="block text-xs text-stone-500">{t('contributions.estimated')}</span>
                  )}
                </td>
                <td className="py-2 pr-3">
                  {r.shareMin !== null
                    ? formatShare(r.shareMin.toString(), (r.shareMax ?? r.shareMin).toString(), locale)
                    : ''}
                </td>
                <td className="space-x-1 py-2 pr-3 text-xs">
                  <StatusBadge status={r.publicationStatus} />
                  {r.amountWithheld && (
                    <span className="inline-block rounded bg-stone-800 px-1.5 py-0.5 font-semibold text-white">
                      {t('contributions.withheldBadge')}
                    </span>
                  )}
                  {r.nature && r.nature !== 'COST_SHARE' && (
                    <span className="inline-block rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
                      {enumLabel(te, 'contributionNature', r.nature)}
                    </span>
                  )}
                  {r.isPledge && (
                    <span className="inline-block rounded bg-stone-200 px-1.5 py-0.5">
                      {t('contributions.pledgeBadge')}
                    </span>
                  )}
                  {r.grantId && (
                    <span className="inline-block rounded bg-brand-100 px-1.5 py-0.5 text-brand-800">
                      {t('contributions.grantBadge')}
                    </span>
                  )}
                  {canEdit && (
                    <Link
                      href={`/manage/contributions/${r.id}/edit`}
                      className="ml-1 font-medium text-brand-700 hover:underline"
                    >
                      {t('form.edit')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="grid gap-3 rounded-md bg-stone-50 p-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-stone-700">{t('contributions.totalInternal')}</dt>
          <dd className="text-stone-900 tabular-nums" data-total="internal">
            {internal.total ? formatMoney(internal.total.kgsMinor, 'KGS', locale) : t('contributions.totalNotStated')}
            <span className="block text-xs text-stone-500">
              {t('contributions.totalNotes', {
                pledges: internal.classes.pledge,
                rates: internal.classes.rate + internal.classes.notCostShare,
                unconverted: internal.classes.unconverted,
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt className="font-medium text-stone-700">{t('contributions.totalPublic')}</dt>
          <dd className="text-stone-900 tabular-nums" data-total="public">
            {published.total ? formatMoney(published.total.kgsMinor, 'KGS', locale) : t('contributions.totalNotStated')}
            <span className="block text-xs text-stone-500">
              {t('contributions.withheldCount', { count: published.classes.withheld })}
            </span>
          </dd>
        </div>
      </dl>
    </div>
  )
}
