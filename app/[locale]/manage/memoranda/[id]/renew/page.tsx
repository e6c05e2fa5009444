import { randomUUID } from 'node:crypto'
import { Empty } from '@/components/manage/ui'
import { RenewalForm } from '@/components/memoranda/lifecycle-forms'
import { StepFrame } from '@/components/memoranda/step-frame'
import { renewMemorandumAction } from '@/lib/memoranda/actions'
import { canRenew } from '@/lib/memoranda/policy'
import { loadMemorandumStep } from '@/lib/memoranda/step-page'
import { messageTitle } from '@/lib/i18n/page'

export const generateMetadata = messageTitle('memoranda', 'renew')

export default async function RenewMemorandumPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, m, t } = await loadMemorandumStep(params, 'renew')
  return (
    <StepFrame m={m} locale={locale} title={t('renew')} lead={t('renewLead')}>
      {canRenew(m) ? (
        <RenewalForm action={renewMemorandumAction.bind(null, m.id)} version={m.version} submissionKey={randomUUID()} />
      ) : (
        <Empty>{t('cannotRenewHere')}</Empty>
      )}
    </StepFrame>
  )
}
