'use client'

import { useTranslations } from 'next-intl'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { SubmitButton, TextField } from '@/components/forms/fields'
import { AcceptInvitationInput, PASSWORD_MIN, SetPasswordInput } from '@/lib/users/schema'

/** Choosing a password from a one-time link: a new account (with a name) or a reset. */
export function SetPasswordForm({ action, withName, email }: { action: FormAction; withName: boolean; email: string }) {
  const t = useTranslations('auth.setPassword')
  return (
    <ActionForm action={action} schema={withName ? AcceptInvitationInput : SetPasswordInput}>
      {/* Lets password managers store the new password under the right account. */}
      <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
      {withName && <TextField name="name" label={t('name')} hint={t('nameHint')} autoComplete="name" required />}
      <TextField
        name="password"
        type="password"
        label={t('password')}
        hint={t('passwordHint', { min: PASSWORD_MIN })}
        autoComplete="new-password"
        required
      />
      <TextField
        name="passwordConfirm"
        type="password"
        label={t('passwordConfirm')}
        autoComplete="new-password"
        required
      />
      <SubmitButton>{withName ? t('submitAccount') : t('submitReset')}</SubmitButton>
    </ActionForm>
  )
}
