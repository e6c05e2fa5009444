import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { OrganizationForm } from '@/components/organizations/organization-form'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { createOrganizationAction } from '@/lib/organizations/actions'
import { listTerritoryOptions } from '@/lib/territories/options'

export const generateMetadata = messageTitle('manage', 'organizations.new')

export default async function NewOrganizationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/organizations/new')
  if (!canCreateRecords(actor)) notFound()
  const [t, form, territories] = await Promise.all([
    getTranslations('manage'),
    createFormData(actor, locale),
    listTerritoryOptions(locale),
  ])
  return (
    <FormPage title={t('organizations.new')} lead={t('organizations.newLead')}>
      <OrganizationForm
        action={createOrganizationAction}
        mode="create"
        initialValues={{ sourceLocale: locale, kind: 'PUBLIC_ASSOCIATION' }}
        territories={territories}
        owners={form.owners}
        submissionKey={form.submissionKey}
      />
    </FormPage>
  )
}
