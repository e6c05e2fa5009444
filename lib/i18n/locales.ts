export const locales = ['ky', 'ru', 'en'] as const
export type Locale = (typeof locales)[number]
/** Used when the browser's Accept-Language names none of ours. See docs/decisions/003-languages.md. */
export const defaultLocale: Locale = 'ru'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
