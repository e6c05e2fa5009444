import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { isLocale, type Locale } from './locales'

/**
 * The locale of a page from its params. Pages render alongside their layout, so each page checks the
 * segment itself: `/favicon.ico` or `/xx` must be a 404, never a page rendered in an unknown locale.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/**
 * `generateMetadata` of a page whose title is one message of a namespace:
 * `export const generateMetadata = messageTitle('manage', 'grants.new')`.
 */
export function messageTitle(namespace: string, key: string) {
  return async (): Promise<Metadata> => ({ title: (await getTranslations(namespace))(key) })
}
