import { editing } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { ContributionForm } from '@/components/contributions/contribution-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { FormPage } from '@/components/manage/form-page'
import { PublishPanel } from '@/components/manage/publish-panel'
import { LocalizedText } from '@/components/ui/localized-text'
import { setPublicationAction } from '@/lib/publishing/actions'
import { deleteContributionAction, updateContributionAction } from '@/lib/contributions/actions'
import { contributionFormValues } from '@/lib/contributions/form-values'
import { getContributionForEdit } from '@/lib/contributions/manage-queries'
import { ledgerChoices } from '@/lib/contributions/page-data'
import { pickLocalized } from '@/lib/i18n/localized'
import { messageTitle } from '@/lib/i18n/page'
import { getProjectForEdit } from '@/lib/projects/manage-queries'

export const generateMetadata = messageTitle('manage', 'contributions.edit')

export default async function EditContributionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const path = (id: string) => `/manage/contributions/${id}/edit`
  const page = await loadEditPage(params, path, getContributionForEdit, { organizations: true })
  const { locale, id, t, organizations, record: line } = page
  const project = await getProjectForEdit(page.actor, line.projectId)
  const { recipients, grants } = project ? ledgerChoices(project, locale) : { recipients: [], grants: [] }
  return (
    <FormPage
      back={{
        href: `/manage/projects/${line.projectId}`,
        label: <LocalizedText value={line.project.title} locale={locale} sourceLocale={line.project.sourceLocale} />,
      }}
      title={t('contributions.edit')}
      after={
        <>
          <PublishPanel
            status={line.publicationStatus}
            publish={setPublicationAction.bind(
              null,
              'Contribution',
              id,
              line.version,
              'PUBLISHED',
              false,
              `/manage/contributions/${id}/edit`,
            )}
            withdraw={setPublicationAction.bind(
              null,
              'Contribution',
              id,
              line.version,
              'DRAFT',
              false,
              `/manage/contributions/${id}/edit`,
            )}
          />
          <DeleteForm
            action={deleteContributionAction.bind(null, id, line.version)}
            label={t('contributions.delete')}
            explanation={t('contributions.deleteExplanation')}
          />
        </>
      }
    >
      <ContributionForm
        {...editing(updateContributionAction.bind(null, id), contributionFormValues(line))}
        organizations={organizations}
        recipients={recipients}
        grants={grants}
        linkedGrant={
          line.grant ? (pickLocalized(line.grant.title, locale)?.text ?? t('contributions.untitledGrant')) : undefined
        }
      />
    </FormPage>
  )
}
