import type { Metadata } from 'next'
import { shareMetadata } from '@/lib/og/metadata'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ProjectList } from '@/components/atlas/record-lists'
import { DownloadData } from '@/components/export/download-data'
import { OutcomeTable } from '@/components/records/outcome-table'
import { Facts, RecordHeader } from '@/components/records/record-header'
import { LocalizedLink } from '@/components/ui/localized-link'
import { LocalizedText } from '@/components/ui/localized-text'
import { Section } from '@/components/ui/section'
import { formatMoney } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { pageLocale } from '@/lib/i18n/page'
import { organizationHref, placeHref, programmeHref } from '@/lib/i18n/paths'
import { periodText } from '@/lib/i18n/period'
import { getPublicProgramme } from '@/lib/public/programmes'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(params: Props['params']) {
  const p = await getPublicProgramme((await params).slug)
  if (!p) notFound()
  return p
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const p = await load(params)
  return shareMetadata(locale, {
    path: programmeHref(p.slug),
    title: pickLocalized(p.title, locale, p.sourceLocale)?.text ?? p.slug,
    description: pickLocalized(p.description, locale, p.sourceLocale)?.text,
  })
}

export default async function ProgrammePage({ params }: Props) {
  const locale = await pageLocale(params)
  const p = await load(params)
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  return (
    <article className="space-y-8">
      <RecordHeader kicker={t('record.programme')} title={p.title} sourceLocale={p.sourceLocale} locale={locale}>
        {p.description ? (
          <p className="max-w-3xl text-lg text-stone-700">
            <LocalizedText value={p.description} locale={locale} sourceLocale={p.sourceLocale} />
          </p>
        ) : null}
      </RecordHeader>
      <Facts
        items={[
          [t('record.period'), await periodText(p.start, p.end, locale)],
          [t('record.budget'), p.budget ? formatMoney(p.budget.minor, p.budget.currency, locale) : null],
          [
            t('record.parties'),
            <ul key="parties">
              {p.parties.map((x) => (
                <li key={`${x.organization.slug}-${x.role}`}>
                  <LocalizedLink
                    href={organizationHref(x.organization.slug)}
                    value={x.organization.name}
                    locale={locale}
                  />{' '}
                  <span className="text-sm text-stone-600">· {enumLabel(te, 'programmeRole', x.role)}</span>
                </li>
              ))}
            </ul>,
          ],
          [
            t('record.places', { count: p.national ? 2 : p.places.length }),
            p.national ? (
              t('record.placesNational')
            ) : (
              <ul key="places" className="flex flex-wrap gap-x-3">
                {p.places.map((pl) => (
                  <li key={pl.code}>
                    <LocalizedLink href={placeHref(pl.path)} value={pl.name} locale={locale} />
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
      <Section id="projects" title={t('lists.projects')}>
        <ProjectList items={p.projects} locale={locale} />
      </Section>
      {p.targets.length ? (
        <Section id="targets" title={t('record.outcomes')}>
          <OutcomeTable outcomes={p.targets} locale={locale} caption={t('record.outcomes')} />
        </Section>
      ) : null}
      <DownloadData kinds={['projects', 'contributions', 'outcomes', 'grants']} filter={{ programme: p.slug }} />
    </article>
  )
}
