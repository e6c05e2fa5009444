import { creating } from '@/components/forms/record-form-props'
import { loadNewPage } from '@/lib/manage/form-page'
import { CaseStudyForm } from '@/components/case-studies/case-study-form'
import { FormPage } from '@/components/manage/form-page'
import { createCaseStudyAction } from '@/lib/case-studies/actions'
import { partnershipChoices } from '@/lib/case-studies/page-data'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'caseStudies.new')

export default async function NewCaseStudyPage({ params }: { params: Promise<{ locale: string }> }) {
  const page = await loadNewPage(params, '/manage/case-studies/new', { organizations: true })
  const { locale, t, form, organizations } = page
  const partnerships = await partnershipChoices(page.actor, locale)
  return (
    <FormPage title={t('caseStudies.new')} lead={t('caseStudies.lead')}>
      <CaseStudyForm
        {...creating(createCaseStudyAction, form, { sourceLocale: locale })}
        organizations={organizations}
        partnerships={partnerships}
      />
    </FormPage>
  )
}
