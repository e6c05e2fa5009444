import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { SignInForm } from '@/components/auth/sign-in-form'
import { getActor } from '@/lib/auth/actor'
import { linkClass } from '@/components/manage/ui'
import { Link, redirect } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn')
  return { title: t('title'), robots: { index: false } }
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const next = typeof query.next === 'string' ? query.next : undefined
  if (await getActor()) redirect({ href: '/manage', locale })
  const t = await getTranslations('auth.signIn')
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-stone-950">{t('title')}</h1>
        <p className="mt-2 text-stone-700">{t('lead')}</p>
      </div>
      {query.code === 'rate_limited' && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('rateLimited')}
        </p>
      )}
      {query.reset === '1' && (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {t('passwordChanged')}
        </p>
      )}
      <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <SignInForm next={next} />
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className={linkClass}>
            {t('forgot')}
          </Link>
        </p>
      </div>
      <p className="text-sm text-stone-600">{t('noAccount')}</p>
    </div>
  )
}
