// Every kind of page under its Content-Security-Policy, as served: nothing is blocked (a blocked script
// or style is a console error and a `securitypolicyviolation` event), the page hydrates, and the
// security headers are there. The private pages carry a nonce that changes with every request.
import pg from 'pg'
import type { Page, Response } from '@playwright/test'
import { E2E_PROGRAMME_SLUG, e2eUsers } from './accounts-data'
import { e2eDatabaseUrl } from './db'
import { expect, signIn, test } from './fixtures'

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    )
  })
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
}

function expectHeaders(res: Response | null, path: string, kind: 'public' | 'private') {
  const h = res!.headers()
  const csp = h['content-security-policy'] ?? ''
  expect(csp, path).toContain("frame-ancestors 'none'")
  expect(csp, path).toContain("object-src 'none'")
  if (kind === 'private') expect(csp, path).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/)
  else expect(csp, path).not.toContain('nonce-')
  expect(h['x-frame-options'], path).toBe('DENY')
  expect(h['x-content-type-options'], path).toBe('nosniff')
  expect(h['referrer-policy'], path).toBe(
    /\/(invitation|reset-password)\//.test(path) ? 'no-referrer' : 'strict-origin-when-cross-origin',
  )
  expect(h['permissions-policy'], path).toContain('camera=()')
}

/** React has taken over the page: its scripts ran under the policy. */
const hydrated = (page: Page) =>
  page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((k) => k.startsWith('__react')))

async function visit(page: Page, path: string, kind: 'public' | 'private', violations: () => Promise<string[]>) {
  const res = await page.goto(path)
  expect(res?.status(), path).toBe(200)
  expectHeaders(res, path, kind)
  await page.waitForLoadState('networkidle')
  await expect.poll(() => hydrated(page), { message: `${path} hydrates` }).toBe(true)
  expect(await violations(), path).toEqual([])
}

async function partnershipId(): Promise<string> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    const { rows } = await client.query(`SELECT id FROM "Partnership" WHERE slug = 'manas-1000-talas-city'`)
    return rows[0].id as string
  } finally {
    await client.end()
  }
}

test('every public page type loads under its policy with no violation', async ({ page, request }) => {
  test.setTimeout(120_000)
  const violations = await watchViolations(page)
  const project = (await (await request.get('/api/v1/case-studies/manas-1000-talas-city')).json()).partnership
    .projects[0].id
  for (const path of [
    '/en',
    '/en/places/kg-t',
    '/en/places/kg-b/leilek',
    '/en/places/kg-b/leilek/katran',
    '/en/partnerships/manas-1000-talas-city',
    `/en/projects/${project}`,
    `/en/programmes/${E2E_PROGRAMME_SLUG}`,
    '/en/organizations/soros-foundation-kyrgyzstan',
    '/en/case-studies/manas-1000-talas-city',
    '/en/case-studies?oblast=KG-T',
    '/en/search?q=Talas',
    `/en/history/partnership/${await partnershipId()}`,
  ])
    await visit(page, path, 'public', violations)
})

test('sign-in, manage pages and forms load under the nonce policy with no violation', async ({ page }) => {
  test.setTimeout(60_000)
  const violations = await watchViolations(page)
  await visit(page, '/en/sign-in', 'private', violations)
  await visit(page, '/en/invitation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'private', violations)
  await visit(page, '/en/reset-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'private', violations)
  await signIn(page, e2eUsers.admin)
  for (const path of ['/en/manage', '/en/manage/partnerships', '/en/manage/audit', '/en/manage/partnerships/new'])
    await visit(page, path, 'private', violations)
  // The form's script runs under the policy: it checks the empty form before sending anything.
  await page.getByRole('button', { name: 'Create the partnership as a draft' }).click()
  await expect(page.getByRole('alert').first()).toBeVisible()
  expect(await violations()).toEqual([])
})

test('the nonce is new on every request', async ({ request }) => {
  const nonce = async () =>
    /'nonce-([^']+)'/.exec((await request.get('/en/sign-in')).headers()['content-security-policy'] ?? '')?.[1]
  const [a, b] = [await nonce(), await nonce()]
  expect(a).toBeTruthy()
  expect(a).not.toBe(b)
})

test('JSON answers may run and frame nothing', async ({ request }) => {
  const res = await request.get('/api/v1/territories?level=1')
  expect(res.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
  expect(res.headers()['x-content-type-options']).toBe('nosniff')
})
