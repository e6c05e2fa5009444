import { randomUUID } from 'node:crypto'
import { Empty } from '@/components/manage/ui'
import { AmendmentForm } from '@/components/memoranda/lifecycle-forms'
import { StepFrame } from '@/components/memoranda/step-frame'
import { addAmendmentAction } from '@/lib/memoranda/actions'
import { isRunning } from '@/lib/memoranda/policy'
import { loadMemorandumStep } from '@/lib/memoranda/step-page'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('memoranda', 'amend')

export default async function AmendMemorandumPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, m, t } = await loadMemorandumStep(params, 'amend')
  const next = (m.amendments.at(-1)?.number ?? 0) + 1
  return (
    <StepFrame m={m} locale={locale} title={t('amendmentNumber', { n: next })} lead={t('amendLead')}>
      {isRunning(m) ? (
        <AmendmentForm action={addAmendmentAction.bind(null, m.id)} version={m.version} submissionKey={randomUUID()} />
      ) : (
        <Empty>{t('endedNoSteps')}</Empty>
      )}
    </StepFrame>
  )
}
