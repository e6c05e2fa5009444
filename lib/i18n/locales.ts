import { isOneOf } from '@/lib/one-of'

export const locales = ['ky', 'ru', 'en'] as const
export type Locale = (typeof locales)[number]
/** Used when the browser's Accept-Language names none of ours. See docs/decisions/003-languages.md. */
export const defaultLocale: Locale = 'ru'

export const isLocale = isOneOf(locales)
