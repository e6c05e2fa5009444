import { test as base, expect, type Page } from '@playwright/test'
import { E2E_PASSWORD } from './accounts-data'

/** Every page test fails on an unexpected console error or uncaught page error. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (m) => {
        // A 404 page logs its own status as a failed resource load; tests that expect one say so.
        if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(e.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** Signs in through the form (English UI) and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = E2E_PASSWORD) {
  await page.goto('/en/sign-in')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/en\/manage$/)
}
