import 'server-only'
import type { NextRequest } from 'next/server'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { cacheControlFor, hasSessionCookie } from '@/lib/http/cache-control'
import type { Card } from './card'
import { renderCard } from './card'

/**
 * A preview image route (app/[locale]/(public)/og/…): the card of a public record as a PNG, or 404
 * for an unknown locale, a malformed address or a record that is not public — no image at all. Its
 * Cache-Control is the one of a page at that path (lib/http/cache-control.ts): a route's own header
 * wins over the proxy's, and ImageResponse's default would keep the image a year.
 */
export async function cardResponse(
  request: NextRequest,
  locale: string,
  load: (locale: Locale) => Promise<Card | null>,
): Promise<Response> {
  const cacheControl = cacheControlFor({
    method: request.method,
    pathname: request.nextUrl.pathname,
    signedIn: hasSessionCookie(request.cookies.getAll().map((c) => c.name)),
  })
  const card = isLocale(locale) ? await load(locale) : null
  if (!card)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl },
    })
  return renderCard(card, cacheControl)
}
