import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { PartnershipForm } from '@/components/partnerships/partnership-form'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { createPartnershipAction } from '@/lib/partnerships/actions'
import { listTerritoryOptions } from '@/lib/territories/options'

export const generateMetadata = messageTitle('manage', 'partnerships.new')

export default async function NewPartnershipPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/partnerships/new')
  if (!canCreateRecords(actor)) notFound()
  const [t, form, organizations, territories] = await Promise.all([
    getTranslations('manage'),
    createFormData(actor, locale),
    listOrganizationOptions(actor, locale),
    listTerritoryOptions(locale),
  ])
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
        action={createPartnershipAction}
        mode="create"
        initialValues={initialValues}
        organizations={organizations}
        territories={territories}
        owners={form.owners}
        submissionKey={form.submissionKey}
      />
    </FormPage>
  )
}
