import { editing } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { GrantForm } from '@/components/grants/grant-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { FormPage } from '@/components/manage/form-page'
import { deleteGrantAction, updateGrantAction } from '@/lib/grants/actions'
import { grantFormValues } from '@/lib/grants/form-values'
import { getGrantForEdit, grantTargets } from '@/lib/grants/manage-queries'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'grants.edit')

export default async function EditGrantPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const page = await loadEditPage(params, (id) => `/manage/grants/${id}/edit`, getGrantForEdit, { organizations: true })
  const { id, record: grant, t } = page
  const targets = await grantTargets(page.actor, page.locale)
  return (
    <FormPage
      back={{ href: `/manage/grants/${id}`, label: t('grants.title') }}
      title={t('grants.edit')}
      after={
        <DeleteForm
          action={deleteGrantAction.bind(null, id, grant.version)}
          label={t('grants.delete')}
          explanation={t('grants.deleteExplanation')}
        />
      }
    >
      <GrantForm
        {...editing(updateGrantAction.bind(null, id), grantFormValues(grant))}
        organizations={page.organizations}
        projects={targets.projects}
        programmes={targets.programmes}
      />
    </FormPage>
  )
}
