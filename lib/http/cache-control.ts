// Cache-Control of pages and of the public API (docs/decisions/014-caching-public-data.md). A public
// response — the same for every reader — may be kept by a CDN or a reverse proxy (docs/deploy/nginx.conf)
// for one second, then — only while ONE request refreshes it — for one more second at most
// (`stale-while-revalidate=1`: readers do not queue behind the refresh, and an app that is down or hung
// gets no stale copy past that second; docs/decisions/024-shared-micro-cache.md). A change shows through
// the proxy 1 s + one render after the app shows it, never later than 2 s + one render. Anything
// that may depend on who asks keeps `private, no-store`: the pages of signed-in people and one-time
// links, a record's history (editors see more), any request carrying a session cookie, and every
// request that is not a GET or HEAD (server actions).

export const PUBLIC_CACHE_CONTROL = 'public, s-maxage=1, stale-while-revalidate=1'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** Paths below the locale that read the session or hold a one-time token. */
const SESSION_PAGE =
  /^\/(ky|ru|en)\/(manage(\/|$)|sign-in$|forgot-password$|account(\/|$)|invitation\/|reset-password\/|history\/)/
/** Public pages are below a locale; `/` itself redirects by cookie and Accept-Language. */
const PUBLIC_PAGE = /^\/(ky|ru|en)(\/|$)/

/** Auth.js session cookies (`authjs.session-token`, `__Secure-` in production, `.0`, `.1` when chunked). */
export const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE.test(name)) return true
  return false
}

/** The Cache-Control of a page request or of a /api/v1 answer (proxy.ts). */
export function cacheControlFor(request: { method: string; pathname: string; signedIn: boolean }): string {
  const { method, pathname, signedIn } = request
  if ((method !== 'GET' && method !== 'HEAD') || signedIn) return PRIVATE_CACHE_CONTROL
  if (pathname.startsWith('/api/v1/')) return PUBLIC_CACHE_CONTROL
  return PUBLIC_PAGE.test(pathname) && !SESSION_PAGE.test(pathname) ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL
}
