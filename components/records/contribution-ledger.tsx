import { getTranslations } from 'next-intl/server'
import { LocalizedText } from '@/components/ui/localized-text'
import { formatPartialDate, formatMoney, formatNumber, formatShare, type DatePrecision } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { organizationHref } from '@/lib/i18n/paths'
import type { PublicContribution } from '@/lib/records/public-selects'

/** Contributions that may be added up: an amount, converted, a lump sum, delivered, not withheld. */
export function isSummable(c: PublicContribution) {
  return c.amountKgsMinor !== null && c.basis === 'LUMP_SUM' && !c.isPledge && !c.amountWithheld
}

export async function PartyName({
  c,
  locale,
}: {
  c: Pick<PublicContribution, 'party' | 'organization' | 'groupMembers'>
  locale: Locale
}) {
  if (c.organization) {
    const name = pickLocalized(c.organization.name, locale)
    return (
      <>
        <Link
          href={organizationHref(c.organization.slug)}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          <LocalizedText value={c.organization.name} locale={locale} />
        </Link>
        {/* The source's own words when they differ ("Deputies of the Talas City Council"). */}
        {name && name.text !== c.party ? <div className="text-xs text-stone-600">“{c.party}”</div> : null}
      </>
    )
  }
  return (
    <>
      {c.party}
      {c.groupMembers.length ? (
        <ul className="mt-0.5 text-xs text-stone-600">
          {c.groupMembers.map((m) => (
            <li key={m.slug}>
              <Link href={organizationHref(m.slug)} className="underline-offset-2 hover:underline">
                <LocalizedText value={m.name} locale={locale} />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

/** What one contribution was: amount (original currency) or share or quantity, with its flags. */
export async function ContributionValue({ c, locale }: { c: PublicContribution; locale: Locale }) {
  const t = await getTranslations('ledger')
  const parts: React.ReactNode[] = []
  if (c.amountWithheld)
    parts.push(
      <span key="w" className="text-stone-600 italic">
        {t('withheld')}
      </span>,
    )
  else if (c.amountMinor !== null && c.currency) {
    const amount = formatMoney(c.amountMinor, c.currency, locale)
    parts.push(
      <span key="a" className="font-medium tabular-nums">
        {c.basis === 'RATE' && c.ratePeriod
          ? t('rate', { amount, unit: c.rateUnit ?? '—', period: t(`periods.${c.ratePeriod}`) })
          : amount}
      </span>,
    )
  }
  if (c.shareMin !== null && c.shareMax !== null)
    parts.push(
      <span key="s" className="tabular-nums">
        {t('share', { share: formatShare(c.shareMin, c.shareMax, locale) })}
      </span>,
    )
  if (c.quantityAsReported)
    parts.push(
      <span key="q">
        {c.quantityValue !== null && c.quantityUnit
          ? `${formatNumber(c.quantityValue, locale)} ${c.quantityUnit}`
          : c.quantityAsReported}
      </span>,
    )
  if (!parts.length)
    parts.push(
      <span key="n" className="text-stone-500">
        {t('noAmount')}
      </span>,
    )
  return (
    <div className="flex flex-col gap-0.5">
      {parts}
      {c.isPledge ? (
        <span className="w-fit rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t('pledge')}</span>
      ) : null}
      {c.basis === 'RATE' ? (
        <span className="w-fit rounded bg-stone-200 px-1.5 text-xs text-stone-800">{t('notAdded')}</span>
      ) : null}
    </div>
  )
}

/** The converted figures with the rate, its date and source: how the som and dollar totals were made. */
export async function Conversion({ c, locale }: { c: PublicContribution; locale: Locale }) {
  const t = await getTranslations('ledger')
  if (c.amountWithheld || c.amountMinor === null) return null
  if (c.amountKgsMinor === null) return <span className="text-sm text-stone-600">{t('noRate')}</span>
  const rateDate = formatPartialDate(c.fxRateDate, 'YEAR', locale)
  const rate = c.currency === 'KGS' ? c.fxUsdRateToKgs : c.fxRateToKgs
  return (
    <div className="text-sm">
      <div className="tabular-nums">
        {c.currency !== 'KGS' ? formatMoney(c.amountKgsMinor, 'KGS', locale) : null}
        {c.currency !== 'USD' && c.amountUsdMinor !== null ? formatMoney(c.amountUsdMinor, 'USD', locale) : null}
      </div>
      {rate ? (
        <div className="text-xs text-stone-600" title={c.fxRateSource ?? undefined}>
          {t('rateUsed', { rate: formatNumber(Number(rate), locale, 3), date: rateDate ?? '—' })}
          {c.fxEstimated ? (
            <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">{t('estimated')}</span>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

/** One project's cost-share ledger. */
export async function ContributionLedger({
  contributions,
  locale,
  caption,
}: {
  contributions: PublicContribution[]
  locale: Locale
  caption: string
}) {
  const t = await getTranslations()
  if (!contributions.length) return <p className="text-sm text-stone-600">{t('ledger.none')}</p>
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white print:overflow-visible">
      <table className="w-full min-w-[40rem] text-left text-sm" data-ledger>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('ledger.party')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('ledger.kind')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('ledger.value')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('ledger.converted')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('ledger.note')}
            </th>
          </tr>
        </thead>
        <tbody>
          {contributions.map((c) => (
            <tr key={c.id} className="break-inside-avoid border-t border-stone-100 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <PartyName c={c} locale={locale} />
                <div className="text-xs text-stone-500">{t(`partyTypes.${c.partyType}`)}</div>
              </th>
              <td className="px-3 py-2">{t(`contributionKinds.${c.kind}`)}</td>
              <td className="px-3 py-2">
                <ContributionValue c={c} locale={locale} />
              </td>
              <td className="px-3 py-2">
                <Conversion c={c} locale={locale} />
              </td>
              <td className="px-3 py-2 text-stone-700">
                <LocalizedText value={c.note} locale={locale} fallback="" />
                {c.valueDate && c.valueDateEstimated ? (
                  <div className="text-xs text-stone-500">
                    {t('ledger.valueDateEstimated', {
                      date: formatPartialDate(c.valueDate, c.valueDatePrecision as DatePrecision, locale) ?? '',
                    })}
                  </div>
                ) : null}
                {c.source?.page ? (
                  <div className="text-xs text-stone-500">
                    {t('ledger.source', { citation: c.source.citation, page: c.source.page })}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Each party's part of what can be added up, over several projects. */
export async function PartyShares({ contributions, locale }: { contributions: PublicContribution[]; locale: Locale }) {
  const t = await getTranslations()
  const summable = contributions.filter(isSummable)
  if (!summable.length) return null
  const total = summable.reduce((s, c) => s + c.amountKgsMinor!, 0n)
  const byParty = new Map<string, { c: PublicContribution; kgs: bigint }>()
  for (const c of summable) {
    const key = c.organization?.slug ?? c.party
    const prev = byParty.get(key)
    byParty.set(key, { c: prev?.c ?? c, kgs: (prev?.kgs ?? 0n) + c.amountKgsMinor! })
  }
  const rows = [...byParty.values()].sort((a, b) => (b.kgs > a.kgs ? 1 : b.kgs < a.kgs ? -1 : 0))
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="font-semibold text-stone-950">{t('ledger.sharesTitle')}</h3>
      <p className="text-sm text-stone-600">
        {t('ledger.sharesNote', { counted: summable.length, total: contributions.length })}
      </p>
      <table className="mt-2 w-full text-sm" data-party-shares>
        <thead className="text-stone-600">
          <tr className="border-b border-stone-200">
            <th scope="col" className="py-1.5 text-left font-medium">
              {t('ledger.party')}
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              {t('ledger.inSom')}
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              {t('costShare.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ c, kgs }) => (
            <tr key={c.id} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="py-1.5 text-left font-normal">
                <PartyName c={c} locale={locale} />
              </th>
              <td className="py-1.5 text-right tabular-nums">{formatMoney(kgs, 'KGS', locale)}</td>
              <td className="py-1.5 text-right tabular-nums">
                {formatShare(Number((kgs * 1000n) / total) / 1000, Number((kgs * 1000n) / total) / 1000, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
