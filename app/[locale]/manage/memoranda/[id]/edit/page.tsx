import { editing } from '@/components/forms/record-form-props'
import { MemorandumForm } from '@/components/memoranda/memorandum-form'
import { StepFrame } from '@/components/memoranda/step-frame'
import { updateMemorandumAction } from '@/lib/memoranda/actions'
import { memorandumFormValues } from '@/lib/memoranda/form-values'
import { memorandumTargets } from '@/lib/memoranda/queries'
import { loadMemorandumStep } from '@/lib/memoranda/step-page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('memoranda', 'edit')

export default async function EditMemorandumPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, actor, m, t } = await loadMemorandumStep(params, 'edit')
  const [organizations, targets] = await Promise.all([
    listOrganizationOptions(actor, locale),
    memorandumTargets(actor, locale, m),
  ])
  return (
    <StepFrame m={m} locale={locale} title={t('edit')} lead={t('editLead')}>
      <MemorandumForm
        {...editing(updateMemorandumAction.bind(null, m.id), memorandumFormValues(m))}
        organizations={organizations}
        partnerships={targets.partnerships}
        projects={targets.projects}
      />
    </StepFrame>
  )
}
