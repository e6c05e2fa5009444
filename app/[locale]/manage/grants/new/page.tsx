import { creating } from '@/components/forms/record-form-props'
import { loadNewPage } from '@/lib/manage/form-page'
import { GrantForm } from '@/components/grants/grant-form'
import { FormPage } from '@/components/manage/form-page'
import { createGrantAction } from '@/lib/grants/actions'
import { grantTargets } from '@/lib/grants/manage-queries'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'grants.new')

export default async function NewGrantPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const { locale, actor, t, form, organizations } = await loadNewPage(params, '/manage/grants/new', {
    organizations: true,
  })
  const [targets, query] = await Promise.all([grantTargets(actor, locale), searchParams])
  const projectId = targets.projects.some((p) => p.value === query.project) ? query.project : undefined
  return (
    <FormPage title={t('grants.new')} lead={t('grants.newLead')}>
      <GrantForm
        {...creating(createGrantAction, form, {
          currency: 'USD',
          ...(projectId ? { projectId, countInCostShare: 'on' } : {}),
        })}
        organizations={organizations}
        projects={targets.projects}
        programmes={targets.programmes}
      />
    </FormPage>
  )
}
