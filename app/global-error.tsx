'use client'

import { usePathname } from 'next/navigation'
import { errorDigest } from '@/components/errors/error-view'
import { isLocale, defaultLocale } from '@/lib/i18n/locales'
import en from '@/lib/i18n/messages/en/errors.json' with { type: 'json' }
import ky from '@/lib/i18n/messages/ky/errors.json' with { type: 'json' }
import ru from '@/lib/i18n/messages/ru/errors.json' with { type: 'json' }
import './globals.css'

// The root layout itself failed, so there is no locale layout and no translations provider: the page
// brings its own document and reads the language from the address.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const first = usePathname()?.split('/')[1]
  const locale = isLocale(first) ? first : defaultLocale
  const t = { ky, ru, en }[locale].errorPage
  const digest = errorDigest(error)
  return (
    <html lang={locale}>
      <body className="p-8">
        <div className="mx-auto max-w-xl space-y-6 py-16 text-center" role="alert">
          <title>{t.title}</title>
          <h1 className="text-3xl font-semibold">{t.title}</h1>
          <p>{t.body}</p>
          {digest && (
            <p className="text-sm">
              {t.reference}: <code data-error-reference>{digest}</code>
            </p>
          )}
          <p className="flex justify-center gap-3">
            <button type="button" onClick={() => retry()} className="rounded bg-stone-800 px-4 py-2 text-white">
              {t.retry}
            </button>
            {/* A full load: the client router is what failed. */}
            <a href={`/${locale}`} className="rounded border px-4 py-2">
              {t.home}
            </a>
          </p>
        </div>
      </body>
    </html>
  )
}
