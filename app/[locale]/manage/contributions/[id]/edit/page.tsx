import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ContributionForm } from '@/components/contributions/contribution-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { FormPage } from '@/components/manage/form-page'
import { PublishPanel } from '@/components/manage/publish-panel'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { setPublicationAction } from '@/lib/publishing/actions'
import { deleteContributionAction, updateContributionAction } from '@/lib/contributions/actions'
import { contributionFormValues } from '@/lib/contributions/form-values'
import { getContributionForEdit } from '@/lib/contributions/manage-queries'
import { ledgerChoices } from '@/lib/contributions/page-data'
import { pickLocalized } from '@/lib/i18n/localized'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { getProjectForEdit } from '@/lib/projects/manage-queries'

export const generateMetadata = messageTitle('manage', 'contributions.edit')

export default async function EditContributionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/contributions/${id}/edit`)
  const line = await getContributionForEdit(actor, id)
  if (!line) notFound()
  const [t, organizations, project] = await Promise.all([
    getTranslations('manage'),
    listOrganizationOptions(actor, locale),
    getProjectForEdit(actor, line.projectId),
  ])
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
        action={updateContributionAction.bind(null, id)}
        mode="update"
        initialValues={contributionFormValues(line)}
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
