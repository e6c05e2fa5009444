import { getTranslations } from 'next-intl/server'
import { ConfirmedBadge } from '@/components/ui/confirmed-badge'
import { DataTable } from '@/components/ui/data-table'
import { LocalizedText } from '@/components/ui/localized-text'
import { formatMoney, formatNumber, formatPartialDate, formatShare } from '@/lib/format'
import { valuationText } from '@/components/contributions/valuation-text'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { organizationHref } from '@/lib/i18n/paths'
import type { OrgRef, PartyRef, PublicContribution } from '@/lib/public/dto'
import type { PartyShare } from '@/lib/public/partnerships'

/**
 * A party as the public may name it: a published organization (with the source's own words when they
 * differ), a party known only by name, or "an organization not yet in the public registry".
 */
export async function PartyName({
  party,
  groupMembers = [],
  locale,
  compact = false,
}: {
  party: PartyRef
  groupMembers?: OrgRef[]
  locale: Locale
  /** Inline use (inside a sentence): the name only. */
  compact?: boolean
}) {
  const t = await getTranslations('ledger')
  if (party.organization) {
    const name = pickLocalized(party.organization.name, locale)
    return (
      <>
        <Link
          href={organizationHref(party.organization.slug)}
          // Inside a sentence a link is underlined: colour alone does not tell it from the text around it.
          className={
            compact
              ? 'text-brand-800 underline underline-offset-2'
              : 'text-brand-800 underline-offset-2 hover:underline'
          }
        >
          <LocalizedText value={party.organization.name} locale={locale} />
        </Link>
        {/* The source's own words when they differ ("Deputies of the Talas City Council"). */}
        {!compact && party.asReported && name && name.text !== party.asReported ? (
          <div className="text-xs text-stone-600">“{party.asReported}”</div>
        ) : null}
      </>
    )
  }
  if (!party.asReported) return <span className="text-stone-600 italic">{t('unlistedOrganization')}</span>
  return (
    <>
      {party.asReported}
      {groupMembers.length ? (
        <ul className="mt-0.5 text-xs text-stone-600">
          {groupMembers.map((m) => (
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
  const [t, te] = await Promise.all([getTranslations('ledger'), getTranslations('enums')])
  const parts: React.ReactNode[] = []
  if (c.withheld)
    parts.push(
      <span key="w" className="text-stone-600 italic">
        {t('withheld')}
      </span>,
    )
  else if (c.amount) {
    const amount = formatMoney(c.amount.minor, c.amount.currency, locale)
    parts.push(
      <span key="a" className="font-medium tabular-nums">
        {c.rate?.period
          ? t('rate', { amount, unit: c.rate.unit ?? '—', period: enumLabel(te, 'ratePeriod', c.rate.period) })
          : amount}
      </span>,
    )
  }
  if (c.share)
    parts.push(
      <span key="s" className="tabular-nums">
        {t(c.nature === 'COST_SHARE' ? 'share' : 'percentOf', { share: formatShare(c.share.min, c.share.max, locale) })}
      </span>,
    )
  // "12 person-days × 500 som": the valuation behind the amount, where the amount is public.
  const valuation = c.quantity ? await valuationText(c.quantity, c.amount?.currency ?? null, locale) : null
  if (valuation)
    parts.push(
      <span key="q" data-valuation={valuation.valued ? '' : undefined}>
        {valuation.text}
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
      {c.nature !== 'COST_SHARE' ? (
        <span className="w-fit rounded bg-stone-200 px-1.5 text-xs text-stone-800">
          {enumLabel(te, 'contributionNature', c.nature)}
        </span>
      ) : null}
      {c.pledge ? (
        <span className="w-fit rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t('pledge')}</span>
      ) : null}
      {c.rate ? (
        <span className="w-fit rounded bg-stone-200 px-1.5 text-xs text-stone-800">{t('notAdded')}</span>
      ) : null}
      {c.confirmedByBoth ? <ConfirmedBadge label={t('confirmedByBoth')} /> : null}
    </div>
  )
}

/** The converted figures with the rate, its date and source: how the som and dollar totals were made. */
export async function Conversion({ c, locale }: { c: PublicContribution; locale: Locale }) {
  const t = await getTranslations('ledger')
  if (!c.amount) return null
  if (!c.converted) return <span className="text-sm text-stone-600">{t('noRate')}</span>
  const { converted: x, amount } = c
  const rateDate = formatPartialDate(x.rateDate, 'YEAR', locale)
  const rate = amount.currency === 'KGS' ? x.usdRateToKgs : x.rateToKgs
  return (
    <div className="text-sm">
      <div className="tabular-nums">
        {amount.currency !== 'KGS' ? formatMoney(x.kgsMinor, 'KGS', locale) : null}
        {amount.currency !== 'USD' && x.usdMinor !== null ? formatMoney(x.usdMinor, 'USD', locale) : null}
      </div>
      {rate ? (
        <div className="text-xs text-stone-600" title={x.source ?? undefined}>
          {t(amount.currency === 'KGS' || amount.currency === 'USD' ? 'rateUsed' : 'rateUsedFor', {
            rate: formatNumber(Number(rate), locale, { maximumFractionDigits: 3 }),
            date: rateDate || '—',
            currency: amount.currency,
          })}
          {x.estimated ? <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">{t('estimated')}</span> : null}
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
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  if (!contributions.length) return <p className="text-sm text-stone-600">{t('ledger.none')}</p>
  return (
    <DataTable
      look="boxed"
      caption={caption}
      className="w-full min-w-[40rem] text-left text-sm"
      data-ledger
      columns={[
        { label: t('ledger.party') },
        { label: t('ledger.kind') },
        { label: t('ledger.value') },
        { label: t('ledger.converted') },
        { label: t('ledger.note') },
      ]}
    >
      <tbody>
        {contributions.map((c) => (
          <tr key={c.id} className="break-inside-avoid border-t border-stone-100 align-top">
            <th scope="row" className="px-3 py-2 font-normal">
              <PartyName party={c.party} groupMembers={c.groupMembers} locale={locale} />
              <div className="text-xs text-stone-500">{enumLabel(te, 'partyType', c.partyType)}</div>
            </th>
            <td className="px-3 py-2">{enumLabel(te, 'contributionKind', c.kind)}</td>
            <td className="px-3 py-2">
              <ContributionValue c={c} locale={locale} />
            </td>
            <td className="px-3 py-2">
              <Conversion c={c} locale={locale} />
            </td>
            <td className="px-3 py-2 text-stone-700">
              <LocalizedText value={c.note} locale={locale} fallback="" />
              {c.valueDate?.estimated ? (
                <div className="text-xs text-stone-500">
                  {t('ledger.valueDateEstimated', {
                    date: formatPartialDate(c.valueDate.date, c.valueDate.precision, locale),
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
    </DataTable>
  )
}

/** Each party's part of what adds up, over several projects (the lines that add up, converted to som). */
export async function PartyShares({
  shares,
  counted,
  lines,
  locale,
}: {
  shares: PartyShare[]
  counted: number
  lines: number
  locale: Locale
}) {
  const t = await getTranslations()
  if (!shares.length) return null
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="font-semibold text-stone-950">{t('ledger.sharesTitle')}</h3>
      <p className="text-sm text-stone-600">{t('ledger.sharesNote', { counted, total: lines })}</p>
      <DataTable
        look="compact"
        className="mt-2 w-full text-left text-sm"
        data-party-shares
        columns={[
          { label: t('ledger.party') },
          { label: t('ledger.inSom'), numeric: true },
          { label: t('costShare.share'), numeric: true },
        ]}
      >
        <tbody>
          {shares.map((s) => (
            <tr key={s.key} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="py-1.5 text-left font-normal">
                <PartyName party={s.party} locale={locale} />
              </th>
              <td className="py-1.5 text-right tabular-nums">{formatMoney(s.amount.kgsMinor, 'KGS', locale)}</td>
              <td className="py-1.5 text-right tabular-nums">
                {s.fraction === null ? '—' : formatShare(s.fraction, s.fraction, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  )
}
