import { getTranslations } from 'next-intl/server'
import { ContributionLedger, PartyName, PartyShares } from '@/components/records/contribution-ledger'
import { MemorandumCards } from '@/components/records/memorandum-card'
import { OutcomeTable } from '@/components/records/outcome-table'
import { Facts } from '@/components/records/record-header'
import { LocalizedLink } from '@/components/ui/localized-link'
import { LocalizedText } from '@/components/ui/localized-text'
import { Section } from '@/components/ui/section'
import { ThemeChips } from '@/components/ui/theme-chips'
import { formatMoney } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { placeHref, projectHref } from '@/lib/i18n/paths'
import { periodText } from '@/lib/i18n/period'
import type { PublicPartnership } from '@/lib/public/partnerships'

/**
 * A partnership as the public sees it — parties, places, each project's ledger and outcomes, what each
 * party put in, agreements — from the one public DTO (lib/public/partnerships.ts). The public page,
 * the case study that tells it and the manage preview all render this.
 */
export async function PartnershipBody({
  p,
  locale,
  headingBase = 2,
  linkProjects = true,
}: {
  p: PublicPartnership
  locale: Locale
  headingBase?: 2 | 3
  /** The preview shows drafts, whose public pages do not exist yet. */
  linkProjects?: boolean
}) {
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  const H = `h${headingBase + 1}` as 'h3'
  const total = p.costShare.total
  return (
    <div className="space-y-8" data-public-partnership={p.slug}>
      <Facts
        items={[
          [t('record.period'), await periodText(p.start, p.end, locale)],
          [t('record.status'), enumLabel(te, 'partnershipStatus', p.status)],
          [
            t('record.places', { count: p.places.length }),
            <ul key="places" className="flex flex-wrap gap-x-3 gap-y-1">
              {p.places.map((pl) => (
                <li key={pl.code} data-territory={pl.code}>
                  <LocalizedLink href={placeHref(pl.path)} value={pl.name} locale={locale} />
                  <span className="text-xs text-stone-500"> · {enumLabel(te, 'territoryKind', pl.kind)}</span>
                </li>
              ))}
            </ul>,
          ],
          [t('record.themes'), p.themes.length ? <ThemeChips key="themes" themes={p.themes} className="" /> : null],
        ]}
      />

      <Section id="parties" title={t('record.parties')}>
        <ul className="grid gap-2 sm:grid-cols-2" data-parties>
          {p.parties.map((x) => (
            <li key={x.id} className="break-inside-avoid rounded-lg border border-stone-200 bg-white px-4 py-3">
              <p className="font-medium">
                <PartyName party={x} locale={locale} compact />
                {x.isLead ? (
                  <span className="ml-2 rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">
                    {t('record.lead')}
                  </span>
                ) : null}
              </p>
              <p className="text-xs text-stone-500">{enumLabel(te, 'partyType', x.partyType)}</p>
              {x.role ? (
                <p className="mt-1 text-sm text-stone-700">
                  <LocalizedText value={x.role} locale={locale} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="cost-share" title={t('record.costShare')}>
        <p
          className="text-sm text-stone-700"
          data-total
          data-cost-share
          data-withheld-count={p.costShare.classes.withheld}
        >
          {total
            ? t('record.partnershipTotal', {
                amount: formatMoney(total.kgsMinor, 'KGS', locale),
                counted: p.costShare.classes.counted,
                lines: p.costShare.lines,
              })
            : t('record.partnershipTotalUnknown', { lines: p.costShare.lines })}
          {p.costShare.classes.withheld ? ` ${t('costShare.withheld', { count: p.costShare.classes.withheld })}` : ''}
        </p>
        <PartyShares
          shares={p.partyShares}
          counted={p.costShare.classes.counted}
          lines={p.costShare.lines}
          locale={locale}
        />
        {await Promise.all(
          p.projects.map(async (pr) => (
            <div key={pr.id} className="break-inside-avoid space-y-2" data-project={pr.id}>
              <H className="font-semibold text-stone-900">
                {linkProjects ? (
                  <Link href={projectHref(pr.id)} className="text-brand-800 underline-offset-2 hover:underline">
                    <LocalizedText value={pr.title} locale={locale} sourceLocale={pr.sourceLocale} />
                  </Link>
                ) : (
                  <LocalizedText value={pr.title} locale={locale} sourceLocale={pr.sourceLocale} />
                )}{' '}
                <span className="text-sm font-normal text-stone-500">
                  {pr.start || pr.end ? await periodText(pr.start, pr.end, locale) : pr.periodAsReported}
                </span>
              </H>
              {pr.contributions.length ? (
                <ContributionLedger contributions={pr.contributions} locale={locale} caption={t('record.costShare')} />
              ) : null}
              {pr.outcomes.length ? (
                <OutcomeTable outcomes={pr.outcomes} locale={locale} caption={t('record.outcomes')} />
              ) : null}
            </div>
          )),
        )}
      </Section>

      {p.agreements.length ? (
        <Section id="agreements" title={t('lists.memoranda')}>
          <MemorandumCards items={p.agreements} locale={locale} />
        </Section>
      ) : null}
    </div>
  )
}
