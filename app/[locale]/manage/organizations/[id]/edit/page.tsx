import { editing } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { FormPage } from '@/components/manage/form-page'
import { OrganizationForm } from '@/components/organizations/organization-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { messageTitle } from '@/lib/i18n/page'
import { updateOrganizationAction } from '@/lib/organizations/actions'
import { organizationFormValues } from '@/lib/organizations/form-values'
import { getOrganizationForEdit } from '@/lib/organizations/manage-queries'

export const generateMetadata = messageTitle('manage', 'organizations.edit')

export default async function EditOrganizationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const path = (id: string) => `/manage/organizations/${id}/edit`
  const {
    id,
    record: org,
    t,
    ...page
  } = await loadEditPage(params, path, getOrganizationForEdit, { territories: true })
  return (
    <FormPage
      back={{
        href: `/manage/organizations/${id}`,
        label: <LocalizedText value={org.name} locale={page.locale} sourceLocale={org.sourceLocale} />,
      }}
      title={t('organizations.edit')}
    >
      <OrganizationForm
        {...editing(updateOrganizationAction.bind(null, id), organizationFormValues(org))}
        territories={page.territories}
      />
    </FormPage>
  )
}
