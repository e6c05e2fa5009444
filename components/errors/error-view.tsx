'use client'

import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

/**
 * What a visitor sees when a page fails: a plain apology in their language, a way back, and the
 * reference the server logged the failure under (Next's `digest`; instrumentation.ts writes it with the
 * request id), so what they quote to the administrator leads to the log line. Errors that happen in the
 * browser have no digest and no log line, so no reference is shown for them.
 */
export function ErrorView({
  error,
  retry,
  home,
}: {
  error: unknown
  retry: () => void
  home: { href: '/' | '/manage'; label: 'home' | 'manageHome' }
}) {
  const t = useTranslations('errorPage')
  const digest = errorDigest(error)
  return (
    <div className="mx-auto max-w-xl space-y-6 py-16 text-center" role="alert" aria-labelledby="error-title">
      <h1 id="error-title" className="text-3xl font-semibold text-stone-950">
        {t('title')}
      </h1>
      <p className="text-stone-700">{t('body')}</p>
      {digest && (
        <p className="text-sm text-stone-700">
          {t('reference')}:{' '}
          <code data-error-reference className="rounded bg-stone-100 px-2 py-1 font-mono text-stone-900 select-all">
            {digest}
          </code>
        </p>
      )}
      <p className="flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t('retry')}
        </button>
        <Link href={home.href} className="rounded border border-stone-300 px-4 py-2 font-medium text-stone-800">
          {t(home.label)}
        </Link>
      </p>
    </div>
  )
}

export function errorDigest(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest
  return typeof digest === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(digest) ? digest : null
}
