import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { DeleteForm } from '@/components/manage/delete-form'
import { PublishPanel } from '@/components/manage/publish-panel'
import { OutcomeForm } from '@/components/outcomes/outcome-form'
import { FormPage } from '@/components/manage/form-page'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { setPublicationAction } from '@/lib/publishing/actions'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { deleteOutcomeAction, updateOutcomeAction } from '@/lib/outcomes/actions'
import { outcomeFormValues } from '@/lib/outcomes/form-values'
import { getOutcomeForEdit } from '@/lib/outcomes/manage-queries'

export const generateMetadata = messageTitle('manage', 'outcomes.edit')

export default async function EditOutcomePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/outcomes/${id}/edit`)
  const outcome = await getOutcomeForEdit(actor, id)
  if (!outcome) notFound()
  const t = await getTranslations('manage')
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
      <OutcomeForm
        action={updateOutcomeAction.bind(null, id)}
        mode="update"
        initialValues={outcomeFormValues(outcome)}
      />
    </FormPage>
  )
}
