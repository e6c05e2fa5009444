import { TranslationNotice } from '@/components/records/translation-notice'
import type { Metadata } from 'next'
import { shareMetadata } from '@/lib/og/metadata'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { PartnershipBody } from '@/components/records/partnership-body'
import { RecordHeader } from '@/components/records/record-header'
import { LocalizedText } from '@/components/ui/localized-text'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { caseStudyHref, partnershipHref } from '@/lib/i18n/paths'
import { getPublicPartnership } from '@/lib/public/partnerships'
import { partnershipTextIds } from '@/lib/public/translations'
import { SuggestCorrection } from '@/components/suggestions/suggest-correction'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(params: Props['params']) {
  const { slug } = await params
  const p = slug.length <= 200 ? await getPublicPartnership(slug) : null
  if (!p) notFound()
  return p
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const p = await load(params)
  return shareMetadata(locale, {
    path: partnershipHref(p.slug),
    title: pickLocalized(p.title, locale, p.sourceLocale)?.text ?? p.slug,
    description: pickLocalized(p.summary, locale, p.sourceLocale)?.text,
    image: `/og${partnershipHref(p.slug)}`,
  })
}

export default async function PartnershipPage({ params }: Props) {
  const locale = await pageLocale(params)
  const p = await load(params)
  const t = await getTranslations()
  return (
    <article className="space-y-8">
      <RecordHeader kicker={t('record.partnership')} title={p.title} sourceLocale={p.sourceLocale} locale={locale}>
        {p.summary ? (
          <p className="max-w-3xl text-lg text-stone-700">
            <LocalizedText value={p.summary} locale={locale} sourceLocale={p.sourceLocale} />
          </p>
        ) : null}
        {p.caseStudies.map((cs) => (
          <p key={cs.slug}>
            <Link href={caseStudyHref(cs.slug)} className="font-medium text-brand-800 underline">
              {t('record.readCaseStudy')}
            </Link>
          </p>
        ))}
        <TranslationNotice entityIds={partnershipTextIds(p)} locale={locale} />
      </RecordHeader>
      <PartnershipBody p={p} locale={locale} />
      <SuggestCorrection target="partnership" recordKey={p.slug} />
    </article>
  )
}
