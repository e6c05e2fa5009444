import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { GrantForm } from '@/components/grants/grant-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { FormPage } from '@/components/manage/form-page'
import { requireActor } from '@/lib/auth/actor'
import { deleteGrantAction, updateGrantAction } from '@/lib/grants/actions'
import { grantFormValues } from '@/lib/grants/form-values'
import { getGrantForEdit, grantTargets } from '@/lib/grants/manage-queries'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'

export const generateMetadata = messageTitle('manage', 'grants.edit')

export default async function EditGrantPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/grants/${id}/edit`)
  const grant = await getGrantForEdit(actor, id)
  if (!grant) notFound()
  const [t, organizations, targets] = await Promise.all([
    getTranslations('manage'),
    listOrganizationOptions(actor, locale),
    grantTargets(actor, locale),
  ])
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
        action={updateGrantAction.bind(null, id)}
        mode="update"
        initialValues={grantFormValues(grant)}
        organizations={organizations}
        projects={targets.projects}
        programmes={targets.programmes}
      />
    </FormPage>
  )
}
