import { editing } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { CaseStudyForm } from '@/components/case-studies/case-study-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { FormPage } from '@/components/manage/form-page'
import { deleteCaseStudyAction, updateCaseStudyAction } from '@/lib/case-studies/actions'
import { caseStudyFormValues } from '@/lib/case-studies/form-values'
import { getCaseStudyForEdit } from '@/lib/case-studies/manage-queries'
import { partnershipChoices } from '@/lib/case-studies/page-data'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('manage', 'caseStudies.edit')

export default async function EditCaseStudyPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const path = (id: string) => `/manage/case-studies/${id}/edit`
  const { id, record: cs, t, ...page } = await loadEditPage(params, path, getCaseStudyForEdit, { organizations: true })
  const partnerships = await partnershipChoices(page.actor, page.locale)
  return (
    <FormPage
      back={{ href: `/manage/case-studies/${id}`, label: t('caseStudies.title') }}
      title={t('caseStudies.edit')}
      after={
        <DeleteForm
          action={deleteCaseStudyAction.bind(null, id, cs.version)}
          label={t('caseStudies.delete')}
          explanation={t('caseStudies.deleteExplanation')}
        />
      }
    >
      <CaseStudyForm
        {...editing(updateCaseStudyAction.bind(null, id), caseStudyFormValues(cs))}
        organizations={page.organizations}
        partnerships={partnerships}
      />
    </FormPage>
  )
}
