'use client'

import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/forms/action-form'
import { HiddenField, SubmitButton, TextField } from '@/components/forms/fields'
import { signInAction } from '@/lib/auth/actions'
import { SignInInput } from '@/lib/users/schema'

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('auth.signIn')
  return (
    <ActionForm action={signInAction} schema={SignInInput} aria-label={t('title')}>
      {next && <HiddenField name="next" value={next} />}
      <TextField name="email" type="email" label={t('email')} autoComplete="username" required />
      <TextField name="password" type="password" label={t('password')} autoComplete="current-password" required />
      <SubmitButton>{t('submit')}</SubmitButton>
    </ActionForm>
  )
}
