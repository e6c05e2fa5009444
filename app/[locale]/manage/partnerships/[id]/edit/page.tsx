import { editing } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { FormPage } from '@/components/manage/form-page'
import { PartnershipForm } from '@/components/partnerships/partnership-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { messageTitle } from '@/lib/i18n/page'
import { updatePartnershipAction } from '@/lib/partnerships/actions'
import { partnershipFormValues } from '@/lib/partnerships/form-values'
import { getPartnershipForEdit } from '@/lib/partnerships/manage-queries'

export const generateMetadata = messageTitle('manage', 'partnerships.edit')

export default async function EditPartnershipPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const needs = { organizations: true, territories: true }
  const page = await loadEditPage(params, (id) => `/manage/partnerships/${id}/edit`, getPartnershipForEdit, needs)
  const { locale, id, record: partnership, t } = page
  return (
    <FormPage
      back={{
        href: `/manage/partnerships/${id}`,
        label: <LocalizedText value={partnership.title} locale={locale} sourceLocale={partnership.sourceLocale} />,
      }}
      title={t('partnerships.edit')}
    >
      <PartnershipForm
        {...editing(updatePartnershipAction.bind(null, id), partnershipFormValues(partnership))}
        organizations={page.organizations}
        territories={page.territories}
      />
    </FormPage>
  )
}
