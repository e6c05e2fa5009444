import { creating } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { randomUUID } from 'node:crypto'
import { FormPage } from '@/components/manage/form-page'
import { OutcomeForm } from '@/components/outcomes/outcome-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { messageTitle } from '@/lib/i18n/page'
import { createOutcomeAction } from '@/lib/outcomes/actions'
import { getProjectForEdit } from '@/lib/projects/manage-queries'

export const generateMetadata = messageTitle('manage', 'outcomes.new')

export default async function NewOutcomePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const path = (id: string) => `/manage/projects/${id}/outcomes/new`
  const { locale, id, record: project, t } = await loadEditPage(params, path, getProjectForEdit)
  return (
    <FormPage
      back={{
        href: `/manage/projects/${id}`,
        label: <LocalizedText value={project.title} locale={locale} sourceLocale={project.sourceLocale} />,
      }}
      title={t('outcomes.new')}
      lead={t('outcomes.newLead')}
    >
      <OutcomeForm
        {...creating(
          createOutcomeAction.bind(null, id),
          { submissionKey: randomUUID() },
          { kind: 'ACTUAL', qualifier: 'EXACT' },
        )}
      />
    </FormPage>
  )
}
