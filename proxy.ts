import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { isStrictProduction } from '@/lib/deployment'
import {
  ACTION_BODY_LIMIT_BYTES,
  DOCUMENT_BODY_LIMIT_BYTES,
  IMPORT_BODY_LIMIT_BYTES,
  isDocumentUpload,
  isImportPage,
  LENGTH_REQUIRED_MARKER,
  REQUEST_TOO_LARGE_MARKER,
  ROUTE_BODY_LIMIT_BYTES,
} from '@/lib/http/body-limit'
import {
  cacheControlFor,
  hasSessionCookie,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
} from '@/lib/http/cache-control'
import { publicRequestWait } from '@/lib/http/limits'
import { contentSecurityPolicy, isPrivatePage, isTokenPage, newNonce } from '@/lib/http/security-headers'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import ky from '@/lib/i18n/messages/ky/errors.json'
import ru from '@/lib/i18n/messages/ru/errors.json'
import en from '@/lib/i18n/messages/en/errors.json'
import { routing } from '@/lib/i18n/routing'

// In front of every page and API request: refuses bodies over the limit and floods of search or API
// requests, sets the Content-Security-Policy and Cache-Control (public for a second, or private: lib/http/
// cache-control.ts), then routes pages by locale (`/` goes to /ky, /ru or /en
// by the NEXT_LOCALE cookie, then Accept-Language). It protects no data: every server action and
// private query checks its caller itself.

const intl = createMiddleware(routing)
const messages = { ky: ky.http, ru: ru.http, en: en.http }

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // One id per request for the log lines it causes (instrumentation.ts), kept if our reverse proxy set one.
  if (!/^[A-Za-z0-9._-]{8,64}$/.test(request.headers.get('x-request-id') ?? ''))
    request.headers.set('x-request-id', crypto.randomUUID())
  const locale = requestLocale(request)
  const cacheControl = cacheControlFor({
    method: request.method,
    pathname,
    signedIn: hasSessionCookie(request.cookies.getAll().map((c) => c.name)),
  })

  const tooLarge = refuseLargeBody(request, locale)
  if (tooLarge) return tooLarge

  if (pathname.startsWith('/api/')) {
    if (pathname.startsWith('/api/v1/')) {
      const wait = await publicRequestWait('api', request.headers)
      if (wait)
        return Response.json(
          { error: { code: 'rate_limited', message: tooMany(locale, wait) } },
          { status: 429, headers: { 'Retry-After': String(wait), 'Cache-Control': PRIVATE_CACHE_CONTROL } },
        )
    }
    const response = NextResponse.next({ request: { headers: request.headers } })
    // The JSON API's answers (lib/api/respond.ts) leave Cache-Control to this line; other routes set their own.
    if (pathname.startsWith('/api/v1/')) response.headers.set('Cache-Control', cacheControl)
    return response
  }

  if (/^\/(ky|ru|en)\/search$/.test(pathname)) {
    const wait = await publicRequestWait('search', request.headers)
    if (wait)
      return htmlAnswer(429, locale, tooMany(locale, wait), {
        'Retry-After': String(wait),
        'Cache-Control': PRIVATE_CACHE_CONTROL,
      })
  }

  const nonce = isPrivatePage(pathname) ? newNonce() : null
  const csp = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === 'development',
    upgradeInsecureRequests: isStrictProduction(),
  })
  // Next.js reads the nonce for its own scripts from the request's policy (docs: Content Security Policy).
  request.headers.set('content-security-policy', csp)
  const response = intl(request)
  response.headers.set('Content-Security-Policy', csp)
  // Kept by Next for a dynamic page (it sets its own `no-store` only when none is there); a redirect
  // (`/` by locale) is private: it depends on the cookie and Accept-Language.
  const cacheable = cacheControl === PUBLIC_CACHE_CONTROL && !(response.status >= 300 && response.status < 400)
  response.headers.set('Cache-Control', cacheable ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL)
  // A shared copy carries no cookie of the reader's: next-intl's locale cookie is left to its links,
  // which set it in the browser when the language is switched (the redirect of `/` reads it).
  if (cacheable) response.headers.delete('set-cookie')
  if (isTokenPage(pathname)) response.headers.set('Referrer-Policy', 'no-referrer')
  return response
}

function requestLocale(request: NextRequest): Locale {
  const first = request.nextUrl.pathname.split('/')[1]
  if (isLocale(first)) return first
  const cookie = request.cookies.get('NEXT_LOCALE')?.value
  return isLocale(cookie) ? cookie : routing.defaultLocale
}

/**
 * 413 before anything reads the body. A server action called by the page's script gets the marker
 * text its form translates (components/forms/action-form.tsx); anyone else a sentence. A streamed
 * body that states no length (chunked) cannot be judged unread: 411. Browsers always state it; without
 * this, Next stops reading an action's body at its own limit and answers 500.
 */
function refuseLargeBody(request: NextRequest, locale: Locale): Response | null {
  if (request.method === 'GET' || request.method === 'HEAD') return null
  const isAction = request.headers.has('next-action')
  if (!request.headers.has('content-length') && request.headers.has('transfer-encoding'))
    return new Response(isAction ? LENGTH_REQUIRED_MARKER : messages[locale].lengthRequired, {
      status: 411,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale },
    })
  const length = Number(request.headers.get('content-length') ?? 0)
  const path = request.nextUrl.pathname
  const limit = isDocumentUpload(path)
    ? DOCUMENT_BODY_LIMIT_BYTES
    : isAction && isImportPage(path)
      ? IMPORT_BODY_LIMIT_BYTES
      : path.startsWith('/api/')
        ? ROUTE_BODY_LIMIT_BYTES
        : ACTION_BODY_LIMIT_BYTES
  if (!(length > limit)) return null
  if (isAction)
    return new Response(REQUEST_TOO_LARGE_MARKER, { status: 413, headers: { 'Content-Type': 'text/plain' } })
  return new Response(messages[locale].requestTooLarge, {
    status: 413,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale },
  })
}

function tooMany(locale: Locale, seconds: number): string {
  return messages[locale].tooManyRequests.replace('{seconds}', String(seconds))
}

function htmlAnswer(status: number, locale: Locale, text: string, headers: Record<string, string>): Response {
  const escaped = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
  return new Response(
    `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${status}</title><p>${escaped}</p></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } },
  )
}

export const config = {
  // Pages (not Next's files or files with an extension) and the API.
  matcher: ['/((?!_next|_vercel|.*\\..*).*)'],
}
