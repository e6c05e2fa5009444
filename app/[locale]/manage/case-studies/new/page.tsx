import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CaseStudyForm } from '@/components/case-studies/case-study-form'
import { FormPage } from '@/components/manage/form-page'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { createCaseStudyAction } from '@/lib/case-studies/actions'
import { partnershipChoices } from '@/lib/case-studies/page-data'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'

export const generateMetadata = messageTitle('manage', 'caseStudies.new')

export default async function NewCaseStudyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/case-studies/new')
  if (!canCreateRecords(actor)) notFound()
  const [t, form, organizations, partnerships] = await Promise.all([
    getTranslations('manage'),
    createFormData(actor, locale),
    listOrganizationOptions(actor, locale),
    partnershipChoices(actor, locale),
  ])
  return (
    <FormPage title={t('caseStudies.new')} lead={t('caseStudies.lead')}>
      <CaseStudyForm
        action={createCaseStudyAction}
        mode="create"
        initialValues={{ sourceLocale: locale }}
        organizations={organizations}
        partnerships={partnerships}
        owners={form.owners}
        submissionKey={form.submissionKey}
      />
    </FormPage>
  )
}
