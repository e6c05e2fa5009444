import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { SetPasswordForm } from '@/components/auth/set-password-form'
import { pageLocale } from '@/lib/i18n/page'
import { resetPasswordAction } from '@/lib/users/actions'
import { findOpenReset } from '@/lib/users/queries'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.reset')
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' }
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  await pageLocale(params)
  const { token } = await params
  const t = await getTranslations('auth.reset')
  const reset = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findOpenReset(token) : null
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold text-stone-950">{t('title')}</h1>
      {!reset ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {t('invalid')}
        </p>
      ) : (
        <>
          <p className="text-stone-700">{t('lead', { email: reset.email })}</p>
          <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
            <SetPasswordForm action={resetPasswordAction.bind(null, token)} withName={false} email={reset.email} />
          </div>
        </>
      )}
    </div>
  )
}
