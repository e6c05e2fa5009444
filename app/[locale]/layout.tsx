import type { Metadata } from 'next'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { AccountStatus } from '@/components/layout/account-status'
import { LanguageSwitcher } from '@/components/layout/language-switcher'
import { PUBLIC_CLIENT_MESSAGES, pickMessages } from '@/lib/i18n/client-messages'
import { Link } from '@/lib/i18n/navigation'
import { routing } from '@/lib/i18n/routing'
import { iconMetadata } from '@/lib/site-icons'
import { siteOrigin } from '@/lib/og/metadata'
import '../globals.css'

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'meta' })
  // Each public page sets its own canonical, language alternates and share tags (lib/og/metadata.ts);
  // relative URLs in them resolve against the configured origin.
  return {
    metadataBase: await siteOrigin(),
    title: { default: t('title'), template: `%s · ${t('title')}` },
    description: t('description'),
    icons: iconMetadata,
  }
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale })
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only what the public pages' client components read (the manage and account pages add the rest):
            every message would be ~28 KB gzip in each page's inline payload. ADR 028. */}
        <NextIntlClientProvider messages={pickMessages(await getMessages(), PUBLIC_CLIENT_MESSAGES)}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t('nav.skipToContent')}
          </a>
          <header className="border-b border-stone-200 bg-white">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
              <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-800">
                <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-brand-600 ring-4 ring-brand-100" />
                {t('meta.title')}
              </Link>
              <div className="flex flex-wrap items-center gap-3">
                <Link href="/funders" className="text-sm font-medium text-brand-700 hover:underline">
                  {t('funders.nav')}
                </Link>
                {/* No session read here: public pages stay cacheable. The browser asks who is signed in. */}
                <AccountStatus />
                <LanguageSwitcher />
              </div>
            </div>
          </header>
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="border-t border-stone-200 bg-white">
            <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-stone-600">
              <p>{t('footer.sources')}</p>
              <p>
                <Link className="text-brand-700 underline" href="/api-docs">
                  {t('footer.api')}
                </Link>
              </p>
            </div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
