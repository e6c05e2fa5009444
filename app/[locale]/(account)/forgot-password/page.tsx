import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form'
import { linkClass } from '@/components/manage/ui'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { mailConfigured } from '@/lib/mail'

// Whether mail can be sent is read when the page is served (configuration is not there at build time).
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.forgot')
  return { title: t('title'), robots: { index: false } }
}

/** Self-service reset by mail where the registry can send mail; otherwise whom to ask. */
export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params)
  const t = await getTranslations('auth.forgot')
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold text-stone-950">{t('title')}</h1>
      {mailConfigured() ? (
        <>
          <p className="text-stone-700">{t('lead')}</p>
          <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
            <ForgotPasswordForm />
          </div>
        </>
      ) : (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t('noMail')}
        </p>
      )}
      <p>
        <Link href="/sign-in" className={linkClass}>
          ← {t('back')}
        </Link>
      </p>
    </div>
  )
}
