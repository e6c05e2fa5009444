import { ManagedRecordFrame } from '@/components/manage/managed-record-frame'
import { Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { getCaseStudyForView } from '@/lib/case-studies/manage-queries'
import { locales, type Locale } from '@/lib/i18n/locales'
import type { TranslationStatus } from '@/lib/case-studies/schema'
import { enumLabel } from '@/lib/i18n/enums'
import { loadRecordPage, type RecordPageProps } from '@/lib/manage/record-page'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'caseStudies.title')

export default async function CaseStudyPage(props: RecordPageProps) {
  const { locale, record, t, te, query } = await loadRecordPage(
    props,
    (id) => `/manage/case-studies/${id}`,
    getCaseStudyForView,
  )
  const { caseStudy: c, canEdit } = record
  return (
    <ManagedRecordFrame
      back={{ href: '/manage/case-studies', label: t('caseStudies.title') }}
      query={query}
      header={{
        title: <LocalizedText value={c.title} locale={locale} sourceLocale={c.sourceLocale} />,
        entity: 'CaseStudy',
        record: c,
        canEdit,
      }}
      details={{
        title: t('projects.detailsTitle'),
        items: [
          {
            label: t('caseStudies.fields.organization'),
            value: c.organization ? <LocalizedText value={c.organization.name} locale={locale} /> : '—',
          },
          {
            label: t('caseStudies.fields.partnership'),
            value: c.partnership ? <LocalizedText value={c.partnership.title} locale={locale} /> : '—',
          },
          { label: t('form.owner'), value: <LocalizedText value={c.ownerOrganization.name} locale={locale} /> },
        ],
      }}
    >
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
    </ManagedRecordFrame>
  )
}
