import { Empty } from '@/components/manage/ui'
import { TerminationForm } from '@/components/memoranda/lifecycle-forms'
import { StepFrame } from '@/components/memoranda/step-frame'
import { terminateMemorandumAction } from '@/lib/memoranda/actions'
import { isRunning } from '@/lib/memoranda/policy'
import { loadMemorandumStep } from '@/lib/memoranda/step-page'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('memoranda', 'terminate')

export default async function TerminateMemorandumPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, m, t } = await loadMemorandumStep(params, 'terminate')
  return (
    <StepFrame m={m} locale={locale} title={t('terminate')} lead={t('terminateLead')}>
      {isRunning(m) ? (
        <TerminationForm action={terminateMemorandumAction.bind(null, m.id)} version={m.version} />
      ) : (
        <Empty>{t('endedNoSteps')}</Empty>
      )}
    </StepFrame>
  )
}
