import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { SetPasswordForm } from '@/components/auth/set-password-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { pageLocale } from '@/lib/i18n/page'
import { acceptInvitationAction } from '@/lib/users/actions'
import { findOpenInvitation } from '@/lib/users/queries'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.invitation')
  // The token is in the URL: no search engine, and no Referer to other sites.
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' }
}

export default async function InvitationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const locale = await pageLocale(params)
  const { token } = await params
  const t = await getTranslations('auth.invitation')
  const invitation = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findOpenInvitation(token) : null
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold text-stone-950">{t('title')}</h1>
      {!invitation ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {t('invalid')}
        </p>
      ) : (
        <>
          <p className="text-stone-700">
            {t('lead', { email: invitation.email })}{' '}
            {invitation.organization && invitation.role && (
              <>
                {t('membership', { role: invitation.role })}{' '}
                <LocalizedText value={invitation.organization.name} locale={locale} />.
              </>
            )}
          </p>
          <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
            <SetPasswordForm action={acceptInvitationAction.bind(null, token)} withName email={invitation.email} />
          </div>
        </>
      )}
    </div>
  )
}
