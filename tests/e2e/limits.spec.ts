// Limits answered by the proxy: floods of searches and API calls get 429 with Retry-After, bodies over
// the limit 413, each with a short message in the visitor's language. Each flood comes from its own
// made-up address (the e2e server trusts no proxy, so it believes the last X-Forwarded-For entry) and
// leaves the other tests' budget alone.
import { expect, test } from './fixtures'

const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`

test('the 61st search in a minute from one address is refused with Retry-After, in Kyrgyz', async ({ request }) => {
  test.setTimeout(90_000)
  const headers = { 'x-forwarded-for': address() }
  // Six batches of ten at once: well inside the minute even on a busy machine.
  for (let batch = 0; batch < 6; batch++) {
    const statuses = await Promise.all(
      Array.from({ length: 10 }, async () => (await request.get('/ky/search?q=Talas', { headers })).status()),
    )
    expect(statuses, `batch ${batch + 1}`).toEqual(Array(10).fill(200))
  }
  const refused = await request.get('/ky/search?q=Talas', { headers })
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  expect(await refused.text()).toContain('суроо-талаптар өтө көп')
  // Another address is not affected.
  expect((await request.get('/ky/search?q=Talas', { headers: { 'x-forwarded-for': address() } })).status()).toBe(200)
})

test('the public API answers 429 with Retry-After and a JSON error past 300 requests a minute', async ({ request }) => {
  test.setTimeout(120_000)
  const headers = { 'x-forwarded-for': address(), cookie: 'NEXT_LOCALE=en' }
  const statuses: number[] = []
  for (let batch = 0; batch < 16; batch++)
    statuses.push(
      ...(await Promise.all(
        Array.from({ length: 20 }, async () => (await request.get('/api/v1/territories/KG-T', { headers })).status()),
      )),
    )
  expect(statuses.filter((s) => s === 200)).toHaveLength(300)
  const refused = await request.get('/api/v1/territories/KG-T', { headers })
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  expect((await refused.json()).error.code).toBe('rate_limited')
})

test('an oversized body gets 413 and a sentence in the visitor’s language, not a 500', async ({ request }) => {
  const big = 'x'.repeat(1024 * 1024 + 10)
  // A server action called by a page's script: the marker its form turns into a message.
  const action = await request.post('/ru/manage/partnerships/new', {
    headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
    data: big,
  })
  expect(action.status()).toBe(413)
  expect(await action.text()).toBe('413 Request body too large')
  // Any other post to a page, in the page's language.
  const form = await request.post('/ru/manage/partnerships/new', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: `summary=${big}`,
  })
  expect(form.status()).toBe(413)
  expect(await form.text()).toBe('Отправленные данные слишком велики. Сократите их и попробуйте снова.')
  // A route handler (Auth.js's sign-in endpoint) above its 64 KB.
  const route = await request.post('/api/auth/callback/credentials', {
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'NEXT_LOCALE=en' },
    data: `email=a%40b.c&password=${'y'.repeat(70_000)}`,
  })
  expect(route.status()).toBe(413)
  expect(await route.text()).toBe('What you sent is too large. Shorten it and try again.')
})

test('the document upload takes a scan of 10 MB past the proxy, and refuses a larger body with 413', async ({
  request,
}) => {
  // 2 MB (over the 64 KB of other routes) reaches the route, which wants a signed-in caller.
  const scan = await request.post('/api/documents?locale=en', {
    multipart: { file: { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2 * 1024 * 1024) } },
  })
  expect(scan.status()).toBe(401)
  expect((await scan.json()).error.message).toMatch(/Sign in again/)
  const big = await request.post('/api/documents', {
    headers: { cookie: 'NEXT_LOCALE=ru' },
    multipart: { file: { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024) } },
  })
  expect(big.status()).toBe(413)
  expect(await big.text()).toBe('Отправленные данные слишком велики. Сократите их и попробуйте снова.')
})
