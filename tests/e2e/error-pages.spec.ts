// A page that fails shows the error page in the visitor's language with the reference the server
// logged it under (Next's digest, written by instrumentation.ts with the request id). The failure is
// a page that exists only in the test mode (lib/test-failure.ts).
import { e2eUsers } from './accounts-data'
import { expect, signIn, test } from './fixtures'

/**
 * Expected here: the browser reports the 500 as a failed load, and React logs the server error it
 * caught (in production as "Minified React error #441", the Server Components render error).
 */
function expectOnly500(consoleErrors: string[]) {
  const unexpected = consoleErrors.filter((e) => !/status of 500|React error #441/.test(e))
  consoleErrors.length = 0
  expect(unexpected).toEqual([])
}

test('a failing public page: the error page in Kyrgyz, Russian and English, with a reference', async ({
  page,
  consoleErrors,
}) => {
  const references = new Set<string>()
  for (const [locale, title, retry] of [
    ['ky', 'Бир нерсе туура эмес болду', 'Кайра аракет кылуу'],
    ['ru', 'Что-то пошло не так', 'Попробовать снова'],
    ['en', 'Something went wrong', 'Try again'],
  ]) {
    const res = await page.goto(`/${locale}/test-failure`)
    expect(res?.status()).toBe(500)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('button', { name: retry })).toBeVisible()
    const reference = (await page.locator('[data-error-reference]').textContent())!.trim()
    expect(reference).toMatch(/^[A-Za-z0-9_-]{6,64}$/)
    references.add(reference)
  }
  // The same failure is the same digest: an administrator can find every occurrence in the log.
  expect(references.size).toBe(1)
  expectOnly500(consoleErrors)
})

test('a failing manage page keeps the navigation and leads back to the dashboard', async ({ page, consoleErrors }) => {
  await signIn(page, e2eUsers.editor)
  const res = await page.goto('/en/manage/test-failure')
  expect(res?.status()).toBe(500)
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Manage' })).toBeVisible()
  await expect(page.locator('[data-error-reference]')).toHaveText(/^[A-Za-z0-9_-]{6,64}$/)
  await page.getByRole('link', { name: 'Go to the dashboard' }).click()
  await expect(page).toHaveURL(/\/en\/manage$/)
  expectOnly500(consoleErrors)
})
