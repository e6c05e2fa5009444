import { getTranslations } from 'next-intl/server'
import { ButtonForm } from '@/components/forms/button-form'
import { signOutAction } from '@/lib/auth/actions'

export async function SignOutButton() {
  const t = await getTranslations('auth')
  return <ButtonForm action={signOutAction}>{t('signOut')}</ButtonForm>
}
