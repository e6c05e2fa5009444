import { getTranslations } from 'next-intl/server'
import { signOutAction } from '@/lib/auth/actions'
import { SignOutForm } from './sign-out-form'

/** A plain form: signing out works without JavaScript, and nothing on the page can cancel it. */
export async function SignOutButton() {
  const t = await getTranslations('auth')
  return (
    <SignOutForm action={signOutAction}>
      <button
        type="submit"
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100"
      >
        {t('signOut')}
      </button>
    </SignOutForm>
  )
}
