import { creating } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { randomUUID } from 'node:crypto'
import { FormPage } from '@/components/manage/form-page'
import { SavedBanner } from '@/components/manage/saved-banner'
import { OutcomeForm } from '@/components/outcomes/outcome-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { messageTitle } from '@/lib/i18n/page'
import { createOutcomeAction } from '@/lib/outcomes/actions'
import { getProjectForEdit } from '@/lib/projects/manage-queries'

export const generateMetadata = messageTitle('manage', 'outcomes.new')

export default async function NewOutcomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const path = (id: string) => `/manage/projects/${id}/outcomes/new`
  const { locale, id, record: project, t } = await loadEditPage(params, path, getProjectForEdit)
  const submissionKey = randomUUID()
  return (
    <FormPage
      back={{
        href: `/manage/projects/${id}`,
        label: <LocalizedText value={project.title} locale={locale} sourceLocale={project.sourceLocale} />,
      }}
      title={t('outcomes.new')}
      lead={t('outcomes.newLead')}
    >
      <SavedBanner query={await searchParams} />
      <OutcomeForm
        key={submissionKey} // after “save and add another”: a new, empty form
        {...creating(createOutcomeAction.bind(null, id), { submissionKey }, { kind: 'ACTUAL', qualifier: 'EXACT' })}
      />
    </FormPage>
  )
}
