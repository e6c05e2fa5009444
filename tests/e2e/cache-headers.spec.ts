// Cache-Control as served (lib/http/cache-control.ts, docs/decisions/014): public pages and the JSON
// API may be kept by a shared cache for one second at most; pages that read the session or hold a
// one-time token, redirects by locale, and anything asked with a session cookie are private.
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../../lib/http/cache-control'
import { e2eUsers } from './accounts-data'
import { expect, signIn, test } from './fixtures'

const PUBLIC_PATHS = [
  '/en',
  '/ky/places/kg-t',
  '/ru/places/kg-b/leilek',
  '/en/partnerships/manas-1000-talas-city',
  '/en/organizations/soros-foundation-kyrgyzstan',
  '/en/case-studies/manas-1000-talas-city',
  '/en/case-studies?oblast=KG-T',
  '/en/search?q=Talas',
  '/en/funders',
  '/api/v1/territories?level=1',
  '/api/v1/case-studies/manas-1000-talas-city',
  '/api/v1/territories/KG-T',
  // Preview images (docs/decisions/022): cached like the page they show.
  '/en/og',
  '/ky/og/places/kg-t',
  '/ru/og/partnerships/manas-1000-talas-city',
  '/en/og/case-studies/manas-1000-talas-city',
]

test('public pages and the JSON API may be cached for a second, by any shared cache', async ({ request }) => {
  test.setTimeout(120_000)
  for (const path of PUBLIC_PATHS) {
    const res = await request.get(path, { maxRedirects: 0 })
    expect(res.status(), path).toBe(200)
    const h = res.headers()
    expect(h['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL)
    // Varies by nothing a reader carries: not the cookie, not the language (it is in the path).
    expect(h['vary'] ?? '', path).not.toMatch(/cookie|accept-language/i)
    expect(h['content-security-policy'] ?? '', path).not.toContain('nonce-')
    expect(h['set-cookie'], path).toBeUndefined()
  }
})

test('session pages, one-time links, histories and the locale redirect are private', async ({ request }) => {
  test.setTimeout(60_000)
  const token = 'A'.repeat(43)
  for (const path of [
    '/',
    '/en/sign-in',
    '/ru/forgot-password',
    '/en/manage',
    `/en/invitation/${token}`,
    `/ky/reset-password/${token}`,
    '/en/history/partnership/c0000000000000000000000000',
  ]) {
    const res = await request.get(path, { maxRedirects: 0 })
    expect(res.headers()['cache-control'], `${path} (${res.status()})`).toBe(PRIVATE_CACHE_CONTROL)
  }
})

test("a signed-in person's responses are never marked public", async ({ page }) => {
  // Sign-in hashes a password and every page renders on a shared 2-core machine: generous time.
  test.setTimeout(120_000)
  await signIn(page, e2eUsers.admin)
  const res = await page.goto('/en/places/kg-t')
  expect(res!.headers()['cache-control']).toBe(PRIVATE_CACHE_CONTROL)
  for (const path of [
    '/en',
    '/en/case-studies/manas-1000-talas-city',
    '/en/og/case-studies/manas-1000-talas-city',
    '/api/v1/territories?level=1',
    '/en/manage',
  ]) {
    const r = await page.request.get(path, { maxRedirects: 0 })
    expect(r.headers()['cache-control'], path).toBe(PRIVATE_CACHE_CONTROL)
  }
})
