import { editing } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { DeleteForm } from '@/components/manage/delete-form'
import { PublishPanel } from '@/components/manage/publish-panel'
import { OutcomeForm } from '@/components/outcomes/outcome-form'
import { FormPage } from '@/components/manage/form-page'
import { LocalizedText } from '@/components/ui/localized-text'
import { setPublicationAction } from '@/lib/publishing/actions'
import { messageTitle } from '@/lib/i18n/page'
import { deleteOutcomeAction, updateOutcomeAction } from '@/lib/outcomes/actions'
import { outcomeFormValues } from '@/lib/outcomes/form-values'
import { getOutcomeForEdit } from '@/lib/outcomes/manage-queries'

export const generateMetadata = messageTitle('manage', 'outcomes.edit')

export default async function EditOutcomePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const path = (id: string) => `/manage/outcomes/${id}/edit`
  const { locale, id, record: outcome, t } = await loadEditPage(params, path, getOutcomeForEdit)
  return (
    <FormPage
      back={
        outcome.project
          ? {
              href: `/manage/projects/${outcome.project.id}`,
              label: (
                <LocalizedText
                  value={outcome.project.title}
                  locale={locale}
                  sourceLocale={outcome.project.sourceLocale}
                />
              ),
            }
          : undefined
      }
      title={t('outcomes.edit')}
      after={
        <>
          <PublishPanel
            status={outcome.publicationStatus}
            publish={setPublicationAction.bind(
              null,
              'Outcome',
              id,
              outcome.version,
              'PUBLISHED',
              false,
              `/manage/outcomes/${id}/edit`,
            )}
            withdraw={setPublicationAction.bind(
              null,
              'Outcome',
              id,
              outcome.version,
              'DRAFT',
              false,
              `/manage/outcomes/${id}/edit`,
            )}
          />
          <DeleteForm
            action={deleteOutcomeAction.bind(null, id, outcome.version)}
            label={t('outcomes.delete')}
            explanation={t('outcomes.deleteExplanation')}
          />
        </>
      }
    >
      <OutcomeForm {...editing(updateOutcomeAction.bind(null, id), outcomeFormValues(outcome))} />
    </FormPage>
  )
}
