'use client'

import { useTranslations } from 'next-intl'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { HiddenField, LocalizedFields, SubmitButton, TextField } from '@/components/forms/fields'
import type { FormValues } from '@/lib/forms/state'
import { AmendmentInput, RenewalInput, TerminationInput } from '@/lib/memoranda/schema'
import { useMemorandumFieldLabels } from './memorandum-form'

// The steps of a memorandum's life after it is signed: a numbered amendment, a renewal (a new
// memorandum that supersedes this one), an early end. Each names the version it was opened on.

type StepProps = { action: FormAction; version: number; submissionKey?: string; initialValues?: FormValues }

function Step({
  action,
  version,
  submissionKey,
  initialValues = {},
  schema,
  label,
  children,
}: StepProps & {
  schema: typeof AmendmentInput | typeof RenewalInput | typeof TerminationInput
  label: string
  children: React.ReactNode
}) {
  const fieldLabels = useMemorandumFieldLabels()
  return (
    <ActionForm
      action={action}
      schema={schema}
      initialValues={initialValues}
      fieldLabels={fieldLabels}
      aria-label={label}
    >
      <HiddenField name="version" value={String(version)} />
      {submissionKey && <HiddenField name="submissionKey" value={submissionKey} />}
      {children}
    </ActionForm>
  )
}

export function AmendmentForm(props: StepProps) {
  const t = useTranslations('memoranda')
  return (
    <Step {...props} schema={AmendmentInput} label={t('amend')}>
      <TextField name="date" label={t('fields.amendmentDate')} hint={t('fields.amendmentDateHint')} required />
      <LocalizedFields name="summary" label={t('fields.amendmentSummary')} required multiline />
      <SubmitButton>{t('amendSubmit')}</SubmitButton>
    </Step>
  )
}

export function RenewalForm(props: StepProps) {
  const t = useTranslations('memoranda')
  const tm = useTranslations('manage')
  return (
    <Step {...props} schema={RenewalInput} label={t('renew')}>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="signedDate" label={t('fields.signedDate')} hint={tm('form.partialDateHint')} />
        <TextField name="effectiveDate" label={t('fields.effectiveDate')} hint={tm('form.partialDateHint')} />
        <TextField name="expiryDate" label={t('fields.expiryDate')} hint={t('fields.expiryHint')} />
      </div>
      <SubmitButton>{t('renewSubmit')}</SubmitButton>
    </Step>
  )
}

export function TerminationForm(props: StepProps) {
  const t = useTranslations('memoranda')
  return (
    <Step {...props} schema={TerminationInput} label={t('terminate')}>
      <TextField name="date" label={t('fields.terminatedDate')} hint={t('fields.terminatedDateHint')} required />
      <LocalizedFields
        name="reason"
        label={t('fields.terminationReason')}
        hint={t('fields.terminationReasonHint')}
        required
        multiline
      />
      <SubmitButton variant="danger">{t('terminateSubmit')}</SubmitButton>
    </Step>
  )
}
