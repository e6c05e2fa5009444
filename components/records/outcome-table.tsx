import { getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import { LocalizedText } from '@/components/ui/localized-text'
import { formatNumber } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { ageGroups, sexes } from '@/lib/outcomes/breakdown'
import type { Locale } from '@/lib/i18n/locales'
import type { PublicOutcome } from '@/lib/public/dto'

/** Outcomes with their kind: baselines and context figures are labelled, never shown as results. */
export async function OutcomeTable({
  outcomes,
  locale,
  caption,
}: {
  outcomes: PublicOutcome[]
  locale: Locale
  caption: string
}) {
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  if (!outcomes.length) return <p className="text-sm text-stone-600">{t('ledger.noOutcomes')}</p>
  return (
    <DataTable
      look="boxed"
      caption={caption}
      data-outcomes
      columns={[
        { label: t('costShare.indicator') },
        { label: t('costShare.value'), numeric: true },
        { label: t('ledger.outcomeKind') },
      ]}
    >
      <tbody>
        {outcomes.map((o) => (
          <tr key={o.id} className="break-inside-avoid border-t border-stone-100 align-top" data-kind={o.kind}>
            <th scope="row" className="px-3 py-2 font-normal">
              <LocalizedText value={o.indicator} locale={locale} />
              {o.breakdown ? (
                <div className="text-xs text-stone-600" data-breakdown>
                  {t('ledger.breakdown')}:{' '}
                  {[
                    ...sexes.flatMap((k) =>
                      o.breakdown?.sex[k] === undefined ? [] : [[t(`ledger.sex.${k}`), o.breakdown.sex[k]] as const],
                    ),
                    ...ageGroups.flatMap((g) =>
                      o.breakdown?.age[g] === undefined
                        ? []
                        : [[t('ledger.ageGroup', { group: g }), o.breakdown.age[g]] as const],
                    ),
                  ]
                    .map(([label, n]) => `${label} ${formatNumber(n, locale)}`)
                    .join(' · ')}
                </div>
              ) : null}
              {o.note ? (
                <div className="text-xs text-stone-500">
                  <LocalizedText value={o.note} locale={locale} fallback="" />
                </div>
              ) : null}
            </th>
            <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
              {t('ledger.qualifiedValue', { qualifier: o.qualifier, value: formatNumber(o.value, locale) })}{' '}
              <LocalizedText value={o.unit} locale={locale} />
            </td>
            <td className="px-3 py-2">
              <span
                className={
                  o.kind === 'ACTUAL' ? 'text-brand-800' : 'rounded bg-stone-200 px-1.5 text-xs text-stone-800'
                }
              >
                {enumLabel(te, 'outcomeKind', o.kind)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  )
}
