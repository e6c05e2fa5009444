// The documents route answers in the user's language without next-intl's request context (a route
// handler, also called directly by the integration tests): the messages are read from the files.
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales'
import en from '@/lib/i18n/messages/en/documents.json' with { type: 'json' }
import ky from '@/lib/i18n/messages/ky/documents.json' with { type: 'json' }
import ru from '@/lib/i18n/messages/ru/documents.json' with { type: 'json' }
import type { DocumentErrorKey } from './schema'

const messages = { ky, ru, en }

/** The page's language as the form sent it, else the language cookie, else the first one the browser asks for. */
export function requestLocale(request: Request, given?: unknown): Locale {
  if (isLocale(given)) return given
  const cookie = request.headers.get('cookie')?.match(/(?:^|;\s*)NEXT_LOCALE=([a-z]{2})/)?.[1]
  if (isLocale(cookie)) return cookie
  const accepted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find(isLocale)
  return accepted ?? defaultLocale
}

export const documentError = (locale: Locale, key: DocumentErrorKey) => messages[locale].documents.errors[key]
