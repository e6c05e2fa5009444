import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ManagedRecordHeader } from '@/components/manage/managed-record-header'
import { SavedBanner } from '@/components/manage/saved-banner'
import { DefinitionList, linkClass, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { getCaseStudyForView } from '@/lib/case-studies/manage-queries'
import type { TranslationStatus } from '@/lib/case-studies/schema'
import { enumLabel } from '@/lib/i18n/enums'
import { Link, redirect } from '@/lib/i18n/navigation'
import { locales, type Locale } from '@/lib/i18n/locales'
import { pageLocale } from '@/lib/i18n/page'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('caseStudies.title') }
}

export default async function CaseStudyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/case-studies/${id}`)
  const found = await getCaseStudyForView(actor, id)
  if (!found) notFound()
  if (found.view === 'public') return redirect({ href: found.href, locale })
  const { caseStudy: c, canEdit } = found
  const [t, te, query] = await Promise.all([getTranslations('manage'), getTranslations('enums'), searchParams])
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage/case-studies" className={linkClass}>
          ← {t('caseStudies.title')}
        </Link>
      </p>
      <SavedBanner query={query} />
      <ManagedRecordHeader
        title={<LocalizedText value={c.title} locale={locale} sourceLocale={c.sourceLocale} />}
        entity="CaseStudy"
        historySegment="case-study"
        managePath="/manage/case-studies"
        id={id}
        status={c.publicationStatus}
        version={c.version}
        canEdit={canEdit}
        query={query}
      />
      <Section title={t('projects.detailsTitle')} id="details">
        <DefinitionList
          items={[
            {
              label: t('caseStudies.fields.organization'),
              value: c.organization ? <LocalizedText value={c.organization.name} locale={locale} /> : '—',
            },
            {
              label: t('caseStudies.fields.partnership'),
              value: c.partnership ? <LocalizedText value={c.partnership.title} locale={locale} /> : '—',
            },
            { label: t('form.owner'), value: <LocalizedText value={c.ownerOrganization.name} locale={locale} /> },
          ]}
        />
      </Section>
      {c.sections.map((s) => {
        const status = (s.translationStatus ?? {}) as Partial<Record<Locale, TranslationStatus>>
        return (
          <Section key={s.id} title={enumLabel(te, 'caseStudySectionKind', s.kind)} id={`section-${s.id}`}>
            <p className="mb-2 flex flex-wrap gap-2 text-xs">
              {locales.map((l) => (
                <span key={l} className="rounded bg-stone-100 px-1.5 py-0.5 text-stone-700">
                  {enumLabel(te, 'locale', l)}:{' '}
                  {status[l] ? enumLabel(te, 'translationStatus', status[l]) : t('caseStudies.missing')}
                </span>
              ))}
            </p>
            <p className="whitespace-pre-line text-stone-800">
              <LocalizedText value={s.body} locale={locale} sourceLocale={c.sourceLocale} />
            </p>
          </Section>
        )
      })}
    </div>
  )
}
