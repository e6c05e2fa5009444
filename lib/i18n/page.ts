import { setRequestLocale } from 'next-intl/server'
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
