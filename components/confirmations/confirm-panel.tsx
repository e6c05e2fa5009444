'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { SubmitButton, TextArea } from '@/components/forms/fields'
import { ConfirmationInput } from '@/lib/confirmations/schema'

/**
 * An official's answer for their body about one record: confirm it as it stands, or dispute it with a
 * comment the other side will read (never the public). Answering again replaces the answer.
 */
export function ConfirmPanel({
  action,
  state,
  comment,
}: {
  action: FormAction
  state: 'PENDING' | 'CONFIRMED' | 'DISPUTED'
  comment: string | null
}) {
  const t = useTranslations('confirmations')
  const [disputing, setDisputing] = useState(state === 'DISPUTED')
  return (
    <ActionForm
      action={action}
      schema={ConfirmationInput}
      initialValues={comment ? { comment } : {}}
      className="space-y-3"
      aria-label={t('formLabel')}
    >
      {disputing ? (
        <>
          <TextArea name="comment" label={t('comment')} hint={t('commentHint')} rows={3} required />
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant="danger" name="state" value="DISPUTED">
              {state === 'DISPUTED' ? t('updateDispute') : t('dispute')}
            </SubmitButton>
            <SubmitButton variant="secondary" name="state" value="CONFIRMED">
              {t('confirmInstead')}
            </SubmitButton>
          </div>
        </>
      ) : (
        <div className="flex flex-wrap gap-2">
          {state !== 'CONFIRMED' && (
            <SubmitButton name="state" value="CONFIRMED">
              {t('confirm')}
            </SubmitButton>
          )}
          <button
            type="button"
            onClick={() => setDisputing(true)}
            className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100"
          >
            {state === 'CONFIRMED' ? t('disputeAfterAll') : t('startDispute')}
          </button>
        </div>
      )}
    </ActionForm>
  )
}
