// Messages outside a request (the reminders script, the calendar feed): the reader's language is their
// account's, not the page's.
import { createTranslator } from 'use-intl/core'
import type { Locale } from '@/lib/i18n/locales'
import { loadMessages } from '@/lib/i18n/messages'

export type Translate = (key: string, values?: Record<string, string | number>) => string

export async function translatorFor(locale: Locale, namespace: string): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace })
  return (key, values) => (t as unknown as Translate)(key, values)
}
