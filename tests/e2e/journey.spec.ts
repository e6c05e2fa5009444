// The journey: an NGO editor records a partnership with an aiyl okmot, a project in two aiyl
// okmots, three contributions (cash in som, valued labour, a withheld grant in dollars) and an outcome,
// publishes, and the public side counts it while the withheld amount appears nowhere public.
import type { APIRequestContext, Page } from '@playwright/test'
import { e2eUsers } from './accounts-data'
import { expect, signIn, test } from './fixtures'
import { tallyInteractions } from './tally'

const KOK_OY = 'KG07232820000'
const ARAL = 'KG07232804000'
const TALAS = 'KG-T'

const counts = async (request: APIRequestContext, code: string) =>
  (await (await request.get(`/api/v1/territories/${code}`)).json()).counts

/** One ledger line on the form that is open; `another`: "Record and add another" (the form comes back empty). */
async function recordContribution(page: Page, fill: () => Promise<void>, { another = false } = {}) {
  const url = page.url()
  await fill()
  if (another) {
    await page.getByRole('button', { name: 'Record and add another' }).click()
    await expect(page).not.toHaveURL(url)
    await expect(page).toHaveURL(/\/manage\/projects\/\w+\/contributions\/new\?saved=1&after=\w+$/)
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  } else {
    await page.getByRole('button', { name: 'Record the contribution as a draft' }).click()
    await expect(page).toHaveURL(/\/manage\/projects\/\w+\?saved=1/)
  }
}

test('an NGO editor records and publishes a partnership; the withheld amount stays private', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(120_000)
  const before = {
    kokOy: await counts(request, KOK_OY),
    aral: await counts(request, ARAL),
    talas: await counts(request, TALAS),
  }
  const talasBefore = (await (await request.get(`/api/v1/territories/${TALAS}`)).json()).costShareTotals
  await signIn(page, e2eUsers.editor)
  const tally = tallyInteractions(page)
  tally.start()

  // 1. A partnership with the Kok-Oy aiyl okmot (Talas rayon). Our NGO is proposed as the lead party.
  await page.getByRole('link', { name: 'Partnerships' }).first().click()
  await page.getByRole('link', { name: 'New partnership' }).click()
  const form = page.getByRole('form', { name: 'Partnership' })
  await form.getByRole('group', { name: 'Title' }).getByLabel('English').fill('Clean water for Kok-Oy and Aral')
  const party2 = form.locator('[data-party-row="1"]')
  await party2.getByRole('searchbox').fill('Kok-Oy')
  await party2.getByLabel('Organization', { exact: true }).selectOption({ label: 'Kok-Oy aiyl okmot — Talas' })
  await party2.getByLabel('Role (English)').fill('provides the pump house')
  await expect(form.locator(`[data-territory-chosen="${KOK_OY}"]`)).toBeVisible() // the aiyl okmot's place is proposed
  await form.getByRole('button', { name: 'Create the partnership as a draft' }).click()
  await expect(page).toHaveURL(/\/en\/manage\/partnerships\/\w+\?saved=1$/)
  const partnershipUrl = page.url().split('?')[0]
  await expect(page.locator(`[data-territory="${KOK_OY}"]`)).toBeVisible()

  // 2. A project spanning two aiyl okmots: Kok-Oy (proposed) and Aral (chosen with the cascading picker).
  await page.getByRole('link', { name: 'New project' }).click()
  await page.getByRole('group', { name: 'Title' }).getByLabel('English').fill('Pipes for two villages')
  await page.getByLabel('Start').fill('2024')
  await page.getByLabel('End').fill('2025')
  // The cascade opens at the rayon of the partnership's place (Talas oblast, Talas rayon).
  await expect(page.getByLabel('Oblast or city').locator('option:checked')).toHaveText('Talas')
  await expect(page.getByLabel('Rayon', { exact: true }).locator('option:checked')).toHaveText('Talas')
  await page.getByLabel('Aiyl okmot or town').selectOption({ label: 'Aral' })
  await page.getByRole('button', { name: 'Add place' }).click()
  await page.getByRole('button', { name: 'Create the project as a draft' }).click()
  await expect(page).toHaveURL(/\/en\/manage\/projects\/\w+\?saved=1$/)
  const projectUrl = page.url().split('?')[0]
  for (const code of [KOK_OY, ARAL]) await expect(page.locator(`[data-territory="${code}"]`)).toBeVisible()

  // 3. Three contributions, one after the other ("Record and add another").
  const chosen = (label: string) => page.getByLabel(label, { exact: true }).locator('option:checked')
  await page.goto(`${projectUrl}/contributions/new`)
  await recordContribution(
    page,
    async () => {
      // The partnership's parties are offered first; the first without a line yet is chosen.
      await expect(chosen('Organization')).toHaveText('Aikol Talas (e2e) — Talas')
      const parties = page.getByRole('group', { name: 'Parties of the partnership:' })
      await parties.getByRole('button', { name: 'Kok-Oy aiyl okmot — Talas' }).click()
      await expect(chosen('Organization')).toHaveText('Kok-Oy aiyl okmot — Talas')
      await page.getByLabel('Amount', { exact: true }).fill('150 000')
      await page.getByLabel('Value date').fill('2024-05')
    },
    { another: true },
  )
  await recordContribution(
    page,
    async () => {
      await page.getByLabel('The party is').selectOption('COMMUNITY')
      await page.getByLabel('Name as reported').fill('Residents of Kok-Oy')
      await expect(page.getByText('Counted as a community.')).toBeVisible() // its type is not asked
      await page.getByLabel('Kind', { exact: true }).selectOption('LABOUR')
      await page.getByLabel('Amount', { exact: true }).fill('40 000')
      await page.getByLabel('Value date').fill('2024')
      await page.getByLabel('How the value was set').selectOption('LOCAL_WAGE_RATE')
    },
    { another: true },
  )
  await recordContribution(page, async () => {
    await page.getByRole('searchbox').first().fill('Water Fund')
    await page.getByLabel('Organization', { exact: true }).selectOption({ label: 'Water Fund (e2e)' })
    await page.getByLabel('Amount', { exact: true }).fill('12345')
    await page.getByLabel('Currency').selectOption('USD')
    await page.getByLabel('Value date').fill('2024-02')
    await page.getByLabel('Withhold the amount from the public').check()
    await page.getByLabel('This contribution is a grant from this party').check()
    await expect(chosen('Received by')).toHaveText('Aikol Talas (e2e)') // the editor's organization, proposed
  })
  const ledger = page.locator('section[aria-labelledby="ledger"]')
  await expect(page.locator('[data-contribution]')).toHaveCount(3)
  await expect(ledger).toContainText('150,000 som')
  await expect(ledger).toContainText('$12,345')
  // The withheld grant's value in som, as its keepers see it: it must not reach any public response.
  const withheldRow = page.locator('[data-contribution]').filter({ hasText: '$12,345' })
  const somText = (await withheldRow.locator('td').nth(3).innerText()).split('\n')[0].trim()
  expect(somText).toMatch(/^[\d,]+\ssom$/) // a no-break space keeps the number and the unit together
  const withheldFigures = [
    '12,345',
    '12 345',
    '12345',
    somText.replace(' som', ''),
    somText.replace(' som', '').replaceAll(',', ''),
  ]

  // 4. An outcome.
  await page.getByRole('link', { name: 'Record an outcome' }).click()
  await page.getByRole('group', { name: 'Indicator' }).getByLabel('English').fill('Households with running water')
  await page.getByLabel('Value', { exact: true }).fill('240')
  await page.getByRole('group', { name: 'Unit' }).getByLabel('English').fill('households')
  await page.getByLabel('Women and girls').fill('130')
  await page.getByRole('button', { name: 'Record the outcome as a draft' }).click()
  await expect(page.locator('[data-outcome]')).toHaveCount(1)

  // 5. The preview shows what the public will see: the withheld amount only as "withheld".
  await page.goto(partnershipUrl)
  await page.getByRole('link', { name: 'Preview as the public will see it' }).click()
  const preview = page.locator('[data-public-partnership]')
  await expect(preview.locator('[data-cost-share]')).toContainText('190,000 som')
  await expect(preview.locator('[data-withheld-count="1"]')).toBeVisible()
  await expect(preview.getByText('amount withheld')).toBeVisible()
  for (const figure of withheldFigures) await expect(preview, figure).not.toContainText(figure)

  await page.goto(partnershipUrl)
  // 6. Publish with its contents, after reading what becomes public.
  await page.getByRole('button', { name: 'Publish with its contents' }).click()
  const confirm = page.getByRole('region', { name: 'These 7 records become public:' })
  await expect(confirm.locator('[data-publishes="Partnership"]')).toContainText('Clean water for Kok-Oy and Aral')
  await expect(confirm.locator('[data-publishes="Project"]')).toContainText('Pipes for two villages')
  const lines = confirm.locator('[data-publishes="Contribution"]')
  await expect(lines).toContainText('Contributions (3)')
  await expect(lines).toContainText('Residents of Kok-Oy — Labour')
  await expect(lines).toContainText('Water Fund (e2e) — Cash (the amount stays withheld)')
  await expect(confirm.locator('[data-publishes="Grant"]')).toBeVisible()
  await expect(confirm.locator('[data-publishes="Outcome"]')).toContainText('Households with running water')
  for (const figure of withheldFigures) await expect(confirm, figure).not.toContainText(figure)
  await confirm.getByRole('button', { name: 'Publish these 7 records' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Published' })).toContainText('Published: 7 records.') // partnership, project, 3 lines, the grant, the outcome
  const effort = tally.stop()
  test.info().annotations.push({ type: 'interactions', description: JSON.stringify(effort) })
  console.log(`journey effort: ${JSON.stringify(effort)}`)

  // 7. The public side counts it: the aiyl okmot, the other aiyl okmot of the project, the oblast.
  const after = {
    kokOy: await counts(request, KOK_OY),
    aral: await counts(request, ARAL),
    talas: await counts(request, TALAS),
  }
  expect(after.kokOy.partnerships).toBe(before.kokOy.partnerships + 1)
  expect(after.kokOy.projects).toBe(before.kokOy.projects + 1)
  expect(after.aral.projects).toBe(before.aral.projects + 1)
  expect(after.talas.partnerships).toBe(before.talas.partnerships + 1)

  // The public pages show it: on the aiyl okmot's page, and in the oblast's cost-share (the 150,000 som
  // cash and the 40,000 som of labour; the withheld grant is not added).
  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto('/en/places/kg-t/talas/kok-oy')
  await expect(visitor.locator('section[aria-labelledby="partnerships"]')).toContainText(
    'Clean water for Kok-Oy and Aral',
  )
  const talasTotal = (await (await request.get(`/api/v1/territories/${TALAS}`)).json()).costShareTotals
  expect(talasTotal.amountKGS).toBe(talasBefore.amountKGS + 190_000)
  expect(talasTotal.withheld).toBe(talasBefore.withheld + 1)
  await visitor.goto('/en/places/kg-t')
  await expect(visitor.locator('[data-total]')).toContainText(`${talasTotal.amountKGS.toLocaleString('en-GB')} som`)
  await expect(visitor.locator('section[aria-labelledby="money-and-results"]')).toContainText(
    'The amount of 1 contribution is withheld by its organization.',
  )

  // 8. Its history is public, by organization and role, without people or values.
  const partnershipId = partnershipUrl.split('/').pop()
  await visitor.goto(`/en/history/partnership/${partnershipId}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Clean water for Kok-Oy and Aral')
  await expect(visitor.locator('[data-history-entry="PUBLISH"]')).toContainText('Aikol Talas (e2e), NGO editor')
  await expect(visitor.locator('main')).not.toContainText('Nurlan')

  // 9. The withheld amount appears nowhere public: pages in three languages and the API.
  const publicUrls = [
    '/en',
    '/ru',
    '/ky',
    '/en/places/kg-t',
    '/ru/places/kg-t',
    '/en/places/kg-t/talas/kok-oy',
    '/ky/places/kg-t/talas/kok-oy',
    '/en?metric=costShare',
    `/en/projects/${projectUrl.split('/').pop()}`,
    `/en/history/partnership/${partnershipId}`,
    `/ru/history/partnership/${partnershipId}`,
    `/en/history/project/${projectUrl.split('/').pop()}`,
    `/api/v1/territories/${KOK_OY}`,
    `/api/v1/territories/${ARAL}`,
    `/api/v1/territories/${TALAS}`,
    '/api/v1/territories?level=3',
  ]
  for (const url of publicUrls) {
    const body = await (await request.get(url)).text()
    for (const figure of withheldFigures) expect(body.includes(figure), `${figure} in ${url}`).toBe(false)
  }
})

test('an invalid amount in the Kyrgyz form is explained in Kyrgyz next to the field, and the values stay', async ({
  page,
}) => {
  await signIn(page, e2eUsers.editor)
  await page.goto('/ky/manage/partnerships')
  await page.locator('a[href*="/manage/partnerships/c"]').first().click()
  await page.locator('a[href*="/manage/projects/c"]').first().click()
  await page.getByRole('link', { name: 'Салым киргизүү' }).click()
  await page.getByLabel('Катышуучу', { exact: true }).selectOption('COMMUNITY')
  await page.getByLabel('Булактагыдай аталышы').fill('Көк-Ой тургундары')
  const amount = page.getByLabel('Сумма', { exact: true })
  await amount.fill('-500')
  await page.getByRole('button', { name: 'Салымды каралама катары киргизүү' }).click()
  await expect(amount).toHaveAttribute('aria-invalid', 'true')
  const message = page.locator(`#${await amount.getAttribute('aria-describedby').then((ids) => ids!.split(' ')[0])}`)
  await expect(message).toHaveText('Сумма терс сан боло албайт.')
  await expect(page.getByLabel('Булактагыдай аталышы')).toHaveValue('Көк-Ой тургундары')
  // An absurd amount has its own message.
  await amount.fill('99999999999')
  await page.getByRole('button', { name: 'Салымды каралама катары киргизүү' }).click()
  await expect(message).toHaveText('Сумма өтө чоң: 10 000 000 000дон ашпашы керек.')
})

test('an editor of another organization finds nothing to change', async ({ page }) => {
  await signIn(page, e2eUsers.editor)
  await page.goto('/en/manage/partnerships')
  await page.locator('a[href*="/manage/partnerships/c"]').first().click()
  const url = page.url().split('?')[0]
  await page.getByRole('button', { name: 'Sign out' }).click()
  await signIn(page, e2eUsers.otherEditor)
  for (const path of [`${url}/edit`, `${url}/projects/new`]) {
    const res = await page.goto(path)
    expect(res?.status(), path).toBe(404)
  }
})

/** The editor's first partnership and its first project, through the manage pages. */
async function firstProject(page: Page) {
  await page.goto('/en/manage/partnerships')
  await page.locator('a[href*="/manage/partnerships/c"]').first().click()
  await page.waitForURL(/\/manage\/partnerships\/c\w+$/)
  const partnershipUrl = page.url().split('?')[0]
  await page.locator('a[href*="/manage/projects/c"]').first().click()
  await page.waitForURL(/\/manage\/projects\/c\w+$/)
  return { partnershipUrl, projectUrl: page.url().split('?')[0] }
}

const keptDrafts = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('registry-draft:')).length)

test('on a 390 px phone the first field shows without scrolling and the ledger sits in its own scrolling box', async ({
  page,
}) => {
  await signIn(page, e2eUsers.editor)
  await page.setViewportSize({ width: 390, height: 844 })
  const { projectUrl } = await firstProject(page)
  await expect(page.locator('[data-contribution]').first()).toBeVisible()
  // The ledger is wider than the phone: it sits in its own scrolling box.
  const box = page.locator('table:has([data-contribution])').locator('xpath=..')
  expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto')
  // Nothing else is wider than the phone: no page scrolls sideways, in any language.
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
  for (const locale of ['en', 'ru', 'ky']) {
    const project = projectUrl.replace('/en/', `/${locale}/`)
    await page.goto(project)
    await expect(page.locator('[data-contribution]').first()).toBeVisible()
    expect(await pageWidth(), project).toBeLessThanOrEqual(390)
    await page.goto(`${project}/contributions/new`)
    await expect(page.locator('select[name="partyOrganizationId"]')).toBeVisible() // long organization names
    expect(await pageWidth(), `${project}/contributions/new`).toBeLessThanOrEqual(390)
  }
  await page.goto(`${projectUrl}/contributions/new`)
  await expect(page.getByLabel('The party is', { exact: true })).toBeInViewport()
})

test('an in-kind line valued as quantity × value per unit: computed as typed and on the server, a disagreeing amount explained next to it, the valuation shown in the preview', async ({
  page,
}) => {
  await signIn(page, e2eUsers.editor)
  const { partnershipUrl, projectUrl } = await firstProject(page)
  await page.goto(`${projectUrl}/contributions/new`)
  await page.getByLabel('The party is').selectOption('COMMUNITY')
  await page.getByLabel('Name as reported').fill('Volunteers of the valued line (e2e)')
  await page.getByLabel('Kind', { exact: true }).selectOption('LABOUR')
  const valued = page.locator('[data-valued-amount]')
  await page.getByLabel('Quantity').fill('12')
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'person-days' })
  await expect(valued).toHaveText('Without a value per unit the amount stays unknown (not zero).')
  await page.getByLabel('Value per unit').fill('500')
  await expect(valued).toHaveText('Amount: 6,000 som (quantity × value per unit).')
  await page.getByLabel('Value date').fill('2024')
  await page.getByLabel('How the value was set').selectOption('LOCAL_WAGE_RATE')
  // A stated amount that is not the product is explained next to the amount; nothing is saved.
  const amount = page.getByLabel('Amount', { exact: true })
  await amount.fill('6 500')
  await page.getByRole('button', { name: 'Record the contribution as a draft' }).click()
  await expect(amount).toHaveAttribute('aria-invalid', 'true')
  const message = page.locator(`#${await amount.getAttribute('aria-describedby').then((ids) => ids!.split(' ')[0])}`)
  await expect(message).toContainText('This amount is not the quantity times the value per unit')
  await amount.fill('')
  await page.getByRole('button', { name: 'Record the contribution as a draft' }).click()
  await expect(page).toHaveURL(/\/manage\/projects\/\w+\?saved=1/)
  const line = page.locator('[data-contribution]').filter({ hasText: 'Volunteers of the valued line (e2e)' })
  await expect(line).toContainText('6,000 som')
  // Its keepers see how the amount was arrived at too, as the public will.
  await expect(line.locator('[data-valuation]')).toHaveText('12 person-days × 500 som')

  // The preview (what the public will see) shows how the amount was arrived at.
  await page.goto(`${partnershipUrl}/preview`)
  await expect(page.locator('[data-valuation]').filter({ hasText: '12 person-days × 500 som' })).toBeVisible()

  // In Kyrgyz, the same disagreement is explained in Kyrgyz.
  await page.goto(`${projectUrl.replace('/en/', '/ky/')}/contributions/new`)
  await page.locator('select[name="partyForm"]').selectOption('COMMUNITY')
  await page.locator('input[name="partyNameAsReported"]').fill('Көк-Ой тургундары')
  await page.locator('select[name="kind"]').selectOption('LABOUR')
  await page.locator('input[name="quantity"]').fill('3')
  await page.locator('select[name="quantityUnit"]').selectOption('HOUR')
  await page.locator('input[name="unitValue"]').fill('100')
  await expect(page.locator('[data-valued-amount]')).toHaveText('Сумма: 300 сом (саны × бир бирдиктин наркы).')
  const kyAmount = page.locator('input[name="amount"]')
  await kyAmount.fill('301')
  await page.getByRole('button', { name: 'Салымды каралама катары киргизүү' }).click()
  await expect(kyAmount).toHaveAttribute('aria-invalid', 'true')
  const kyMessage = page.locator(
    `#${await kyAmount.getAttribute('aria-describedby').then((ids) => ids!.split(' ')[0])}`,
  )
  await expect(kyMessage).toContainText('Бул сумма саны менен бирдиктин наркынын көбөйтүндүсүнө барабар эмес')
})

test('an outcome is recorded with “Record and add another”: the form comes back empty for the same project', async ({
  page,
}) => {
  await signIn(page, e2eUsers.editor)
  const { projectUrl } = await firstProject(page)
  await page.goto(`${projectUrl}/outcomes/new`)
  const indicator = page.getByRole('group', { name: 'Indicator' }).getByLabel('English')
  await indicator.fill('Wells repaired (e2e, another)')
  await page.getByLabel('Value', { exact: true }).fill('3')
  await page.getByRole('group', { name: 'Unit' }).getByLabel('English').fill('wells')
  await page.getByRole('button', { name: 'Record and add another' }).click()
  await expect(page).toHaveURL(/\/outcomes\/new\?saved=1&after=\w+$/)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect(indicator).toHaveValue('')
  await page.goto(projectUrl)
  await expect(page.locator('[data-outcome]').filter({ hasText: 'Wells repaired (e2e, another)' })).toHaveCount(1)
})

test('a new ledger line’s typing survives a reload, can be discarded, and is gone after signing out', async ({
  page,
}) => {
  await signIn(page, e2eUsers.editor)
  const { projectUrl } = await firstProject(page)
  await page.goto(`${projectUrl}/contributions/new`)
  await page.getByLabel('The party is').selectOption('COMMUNITY')
  await page.getByLabel('Name as reported').fill('Residents typed before the line dropped')
  await page.getByLabel('Amount', { exact: true }).fill('777')
  await expect.poll(() => keptDrafts(page)).toBe(1)

  await page.reload()
  const notice = page.getByRole('status').filter({ hasText: 'kept on this device' })
  await expect(notice).toBeVisible()
  await expect(page.getByLabel('Name as reported')).toHaveValue('Residents typed before the line dropped')
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('777')
  await notice.getByRole('button', { name: 'Discard it and start again' }).click()
  await expect(page.getByLabel('Name as reported')).toHaveCount(0)
  await expect.poll(() => keptDrafts(page)).toBe(0)

  await page.getByLabel('Amount', { exact: true }).fill('888')
  await expect.poll(() => keptDrafts(page)).toBe(1)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/en$/)
  expect(await keptDrafts(page)).toBe(0)
})

test('a new project copies the words and places of one of the organization’s own projects, never its money', async ({
  page,
}) => {
  await signIn(page, e2eUsers.editor)
  const { partnershipUrl } = await firstProject(page)
  await page.goto(`${partnershipUrl}/projects/new`)
  await page.getByText('Copy from a previous project').click()
  await page.getByLabel('One of your organization’s projects').selectOption({ label: 'New pipeline (e2e)' })
  await page.getByRole('button', { name: 'Copy into the form' }).click()
  await expect(page).toHaveURL(/\?copy=/)
  await expect(page.getByRole('group', { name: 'Title' }).getByLabel('English')).toHaveValue('New pipeline (e2e)')
  await expect(page.getByText('Its dates, contributions and outcomes are not copied')).toBeVisible()

  // Another organization's editor is offered none of them, even by naming one in the address.
  const copyUrl = page.url().replace(/^https?:\/\/[^/]+/, '')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await signIn(page, e2eUsers.otherEditor)
  const res = await page.goto(copyUrl)
  expect(res?.status()).toBe(404) // not their partnership
})
