// Which responses a shared cache may keep (lib/http/cache-control.ts); as served: tests/e2e/cache-headers.spec.ts.
import { describe, expect, it } from 'vitest'
import {
  cacheControlFor,
  hasSessionCookie,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
} from '@/lib/http/cache-control'

const get = (pathname: string, signedIn = false) => cacheControlFor({ method: 'GET', pathname, signedIn })

describe('Cache-Control by route', () => {
  it('public pages and the JSON API: one second in a shared cache, then at most one more while it refreshes', () => {
    // The bound of docs/decisions/024-shared-micro-cache.md: a proxy may keep a copy 1 s and serve it
    // while one refresh runs for 1 s more, never longer; nothing else a cache could stretch.
    const directives = Object.fromEntries(PUBLIC_CACHE_CONTROL.split(/,\s*/).map((d) => d.split('=')))
    expect(directives).toEqual({ public: undefined, 's-maxage': '1', 'stale-while-revalidate': '1' })
    for (const p of ['/ky', '/ru/places/kg-t/talas', '/en/case-studies', '/en/search', '/api/v1/territories/KG-T'])
      expect(get(p), p).toBe(PUBLIC_CACHE_CONTROL)
  })

  it('pages of the session, one-time links, histories, `/`, other routes: private', () => {
    for (const p of [
      '/',
      '/en/manage',
      '/ky/manage/partnerships/new',
      '/en/sign-in',
      '/ru/forgot-password',
      '/en/invitation/abc',
      '/en/reset-password/abc',
      '/en/history/partnership/x',
      '/api/documents/x',
      '/api/import/export',
    ])
      expect(get(p), p).toBe(PRIVATE_CACHE_CONTROL)
  })

  it('a signed-in request or a non-GET is private wherever it goes', () => {
    expect(get('/en/places/kg-t', true)).toBe(PRIVATE_CACHE_CONTROL)
    expect(get('/api/v1/territories', true)).toBe(PRIVATE_CACHE_CONTROL)
    expect(cacheControlFor({ method: 'POST', pathname: '/en/places/kg-t', signedIn: false })).toBe(
      PRIVATE_CACHE_CONTROL,
    )
    expect(cacheControlFor({ method: 'HEAD', pathname: '/en', signedIn: false })).toBe(PUBLIC_CACHE_CONTROL)
  })

  it('knows the Auth.js session cookies, chunked and secure, and nothing else', () => {
    expect(hasSessionCookie(['NEXT_LOCALE', 'authjs.session-token'])).toBe(true)
    expect(hasSessionCookie(['__Secure-authjs.session-token.0'])).toBe(true)
    expect(hasSessionCookie(['NEXT_LOCALE', 'authjs.csrf-token', 'authjs.callback-url'])).toBe(false)
  })
})
