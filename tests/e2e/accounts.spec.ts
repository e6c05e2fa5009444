import { E2E_PASSWORD, e2eUsers } from './accounts-data'
import { expect, signIn, test } from './fixtures'

test.describe('accounts', () => {
  test('a private page sends a visitor to sign in and back; a wrong password says so and keeps the e-mail', async ({
    page,
  }) => {
    await page.goto('/en/manage/users')
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fmanage%2Fusers$/)
    await page.getByLabel('E-mail').fill(e2eUsers.admin)
    await page.getByLabel('Password', { exact: true }).fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong' })).toHaveText('Wrong e-mail or password.')
    await expect(page.getByLabel('E-mail')).toHaveValue(e2eUsers.admin)
    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/en\/manage\/users$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Users and invitations' })).toBeVisible()
  })

  test('an admin invites an editor, who creates an account from the one-time link', async ({ page, browser }) => {
    await signIn(page, e2eUsers.admin)
    await page.getByRole('link', { name: 'Users and invitations' }).first().click()
    const form = page.getByRole('form', { name: 'Invite someone' })
    await form.getByLabel('E-mail').fill('new.editor@e2e.example')
    await form.getByRole('searchbox').fill('Aikol Talas')
    await form.getByLabel('Organization', { exact: true }).selectOption({ label: 'Aikol Talas (e2e) — Talas' })
    await form.getByLabel('Role in the organization').selectOption('EDITOR')
    await form.getByRole('button', { name: 'Create the invitation' }).click()
    const link = (await page.getByTestId('one-time-link').textContent())!.trim()
    expect(link).toMatch(/\/en\/invitation\/[A-Za-z0-9_-]{40,}$/)
    await expect(page.getByText('new.editor@e2e.example')).toBeVisible() // listed as open

    const invitee = await (await browser.newContext()).newPage()
    await invitee.goto(link)
    await invitee.getByLabel('Your name').fill('Cholpon')
    await invitee.getByLabel('New password', { exact: true }).fill('short')
    await invitee.getByLabel('Repeat the new password').fill('different')
    await invitee.getByRole('button', { name: 'Create my account' }).click()
    await expect(invitee.getByText('The password needs at least 10 characters.')).toBeVisible()
    await expect(invitee.getByText('The two passwords are not the same.')).toBeVisible()
    await invitee.getByLabel('New password', { exact: true }).fill('cholpon password 1')
    await invitee.getByLabel('Repeat the new password').fill('cholpon password 1')
    await invitee.getByRole('button', { name: 'Create my account' }).click()
    await expect(invitee).toHaveURL(/\/en\/manage$/)
    await expect(invitee.getByRole('region', { name: 'My organizations' })).toContainText('Aikol Talas (e2e)')
    await expect(invitee.getByText('Signed in as Cholpon')).toBeVisible()

    // The link worked once.
    await invitee.goto(link)
    await expect(invitee.getByRole('alert').filter({ hasText: 'not valid' })).toContainText(
      'This invitation link is not valid',
    )
  })

  test('a password reset ends the sessions the user had', async ({ page, browser }) => {
    const userPage = await (await browser.newContext()).newPage()
    await signIn(userPage, e2eUsers.resettable)

    await signIn(page, e2eUsers.admin)
    await page.goto('/en/manage/users')
    await page.getByRole('link', { name: 'Reset Person' }).click()
    await page.getByRole('button', { name: 'Create a password link' }).click()
    const link = (await page.getByTestId('one-time-link').textContent())!.trim()

    const resetPage = await (await browser.newContext()).newPage()
    await resetPage.goto(link)
    await resetPage.getByLabel('New password', { exact: true }).fill('a fresh password 9')
    await resetPage.getByLabel('Repeat the new password').fill('a fresh password 9')
    await resetPage.getByRole('button', { name: 'Set the new password' }).click()
    await expect(resetPage.getByText('Your password has been changed.')).toBeVisible()

    // The session opened before the reset is over at the next request.
    await userPage.goto('/en/manage')
    await expect(userPage).toHaveURL(/\/en\/sign-in/)
    await signIn(userPage, e2eUsers.resettable, 'a fresh password 9')
  })

  test('signing out ends the session on the server: a copy of the old cookie opens nothing', async ({
    page,
    browser,
  }) => {
    await signIn(page, e2eUsers.editor)
    const kept = await page.context().cookies()
    expect(kept.some((c) => /authjs\.session-token/.test(c.name))).toBe(true)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/en$/)
    await page.goto('/en/manage')
    await expect(page).toHaveURL(/\/en\/sign-in/)

    const replay = await browser.newContext()
    await replay.addCookies(kept)
    const replayPage = await replay.newPage()
    await replayPage.goto('/en/manage')
    await expect(replayPage).toHaveURL(/\/en\/sign-in/)
    await replay.close()
  })

  test('the 11th wrong password in a row is refused with how long to wait, in the user’s language', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.goto('/ru/sign-in')
    await page.getByLabel('Эл. почта').fill(e2eUsers.locked)
    const submit = () =>
      Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/ru/sign-in')),
        page.getByRole('button', { name: 'Войти' }).click(),
      ])
    for (let i = 1; i <= 10; i++) {
      await page.getByLabel('Пароль', { exact: true }).fill(`wrong password ${i}`)
      await submit()
      await expect(page.getByRole('alert').filter({ hasText: 'пароль' })).toHaveText(
        'Неверный адрес эл. почты или пароль.',
      )
    }
    await page.getByLabel('Пароль', { exact: true }).fill('wrong password 11')
    await submit()
    await expect(page.getByRole('alert').filter({ hasText: 'попыток' })).toHaveText(
      'Слишком много попыток. Попробуйте снова через 15 минут.',
    )
    // Locked: even the right password waits.
    await page.getByLabel('Пароль', { exact: true }).fill(E2E_PASSWORD)
    await submit()
    await expect(page.getByRole('alert').filter({ hasText: 'попыток' })).toBeVisible()
    await expect(page).toHaveURL(/\/ru\/sign-in/)
  })
})
