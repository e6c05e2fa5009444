import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { OrganizationForm } from '@/components/organizations/organization-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { updateOrganizationAction } from '@/lib/organizations/actions'
import { organizationFormValues } from '@/lib/organizations/form-values'
import { getOrganizationForEdit } from '@/lib/organizations/manage-queries'
import { listTerritoryOptions } from '@/lib/territories/options'

export const generateMetadata = messageTitle('manage', 'organizations.edit')

export default async function EditOrganizationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/organizations/${id}/edit`)
  const org = await getOrganizationForEdit(actor, id)
  if (!org) notFound()
  const [t, territories] = await Promise.all([getTranslations('manage'), listTerritoryOptions(locale)])
  return (
    <FormPage
      back={{
        href: `/manage/organizations/${id}`,
        label: <LocalizedText value={org.name} locale={locale} sourceLocale={org.sourceLocale} />,
      }}
      title={t('organizations.edit')}
    >
      <OrganizationForm
        action={updateOrganizationAction.bind(null, id)}
        mode="update"
        initialValues={organizationFormValues(org)}
        territories={territories}
      />
    </FormPage>
  )
}
