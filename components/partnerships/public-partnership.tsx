import { getTranslations } from 'next-intl/server'
import { LocalizedText } from '@/components/ui/localized-text'
import type { CostShare } from '@/lib/contributions/cost-share'
import { formatMoney, formatNumber, formatPartialDate, formatShare } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import type { PublicPartnership } from '@/lib/partnerships/public-view'

/**
 * A partnership as the public sees it, from the public DTO only (lib/partnerships/public-view.ts):
 * parties and roles, places, projects with their ledger and outcomes, the cost-share by party type.
 * Withheld amounts appear as "withheld" and are in no figure; their number is given.
 */
export async function PublicPartnershipView({ p, locale }: { p: PublicPartnership; locale: Locale }) {
  const t = await getTranslations('publicView')
  const tm = await getTranslations('manage')
  const span = (s: { date: Date; precision: 'YEAR' | 'MONTH' | 'DAY' | null } | null, e: typeof s) =>
    [s && formatPartialDate(s.date, s.precision, locale), e && formatPartialDate(e.date, e.precision, locale)]
      .filter(Boolean)
      .join(' – ')
  return (
    <article className="space-y-6" data-public-partnership={p.id}>
      <header>
        <h1 className="text-3xl font-semibold text-stone-950">
          <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />
        </h1>
        <p className="mt-2 text-stone-700">
          {tm(`enums.partnershipStatus.${p.status}`)}
          {span(p.start, p.end) && ` · ${span(p.start, p.end)}`}
          {p.themes.length > 0 && ` · ${p.themes.map((th) => tm(`themes.${th}`)).join(', ')}`}
        </p>
        {p.summary !== null && (
          <p className="mt-3 max-w-3xl text-stone-800">
            <LocalizedText value={p.summary} locale={locale} sourceLocale={p.sourceLocale} />
          </p>
        )}
      </header>

      <section aria-labelledby="pv-parties">
        <h2 id="pv-parties" className="mb-2 text-xl font-semibold">
          {t('parties')}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {p.parties.map((x, i) => (
            <li key={i} className="rounded-md border border-stone-200 bg-white p-3">
              <span className="font-medium">
                <LocalizedText value={x.name} locale={locale} />
              </span>
              <span className="block text-sm text-stone-600">
                {tm(`enums.partyType.${x.partyType}`)}
                {x.isLead && ` · ${tm('partnerships.lead_')}`}
              </span>
              {x.role !== null && (
                <span className="block text-sm text-stone-800">
                  <LocalizedText value={x.role} locale={locale} />
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pv-places">
        <h2 id="pv-places" className="mb-2 text-xl font-semibold">
          {t('places')}
        </h2>
        <p className="text-stone-800">
          {p.places.map((pl, i) => (
            <span key={pl.code} data-territory={pl.code}>
              {i > 0 && ', '}
              <LocalizedText value={pl.name} locale={locale} />
            </span>
          ))}
          {p.places.length === 0 && '—'}
        </p>
      </section>

      <section aria-labelledby="pv-costshare">
        <h2 id="pv-costshare" className="mb-2 text-xl font-semibold">
          {t('costShare')}
        </h2>
        <CostShareBars cs={p.costShare} locale={locale} />
      </section>

      {p.projects.map((pr) => (
        <section
          key={pr.id}
          aria-labelledby={`pv-${pr.id}`}
          className="rounded-lg border border-stone-200 bg-white p-4"
          data-public-project={pr.id}
        >
          <h2 id={`pv-${pr.id}`} className="text-xl font-semibold">
            <LocalizedText value={pr.title} locale={locale} sourceLocale={pr.sourceLocale} />
          </h2>
          <p className="text-sm text-stone-600">
            {span(pr.start, pr.end)}
            {pr.places.length > 0 && ' · '}
            {pr.places.map((pl, i) => (
              <span key={pl.code} data-territory={pl.code}>
                {i > 0 && ', '}
                <LocalizedText value={pl.name} locale={locale} />
              </span>
            ))}
          </p>
          {pr.description !== null && (
            <p className="mt-2 text-stone-800">
              <LocalizedText value={pr.description} locale={locale} sourceLocale={pr.sourceLocale} />
            </p>
          )}
          {pr.ledger.length > 0 && (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full min-w-[32rem] text-left text-sm">
                <caption className="mb-1 text-left font-medium text-stone-700">{t('contributions')}</caption>
                <tbody className="divide-y divide-stone-100">
                  {pr.ledger.map((c) => (
                    <tr key={c.id} data-public-line={c.id}>
                      <td className="py-1.5 pr-3">
                        <LocalizedText value={c.partyName} locale={locale} />
                        <span className="block text-xs text-stone-500">{tm(`enums.partyType.${c.partyType}`)}</span>
                      </td>
                      <td className="py-1.5 pr-3">
                        {tm(`enums.contributionKind.${c.kind}`)}
                        {c.isGrant && ` · ${tm('contributions.grantBadge')}`}
                        {c.valuationBasis && (
                          <span className="block text-xs text-stone-500">
                            {tm(`enums.valuationBasis.${c.valuationBasis}`)}
                          </span>
                        )}
                      </td>
                      <td className="py-1.5 pr-3 text-right tabular-nums" data-amount>
                        {c.withheld ? (
                          <span className="rounded bg-stone-200 px-1.5 text-xs font-semibold text-stone-800">
                            {t('withheld')}
                          </span>
                        ) : c.amount ? (
                          <>
                            {formatMoney(c.amount.minor, c.amount.currency, locale)}
                            {c.amount.currency !== 'KGS' && c.amount.kgsMinor !== null && (
                              <span className="block text-xs text-stone-500">
                                ≈ {formatMoney(c.amount.kgsMinor, 'KGS', locale)}
                              </span>
                            )}
                          </>
                        ) : c.share ? (
                          formatShare(c.share.min, c.share.max, locale)
                        ) : (
                          '—'
                        )}
                        {c.isPledge && (
                          <span className="block text-xs text-stone-500">{tm('contributions.pledgeBadge')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pr.outcomes.length > 0 && (
            <div className="mt-3">
              <h3 className="font-medium text-stone-700">{tm('outcomes.title')}</h3>
              <ul className="list-disc pl-5 text-sm text-stone-800">
                {pr.outcomes.map((o) => (
                  <li key={o.id}>
                    <LocalizedText value={o.indicator} locale={locale} />:{' '}
                    {tm('outcomes.qualifiedValue', {
                      qualifier: o.qualifier,
                      value: formatNumber(o.value.toString(), locale, 4),
                    })}{' '}
                    <LocalizedText value={o.unit} locale={locale} /> ({tm(`enums.outcomeKind.${o.kind}`)}
                    {o.date && `, ${formatPartialDate(o.date, o.datePrecision, locale)}`})
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </article>
  )
}

/** The cost-share by party type as bars (shares of the public total); withheld amounts are counted, never drawn. */
export async function CostShareBars({ cs, locale }: { cs: CostShare; locale: Locale }) {
  const t = await getTranslations('publicView')
  const tm = await getTranslations('manage')
  if (cs.counted === 0 && cs.withheld === 0) return <p className="text-stone-600">{t('noAmounts')}</p>
  return (
    <div className="space-y-2" data-cost-share>
      <ul className="space-y-1">
        {cs.byPartyType.map((g) => {
          const pct = cs.totalKgsMinor > 0n ? Number((g.kgsMinor * 1000n) / cs.totalKgsMinor) / 10 : 0
          return (
            <li
              key={g.partyType}
              className="grid grid-cols-[10rem_1fr_auto] items-center gap-2 text-sm"
              data-party-type={g.partyType}
            >
              <span>{tm(`enums.partyType.${g.partyType}`)}</span>
              <span className="h-3 rounded bg-stone-100">
                <span className="block h-3 rounded bg-brand-600" style={{ width: `${pct}%` }} />
              </span>
              <span className="tabular-nums">{formatMoney(g.kgsMinor, 'KGS', locale)}</span>
            </li>
          )
        })}
      </ul>
      <p className="text-sm text-stone-700">
        {t('total', { total: formatMoney(cs.totalKgsMinor, 'KGS', locale) })}{' '}
        <span data-withheld-count={cs.withheld}>{t('withheldNote', { count: cs.withheld })}</span>
        {cs.pledges + cs.rates + cs.unconverted > 0 &&
          ` ${t('notCounted', { count: cs.pledges + cs.rates + cs.unconverted })}`}
        {cs.estimated > 0 && ` ${t('estimated', { count: cs.estimated })}`}
      </p>
    </div>
  )
}
