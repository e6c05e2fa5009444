import { LocalizedText } from '@/lib/i18n/localized'
import { locales } from '@/lib/i18n/locales'
import type { FormValues } from './state'

/** A multilingual JSON field as form values: {"title.ky": …, "title.ru": …, "title.en": …}. */
export function localizedValues(name: string, value: unknown): FormValues {
  const text = LocalizedText.catch({}).parse(value ?? {})
  return Object.fromEntries(locales.flatMap((l) => (text[l] ? [[`${name}.${l}`, text[l]!]] : [])))
}

/** Drops nulls and undefined, turns numbers to text: what inputs show. */
export function plainValues(values: Record<string, string | number | null | undefined>): FormValues {
  return Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) => (v === null || v === undefined || v === '' ? [] : [[k, String(v)]])),
  )
}
