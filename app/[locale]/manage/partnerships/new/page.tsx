import { creating } from '@/components/forms/record-form-props'
import { loadNewPage } from '@/lib/manage/form-page'
import { FormPage } from '@/components/manage/form-page'
import { PartnershipForm } from '@/components/partnerships/partnership-form'
import { messageTitle } from '@/lib/i18n/page'
import { createPartnershipAction } from '@/lib/partnerships/actions'

export const generateMetadata = messageTitle('manage', 'partnerships.new')

export default async function NewPartnershipPage({ params }: { params: Promise<{ locale: string }> }) {
  const page = await loadNewPage(params, '/manage/partnerships/new', { organizations: true, territories: true })
  const { locale, t, form, organizations } = page
  // The actor's own organization is proposed as the first party (as lead when it is a CSO).
  const own = form.owners.length === 1 ? organizations.find((o) => o.id === form.owners[0].id) : undefined
  const initialValues = {
    sourceLocale: locale,
    status: 'ACTIVE',
    ...(own
      ? {
          'parties.0.organizationId': own.id,
          ...(own.partyType === 'CSO' ? { 'parties.0.isLead': 'on' } : {}),
          'parties.1.organizationId': '',
        }
      : {}),
  }
  return (
    <FormPage title={t('partnerships.new')} lead={t('partnerships.newLead')}>
      <PartnershipForm
        {...creating(createPartnershipAction, form, initialValues)}
        organizations={organizations}
        territories={page.territories}
      />
    </FormPage>
  )
}
