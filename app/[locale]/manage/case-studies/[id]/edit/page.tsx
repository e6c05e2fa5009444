import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CaseStudyForm } from '@/components/case-studies/case-study-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { FormPage } from '@/components/manage/form-page'
import { requireActor } from '@/lib/auth/actor'
import { deleteCaseStudyAction, updateCaseStudyAction } from '@/lib/case-studies/actions'
import { caseStudyFormValues } from '@/lib/case-studies/form-values'
import { getCaseStudyForEdit } from '@/lib/case-studies/manage-queries'
import { partnershipChoices } from '@/lib/case-studies/page-data'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'

export const generateMetadata = messageTitle('manage', 'caseStudies.edit')

export default async function EditCaseStudyPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/case-studies/${id}/edit`)
  const cs = await getCaseStudyForEdit(actor, id)
  if (!cs) notFound()
  const [t, organizations, partnerships] = await Promise.all([
    getTranslations('manage'),
    listOrganizationOptions(actor, locale),
    partnershipChoices(actor, locale),
  ])
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
        action={updateCaseStudyAction.bind(null, id)}
        mode="update"
        initialValues={caseStudyFormValues(cs)}
        organizations={organizations}
        partnerships={partnerships}
      />
    </FormPage>
  )
}
