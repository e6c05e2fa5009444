import { TranslationNotice } from '@/components/records/translation-notice'
import type { Metadata } from 'next'
import { shareMetadata } from '@/lib/og/metadata'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { GrantList } from '@/components/atlas/record-lists'
import { ContributionLedger } from '@/components/records/contribution-ledger'
import { OutcomeTable } from '@/components/records/outcome-table'
import { Facts, RecordHeader } from '@/components/records/record-header'
import { LocalizedLink } from '@/components/ui/localized-link'
import { LocalizedText } from '@/components/ui/localized-text'
import { Section } from '@/components/ui/section'
import { formatMoney } from '@/lib/format'
import { pickLocalized } from '@/lib/i18n/localized'
import { pageLocale } from '@/lib/i18n/page'
import { partnershipHref, placeHref, programmeHref, projectHref } from '@/lib/i18n/paths'
import { periodText } from '@/lib/i18n/period'
import { getPublicProject } from '@/lib/public/projects'
import { projectTextIds } from '@/lib/public/translations'
import { SuggestCorrection } from '@/components/suggestions/suggest-correction'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; id: string }> }

async function load(params: Props['params']) {
  const p = await getPublicProject((await params).id)
  if (!p) notFound()
  return p
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const p = await load(params)
  return shareMetadata(locale, {
    path: projectHref(p.id),
    title: pickLocalized(p.title, locale, p.sourceLocale)?.text ?? p.id,
    description: pickLocalized(p.description, locale, p.sourceLocale)?.text,
  })
}

export default async function ProjectPage({ params }: Props) {
  const locale = await pageLocale(params)
  const p = await load(params)
  const t = await getTranslations()
  return (
    <article className="space-y-8">
      <RecordHeader kicker={t('record.project')} title={p.title} sourceLocale={p.sourceLocale} locale={locale}>
        {p.description ? (
          <p className="max-w-3xl text-lg text-stone-700">
            <LocalizedText value={p.description} locale={locale} sourceLocale={p.sourceLocale} />
          </p>
        ) : null}
        <TranslationNotice entityIds={projectTextIds(p)} locale={locale} />
      </RecordHeader>
      <Facts
        items={[
          [t('record.period'), p.start || p.end ? await periodText(p.start, p.end, locale) : p.periodAsReported],
          [
            t('record.partOf'),
            p.partnership ? (
              <LocalizedLink href={partnershipHref(p.partnership.slug)} value={p.partnership.title} locale={locale} />
            ) : null,
          ],
          [
            t('record.programme'),
            p.programme ? (
              <LocalizedLink href={programmeHref(p.programme.slug)} value={p.programme.title} locale={locale} />
            ) : null,
          ],
          [
            t('record.places', { count: p.places.length }),
            <ul key="places" className="flex flex-wrap gap-x-3">
              {p.places.map((pl) => (
                <li key={pl.code} data-territory={pl.code}>
                  <LocalizedLink href={placeHref(pl.path)} value={pl.name} locale={locale} />
                </li>
              ))}
            </ul>,
          ],
          [
            t('record.countedIn'),
            p.places.length > 1 ? (
              p.attributedTo ? (
                <LocalizedLink href={placeHref(p.attributedTo.path)} value={p.attributedTo.name} locale={locale} />
              ) : (
                t('record.countedNationally')
              )
            ) : null,
          ],
        ]}
      />
      <Section id="ledger" title={t('record.projectCostShare')}>
        <p className="text-sm text-stone-700" data-total>
          {p.costShare.total
            ? t('record.projectTotal', {
                amount: formatMoney(p.costShare.total.kgsMinor, 'KGS', locale),
                counted: p.costShare.classes.counted,
                lines: p.costShare.lines,
              })
            : t('record.partnershipTotalUnknown', { lines: p.costShare.lines })}
        </p>
        <ContributionLedger contributions={p.contributions} locale={locale} caption={t('record.projectCostShare')} />
      </Section>
      <Section id="outcomes" title={t('record.outcomes')}>
        <OutcomeTable outcomes={p.outcomes} locale={locale} caption={t('record.outcomes')} />
      </Section>
      {p.grants.length ? (
        <Section id="grants" title={t('record.grants', { count: p.grants.length })}>
          <GrantList items={p.grants} locale={locale} />
        </Section>
      ) : null}
      <SuggestCorrection target="project" recordKey={p.id} />
    </article>
  )
}
