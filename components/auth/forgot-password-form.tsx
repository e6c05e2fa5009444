'use client'

import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/forms/action-form'
import { SubmitButton, TextField } from '@/components/forms/fields'
import { requestPasswordResetAction } from '@/lib/users/actions'
import { ForgotPasswordInput } from '@/lib/users/schema'

/** "Forgot password?": the account's address; the answer does not say whether it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot')
  return (
    <ActionForm action={requestPasswordResetAction} schema={ForgotPasswordInput}>
      <TextField name="email" type="email" label={t('email')} autoComplete="username" required />
      <SubmitButton>{t('submit')}</SubmitButton>
    </ActionForm>
  )
}
