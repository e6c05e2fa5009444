// Issue 13, "Everyday use in three languages": a translated case study reads in the reader's language
// (title, a narrative section, an outcome's unit), and the header shows who is signed in without the
// server reading the session for a public page.
import { readFileSync } from 'node:fs'
import { e2eUsers } from './accounts-data'
import { expect, signIn, test } from './fixtures'

const SLUG = 'adept-ivanovka'
type Case = {
  id: string
  title: string
  narrative: { background: string }
  projects: { outcomes: { unit: string }[] }[]
}
const english = (JSON.parse(readFileSync('prisma/data/casebook/casebook.json', 'utf8')) as Case[]).find(
  (c) => c.id === SLUG,
)!
const translated = (locale: 'ky' | 'ru') =>
  (
    JSON.parse(readFileSync(`prisma/data/casebook/translations/${locale}.json`, 'utf8')) as Record<
      string,
      Record<string, string>
    >
  )[SLUG]
const texts = {
  en: { title: english.title, background: english.narrative.background, unit: english.projects[0].outcomes[0].unit },
  ...Object.fromEntries(
    (['ky', 'ru'] as const).map((l) => {
      const t = translated(l)
      return [l, { title: t['/title'], background: t['/narrative/background'], unit: t['/projects/0/outcomes/0/unit'] }]
    }),
  ),
} as Record<'ky' | 'ru' | 'en', { title: string; background: string; unit: string }>

const firstWords = (s: string) => s.split(/\s+/).slice(0, 6).join(' ')

for (const locale of ['ky', 'ru', 'en'] as const) {
  test(`a case study reads in ${locale}: its title, a section and an outcome's unit`, async ({ page }) => {
    const want = texts[locale]
    await page.goto(`/${locale}/case-studies/${SLUG}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(want.title)
    await expect(page.locator('section[aria-labelledby="background"]')).toContainText(firstWords(want.background))
    // The seed reads a qualifier in the unit ("people (about)") into the figure: "about 860 people".
    const unit = want.unit.replace(/\s*\(.*\)$/, '')
    await expect(page.getByRole('main')).toContainText(new RegExp(`860\\s${unit}`))
    // Nothing on the page is marked as shown in another language.
    await expect(page.locator('h1 abbr')).toHaveCount(0)
  })
}

test('the header shows the signed-in state, read in the browser; the public HTML is the same for everyone', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000) // four sign-in-bound page loads on a busy machine
  const url = `/en/case-studies/${SLUG}`
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const signedOutHtml = await (await anonymous.get(url)).text()

  await page.goto(url)
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible()

  await signIn(page, e2eUsers.editor)
  const signedInHtml = await (await page.request.get(url)).text()
  // Streamed chunks may arrive in another order, so the page is compared where a session would show:
  // the header is byte for byte the same, and nothing in the page names the person.
  const header = (html: string) => html.match(/<header class="border-b[\s\S]*?<\/header>/)?.[0]
  expect(header(signedInHtml)).toBeTruthy()
  expect(header(signedInHtml)).toBe(header(signedOutHtml))
  for (const personal of ['e2e.example', 'Nurlan Editor', 'data-account="signed-in"'])
    expect(signedInHtml).not.toContain(personal)

  const labels = {
    ky: ['катары кирдиңиз', 'Менин жазууларым', 'Чыгуу'],
    ru: ['Вы вошли как', 'Мои записи', 'Выйти'],
    en: ['Signed in as', 'My records', 'Sign out'],
  }
  for (const [locale, [signedInAs, manage, signOut]] of Object.entries(labels)) {
    await page.goto(`/${locale}/case-studies/${SLUG}`)
    const header = page.getByRole('banner')
    await expect(header.getByText(signedInAs)).toBeVisible()
    await expect(header.getByRole('link', { name: manage })).toBeVisible()
    await expect(header.getByRole('button', { name: signOut })).toBeVisible()
  }

  await page.goto(url)
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible()
  await anonymous.dispose()
})
