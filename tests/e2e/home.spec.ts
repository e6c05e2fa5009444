import { expect, test } from './fixtures'

test.describe('home', () => {
  test('/ sends a visitor to their language by Accept-Language', async ({ browser }) => {
    // The browser's locale sets its Accept-Language header.
    for (const [header, locale] of [
      ['ky-KG', 'ky'],
      ['ru-RU', 'ru'],
      ['en-US', 'en'],
      ['de-DE', 'ru'],
    ]) {
      const context = await browser.newContext({ locale: header })
      const page = await context.newPage()
      await page.goto('/')
      await expect(page, header).toHaveURL(new RegExp(`/${locale}$`))
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await context.close()
    }
  })

  test('shows the seven oblasts and two cities with their case-study counts', async ({ page }) => {
    await page.goto('/en')
    await expect(page.getByRole('heading', { level: 1, name: 'Partnership Registry' })).toBeVisible()
    const regions = page.locator('li[data-territory]')
    await expect(regions).toHaveCount(9)
    await expect(page.locator('li[data-territory="KG-T"]')).toContainText('Talas')
    await expect(page.locator('li[data-territory="KG-T"]')).toContainText('4 case studies')
    await expect(page.locator('li[data-territory="KG-C"]')).toContainText('6 case studies')
    await expect(page.locator('li[data-territory="KG-GB"]')).toContainText('1 case study')
    await expect(page.getByText('25 case studies')).toBeVisible()
  })

  test('speaks Kyrgyz and Russian, and the switcher keeps the page', async ({ page }) => {
    await page.goto('/ky')
    await expect(page.getByRole('heading', { level: 1, name: 'Өнөктөштүк реестри' })).toBeVisible()
    await expect(page.locator('li[data-territory="KG-T"]')).toContainText('Талас облусу')
    await page.getByRole('navigation', { name: 'Тил' }).getByRole('link', { name: 'Русский' }).click()
    await expect(page).toHaveURL(/\/ru$/)
    await expect(page.locator('li[data-territory="KG-T"]')).toContainText('Таласская область')
    await expect(page.locator('li[data-territory="KG-T"]')).toContainText('4 кейса')
  })

  test('remembers the chosen language when coming back to /', async ({ page }) => {
    await page.goto('/en')
    await page.getByRole('link', { name: 'Кыргызча' }).click()
    await expect(page).toHaveURL(/\/ky$/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/ky$/)
  })
})

test.describe('not found', () => {
  test('an unknown page answers 404 in the visitor’s language', async ({ page }) => {
    const res = await page.goto('/ru/no-such-page')
    expect(res?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible()
    await page.getByRole('link', { name: 'На главную' }).click()
    await expect(page).toHaveURL(/\/ru$/)
  })
})

test('an unknown locale or a stray file name is a 404, never a server error', async ({ request }) => {
  for (const path of ['/favicon.ico', '/xx', '/de/anything', '/en/%E2%80%AE'])
    expect((await request.get(path)).status(), path).toBe(404)
})

test.describe('API', () => {
  test('health and territories answer JSON', async ({ request }) => {
    const health = await request.get('/api/health')
    expect(health.status()).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'up', territories: 532 } })
    const talas = await (await request.get('/api/v1/territories/KG-T')).json()
    expect(talas.childCodes).toHaveLength(5)
    expect(talas.counts.caseStudies).toBe(4)
    const missing = await request.get('/api/v1/territories/KG-ZZ')
    expect(missing.status()).toBe(404)
  })
})
