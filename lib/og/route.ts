import 'server-only'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache-control'
import type { Card } from './card'
import { renderCard } from './card'

/**
 * A preview image route (app/[locale]/(public)/og/…): the card of a public record as a PNG, or 404
 * for an unknown locale, a malformed address or a record that is not public — no image at all.
 */
export async function cardResponse(locale: string, load: (locale: Locale) => Promise<Card | null>): Promise<Response> {
  const card = isLocale(locale) ? await load(locale) : null
  if (!card)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PUBLIC_CACHE_CONTROL },
    })
  return renderCard(card)
}
