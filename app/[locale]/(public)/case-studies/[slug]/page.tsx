import { TranslationNotice } from '@/components/records/translation-notice'
import type { Metadata } from 'next'
import { shareMetadata } from '@/lib/og/metadata'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { Breadcrumb } from '@/components/atlas/breadcrumb'
import { PartnershipBody } from '@/components/records/partnership-body'
import { LocalizedText } from '@/components/ui/localized-text'
import { PrintButton } from '@/components/ui/print-button'
import { Section } from '@/components/ui/section'
import { getPublicCaseStudy } from '@/lib/public/case-studies'
import { partnershipTextIds } from '@/lib/public/translations'
import type { Text } from '@/lib/public/dto'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { caseStudyHref, organizationHref, partnershipHref, placeHref } from '@/lib/i18n/paths'
import { SuggestCorrection } from '@/components/suggestions/suggest-correction'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(params: Props['params']) {
  const cs = await getPublicCaseStudy((await params).slug)
  if (!cs) notFound()
  return cs
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const cs = await load(params)
  return shareMetadata(locale, {
    path: caseStudyHref(cs.slug),
    title: pickLocalized(cs.title, locale, cs.sourceLocale)?.text ?? cs.slug,
    description: pickLocalized(cs.sections.summary[0], locale, cs.sourceLocale)?.text,
    image: `/og${caseStudyHref(cs.slug)}`,
    type: 'article',
  })
}

const narrative = ['background', 'development', 'challenges', 'outcomes'] as const

export default async function CaseStudyPage({ params }: Props) {
  const locale = await pageLocale(params)
  const cs = await load(params)
  const t = await getTranslations()
  const src = cs.sourceLocale
  // The case study's own text (its summary, else its title) is not in the reader's language yet.
  const written = pickLocalized(cs.sections.summary[0] ?? cs.title, locale, src)
  const citation = cs.source
    ? t('caseStudy.citation', {
        citation: cs.source.citation,
        pages:
          cs.source.pageFirst === cs.source.pageLast
            ? String(cs.source.pageFirst)
            : `${cs.source.pageFirst}–${cs.source.pageLast}`,
      })
    : null

  return (
    <article className="case-study space-y-8">
      <div className="print:hidden">
        <Breadcrumb
          locale={locale}
          crumbs={[{ href: '/case-studies', label: t('lists.caseStudies'), isText: true }, { label: cs.title }]}
        />
      </div>
      <header className="space-y-3">
        <p className="text-sm font-medium tracking-wide text-stone-500 uppercase">{t('caseStudy.kicker')}</p>
        <h1 className="text-3xl font-semibold tracking-tight text-stone-950">
          <LocalizedText value={cs.title} locale={locale} sourceLocale={src} />
        </h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-stone-700">
          {cs.organization ? (
            <span>
              {t('caseStudy.by')}{' '}
              <Link
                href={organizationHref(cs.organization.slug)}
                className="font-medium text-brand-800 underline-offset-2 hover:underline"
              >
                <LocalizedText value={cs.organization.name} locale={locale} />
              </Link>
            </span>
          ) : null}
          {citation ? <span data-citation>{citation}</span> : null}
          {cs.source?.chapter ? (
            <span data-chapter>
              {t.rich('caseStudy.chapter', {
                oblast: () => (
                  <Link
                    href={placeHref(cs.source!.chapter!.path)}
                    className="text-brand-800 underline underline-offset-2"
                  >
                    <LocalizedText value={cs.source!.chapter!.name} locale={locale} />
                  </Link>
                ),
              })}
            </span>
          ) : null}
          <PrintButton label={t('caseStudy.print')} />
        </div>
        {written?.isFallback ? (
          <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700 print:hidden">
            {t('caseStudy.onlyIn', { language: written.locale })}
          </p>
        ) : null}
        <TranslationNotice
          entityIds={[cs.id, ...(cs.partnership ? partnershipTextIds(cs.partnership) : [])]}
          locale={locale}
        />
      </header>

      <Section id="summary" title={t('caseStudy.sections.summary')}>
        <Paragraphs items={cs.sections.summary} locale={locale} src={src} />
      </Section>
      {narrative.map((k) =>
        cs.sections[k].length ? (
          <Section key={k} id={k} title={t(`caseStudy.sections.${k}`)}>
            <Paragraphs items={cs.sections[k]} locale={locale} src={src} />
          </Section>
        ) : null,
      )}

      {cs.partnership ? (
        <section aria-labelledby="figures" className="break-before-page space-y-4">
          <div>
            <h2 id="figures" className="text-2xl font-semibold text-stone-950">
              {t('caseStudy.figures')}
            </h2>
            <p className="text-sm text-stone-600">
              {t('caseStudy.figuresNote')}{' '}
              <Link href={partnershipHref(cs.partnership.slug)} className="text-brand-800 underline print:hidden">
                {t('caseStudy.openPartnership')}
              </Link>
            </p>
          </div>
          <PartnershipBody p={cs.partnership} locale={locale} headingBase={2} />
        </section>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        {cs.sections.successFactors.length ? (
          <Section id="success-factors" title={t('caseStudy.sections.successFactors')}>
            <Bullets items={cs.sections.successFactors} locale={locale} src={src} />
          </Section>
        ) : null}
        {cs.sections.lessons.length ? (
          <Section id="lessons" title={t('caseStudy.sections.lessons')}>
            <Bullets items={cs.sections.lessons} locale={locale} src={src} />
          </Section>
        ) : null}
      </div>

      {cs.sections.editorialNotes.length ? (
        <Section id="editorial-notes" title={t('caseStudy.sections.editorialNotes')}>
          <Bullets items={cs.sections.editorialNotes} locale={locale} src={src} className="text-sm text-stone-700" />
        </Section>
      ) : null}
      {citation ? (
        <footer className="border-t border-stone-200 pt-3 text-sm text-stone-600">
          {t('caseStudy.sourceNote', { citation })}
        </footer>
      ) : null}
      <SuggestCorrection target="case-study" recordKey={cs.slug} />
    </article>
  )
}

function Paragraphs({ items, locale, src }: { items: Text[]; locale: Locale; src: Locale }) {
  return items.map((body, i) => (
    <p key={i} className="max-w-3xl leading-relaxed text-stone-800">
      <LocalizedText value={body} locale={locale} sourceLocale={src} />
    </p>
  ))
}

function Bullets({
  items,
  locale,
  src,
  className = 'text-stone-800',
}: {
  items: Text[]
  locale: Locale
  src: Locale
  className?: string
}) {
  return (
    <ul className={`list-disc space-y-1 pl-5 ${className}`}>
      {items.map((b, i) => (
        <li key={i}>
          <LocalizedText value={b} locale={locale} sourceLocale={src} />
        </li>
      ))}
    </ul>
  )
}
