import { creating } from '@/components/forms/record-form-props'
import { loadNewPage } from '@/lib/manage/form-page'
import { FormPage } from '@/components/manage/form-page'
import { OrganizationForm } from '@/components/organizations/organization-form'
import { messageTitle } from '@/lib/i18n/page'
import { createOrganizationAction } from '@/lib/organizations/actions'

export const generateMetadata = messageTitle('manage', 'organizations.new')

export default async function NewOrganizationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t, form, territories } = await loadNewPage(params, '/manage/organizations/new', { territories: true })
  return (
    <FormPage title={t('organizations.new')} lead={t('organizations.newLead')}>
      <OrganizationForm
        {...creating(createOrganizationAction, form, { sourceLocale: locale, kind: 'PUBLIC_ASSOCIATION' })}
        territories={territories}
      />
    </FormPage>
  )
}
