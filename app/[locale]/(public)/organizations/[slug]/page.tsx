import type { Metadata } from 'next'
import { shareMetadata } from '@/lib/og/metadata'
import { DownloadData } from '@/components/export/download-data'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CaseStudyList, MemorandumList, PartnershipList } from '@/components/atlas/record-lists'
import { Facts, RecordHeader } from '@/components/records/record-header'
import { LocalizedLink } from '@/components/ui/localized-link'
import { Section } from '@/components/ui/section'
import { enumLabel } from '@/lib/i18n/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link, redirect } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { funderHref, organizationHref, placeHref } from '@/lib/i18n/paths'
import { isPublicFunder } from '@/lib/public/funders'
import { survivorSlugOf } from '@/lib/public/merged-organizations'
import { getPublicOrganization } from '@/lib/public/organizations'
import { SuggestCorrection } from '@/components/suggestions/suggest-correction'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(params: Props['params']) {
  const [{ slug }, locale] = await Promise.all([params, pageLocale(params)])
  const o = await getPublicOrganization(slug)
  if (o) return o
  // Merged into another organization: the old address leads to the one that absorbed it.
  const survivor = await survivorSlugOf(slug)
  if (survivor) redirect({ href: organizationHref(survivor), locale })
  notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const o = await load(params)
  return shareMetadata(locale, {
    path: organizationHref(o.slug),
    title: pickLocalized(o.name, locale)?.text ?? o.slug,
  })
}

export default async function OrganizationPage({ params }: Props) {
  const locale = await pageLocale(params)
  const o = await load(params)
  const [t, te, funds] = await Promise.all([getTranslations(), getTranslations('enums'), isPublicFunder(o.id)])
  const place = (x: { path: string; name: unknown } | null) =>
    x ? <LocalizedLink href={placeHref(x.path)} value={x.name} locale={locale} /> : null
  return (
    <article className="space-y-8">
      <RecordHeader
        kicker={enumLabel(te, 'organizationKind', o.kind)}
        title={o.name}
        sourceLocale={o.sourceLocale}
        locale={locale}
      />
      <Facts
        items={[
          [t('record.governs'), place(o.governsTerritory)],
          [t('record.basedIn'), o.governsTerritory ? null : place(o.homeTerritory)],
          [t('record.founded'), o.foundedYear ? String(o.foundedYear) : null],
          [t('record.contributedTo'), o.contributions ? String(o.contributions) : null],
          [t('organization.alsoKnownAs'), o.aliases.length ? o.aliases.join(' · ') : null],
        ]}
      />
      {funds ? (
        <p>
          <Link href={funderHref(o.slug)} className="font-medium text-brand-800 underline" data-funder-link>
            {t('funders.organizationLink')}
          </Link>
        </p>
      ) : null}
      {o.caseStudies.length ? (
        <Section id="case-studies" title={t('lists.caseStudies')}>
          <CaseStudyList items={o.caseStudies} locale={locale} />
        </Section>
      ) : null}
      <Section id="partnerships" title={t('record.partnerships')}>
        <PartnershipList items={o.partnerships} locale={locale} />
      </Section>
      {o.agreements.length ? (
        <Section id="agreements" title={t('record.agreements')}>
          <MemorandumList items={o.agreements} locale={locale} />
        </Section>
      ) : null}
      <DownloadData
        kinds={['projects', 'contributions', 'outcomes', 'grants', 'partnerships', 'programmes']}
        filter={{ organization: o.slug }}
      />
      <SuggestCorrection target="organization" recordKey={o.slug} />
    </article>
  )
}
