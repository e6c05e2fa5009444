import '@/lib/zod-config'
import { z } from 'zod'
import { locales, type Locale } from './locales'

/**
 * Multilingual text as stored in JSON columns: {ky?, ru?, en?}. See docs/decisions/003-languages.md.
 * Empty strings and nulls are not translations: they are dropped.
 */
export const LocalizedText = z
  .object({ ky: z.string().nullish(), ru: z.string().nullish(), en: z.string().nullish() })
  .strict()
  .transform(
    (t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v?.trim())) as Partial<Record<Locale, string>>,
  )
export type LocalizedText = z.infer<typeof LocalizedText>

/** Languages tried after the wanted one, in order: Kyrgyz and Russian readers mostly read each other's
 *  official language before English; English readers fall back to Russian first. */
const fallbackOrder: Record<Locale, Locale[]> = {
  ky: ['ky', 'ru', 'en'],
  ru: ['ru', 'ky', 'en'],
  en: ['en', 'ru', 'ky'],
}

export type Localized = {
  text: string
  /** The language the text is actually in. */
  locale: Locale
  /** True when the text is not in the wanted language: the UI marks it. */
  isFallback: boolean
}

/**
 * Picks the text in the wanted language, else the record's source language, else the first available
 * in fallback order. Returns null when there is no text at all.
 */
export function pickLocalized(value: unknown, wanted: Locale, sourceLocale?: Locale | null): Localized | null {
  const parsed = LocalizedText.safeParse(value ?? {})
  if (!parsed.success) return null
  const text = parsed.data
  const order = [wanted, ...(sourceLocale ? [sourceLocale] : []), ...fallbackOrder[wanted]]
  for (const locale of order) {
    const found = text[locale]
    if (found) return { text: found, locale, isFallback: locale !== wanted }
  }
  return null
}

/** All three languages, '' where missing: for APIs that return {ky, ru, en}. */
export function allLocales(value: unknown): Record<Locale, string | null> {
  const parsed = LocalizedText.safeParse(value ?? {})
  const text = parsed.success ? parsed.data : {}
  return Object.fromEntries(locales.map((l) => [l, text[l] ?? null])) as Record<Locale, string | null>
}
