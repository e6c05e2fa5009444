import { getTranslations } from 'next-intl/server'
import { periodText } from '@/components/atlas/record-lists'
import { ContributionLedger, PartyShares } from '@/components/records/contribution-ledger'
import { OutcomeTable } from '@/components/records/outcome-table'
import { Facts } from '@/components/records/record-header'
import { LocalizedText } from '@/components/ui/localized-text'
import { ThemeChips } from '@/components/ui/theme-chips'
import { Section } from '@/components/ui/section'
import { formatPartialDate, type DatePrecision } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { organizationHref, placeHref, projectHref } from '@/lib/i18n/paths'
import type { PublicPartnership } from '@/lib/partnerships/queries'

/** Parties, places, the ledger, outcomes and agreements of a partnership: shared by its page and its case study. */
export async function PartnershipBody({
  p,
  locale,
  headingBase = 2,
}: {
  p: PublicPartnership
  locale: Locale
  headingBase?: 2 | 3
}) {
  const t = await getTranslations()
  const allContributions = p.projects.flatMap((pr) => pr.contributions)
  const H = `h${headingBase + 1}` as 'h3'
  return (
    <div className="space-y-8">
      <Facts
        items={[
          [t('record.period'), await periodText(p, locale)],
          [t('record.status'), t(`partnershipStatus.${p.status}`)],
          [
            t('record.places'),
            <ul key="places" className="flex flex-wrap gap-x-3 gap-y-1">
              {p.territories.map((pt) => (
                <li key={pt.territory.code}>
                  <Link
                    href={placeHref(pt.territory.path)}
                    className="text-brand-800 underline-offset-2 hover:underline"
                  >
                    <LocalizedText value={pt.territory.name} locale={locale} />
                  </Link>
                  <span className="text-xs text-stone-500"> · {t(`place.kinds.${pt.territory.kind}`)}</span>
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
                {x.organization ? (
                  <Link
                    href={organizationHref(x.organization.slug)}
                    className="text-brand-800 underline-offset-2 hover:underline"
                  >
                    <LocalizedText value={x.organization.name} locale={locale} />
                  </Link>
                ) : (
                  x.nameAsReported
                )}
                {x.isLead ? (
                  <span className="ml-2 rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">
                    {t('record.lead')}
                  </span>
                ) : null}
              </p>
              <p className="text-xs text-stone-500">{t(`partyTypes.${x.partyType}`)}</p>
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
        <PartyShares contributions={allContributions} locale={locale} />
        {p.projects.map((pr) => (
          <div key={pr.id} className="break-inside-avoid space-y-2">
            <H className="font-semibold text-stone-900">
              <Link href={projectHref(pr.id)} className="text-brand-800 underline-offset-2 hover:underline">
                <LocalizedText value={pr.title} locale={locale} sourceLocale={pr.sourceLocale as Locale} />
              </Link>{' '}
              <span className="text-sm font-normal text-stone-500">{pr.periodAsReported}</span>
            </H>
            {pr.contributions.length ? (
              <ContributionLedger contributions={pr.contributions} locale={locale} caption={t('record.costShare')} />
            ) : null}
            {pr.outcomes.length ? (
              <OutcomeTable outcomes={pr.outcomes} locale={locale} caption={t('record.outcomes')} />
            ) : null}
          </div>
        ))}
      </Section>

      {p.agreements.length ? (
        <Section id="agreements" title={t('lists.memoranda')}>
          <ul className="space-y-2" data-agreements>
            {p.agreements.map((a) => {
              const signed = formatPartialDate(a.signedDate, a.signedPrecision as DatePrecision, locale)
              return (
                <li key={a.id} className="break-inside-avoid rounded-lg border border-stone-200 bg-white px-4 py-3">
                  <p className="font-medium">{t(`agreementKinds.${a.kind}`)}</p>
                  <p>
                    <LocalizedText value={a.subject} locale={locale} sourceLocale={a.sourceLocale as Locale} />
                  </p>
                  <p className="mt-1 text-sm text-stone-600">
                    {signed ? t('lists.signed', { date: signed }) : t('lists.undated')} ·{' '}
                    {t(`agreementStatus.${a.status}`)}
                  </p>
                  {a.parties.length ? (
                    <p className="mt-1 text-sm text-stone-700">
                      {t('record.agreementParties')}{' '}
                      {a.parties.map((x, i) => (
                        <span key={i}>
                          {i ? ', ' : ''}
                          {x.organization ? (
                            <Link
                              href={organizationHref(x.organization.slug)}
                              className="text-brand-800 underline-offset-2 hover:underline"
                            >
                              <LocalizedText value={x.organization.name} locale={locale} />
                            </Link>
                          ) : (
                            x.nameAsReported
                          )}
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </Section>
      ) : null}
    </div>
  )
}
