import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { GrantForm } from '@/components/grants/grant-form'
import { FormPage } from '@/components/manage/form-page'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { createGrantAction } from '@/lib/grants/actions'
import { grantTargets } from '@/lib/grants/manage-queries'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'

export const generateMetadata = messageTitle('manage', 'grants.new')

export default async function NewGrantPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/grants/new')
  if (!canCreateRecords(actor)) notFound()
  const [t, form, organizations, targets, query] = await Promise.all([
    getTranslations('manage'),
    createFormData(actor, locale),
    listOrganizationOptions(actor, locale),
    grantTargets(actor, locale),
    searchParams,
  ])
  const projectId = targets.projects.some((p) => p.value === query.project) ? query.project : undefined
  return (
    <FormPage title={t('grants.new')} lead={t('grants.newLead')}>
      <GrantForm
        action={createGrantAction}
        mode="create"
        initialValues={{ currency: 'USD', ...(projectId ? { projectId, countInCostShare: 'on' } : {}) }}
        organizations={organizations}
        projects={targets.projects}
        programmes={targets.programmes}
        owners={form.owners}
        submissionKey={form.submissionKey}
      />
    </FormPage>
  )
}
