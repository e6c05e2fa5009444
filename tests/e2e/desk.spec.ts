// The LSG desk, end to end (issue 11): an aiyl okmot's official signs in, renews the memorandum that
// runs out in 30 days and confirms the in-kind contribution the NGO recorded about the aiyl okmot; the
// public partnership page then shows the new expiry, the renewal chain and "confirmed by both
// parties"; the NGO's editor changes the amount and the badge is gone until the official confirms
// again. Data: tests/e2e/desk-data.ts.
import pg from 'pg'
import { e2eUsers } from './accounts-data'
import { e2eDatabaseUrl } from './db'
import { E2E_DESK_PARTNERSHIP_SLUG, E2E_OFFICIAL } from './desk-data'
import { expect, signIn, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

const publicPage = `/en/partnerships/${E2E_DESK_PARTNERSHIP_SLUG}`
const nextYear = new Date().getUTCFullYear() + 2
const newExpiry = `${nextYear}-06-30`

async function deskIds() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT c.id AS line, a.id AS memo FROM "Partnership" p
       JOIN "Project" pr ON pr."partnershipId" = p.id JOIN "Contribution" c ON c."projectId" = pr.id
       JOIN "Agreement" a ON a."partnershipId" = p.id
       WHERE p.slug = $1 AND a."renewsAgreementId" IS NULL`,
      [E2E_DESK_PARTNERSHIP_SLUG],
    )
    return rows[0] as { line: string; memo: string }
  } finally {
    await client.end()
  }
}

test('an official renews the expiring memorandum and confirms the in-kind contribution; the public page shows both', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const { line, memo } = await deskIds()
  await signIn(page, E2E_OFFICIAL)

  // The desk's to-do names both.
  const todo = page.locator('[data-todo]')
  await expect(todo.locator('[data-todo-confirm="Contribution"]')).toContainText('Confirm 1 contribution')
  await expect(todo.locator(`[data-todo-expiring="${memo}"]`)).toContainText('Expires in 30 days')

  // Renew from the to-do.
  await todo.locator(`[data-todo-expiring="${memo}"]`).getByRole('link', { name: 'Renew' }).click()
  await expect(page).toHaveURL(new RegExp(`/en/manage/memoranda/${memo}/renew$`))
  await page.getByLabel('Signed').fill(`${nextYear - 2}-12-20`)
  await page.getByLabel('Expires').fill(newExpiry)
  await page.getByRole('button', { name: 'Renew memorandum' }).click()
  await expect(page).toHaveURL(/\/en\/manage\/memoranda\/c[a-z0-9]+(\?saved=1)?$/)
  expect(page.url()).not.toContain(memo)
  await expect(page.getByText('Renews:')).toBeVisible()

  // Confirm the line on the desk.
  await page.goto('/en/manage')
  const item = page.locator(`#item-${line}`)
  await expect(item).toHaveAttribute('data-state', 'PENDING')
  await item.getByRole('button', { name: 'Confirm', exact: true }).click()
  await expect(page.locator('[data-todo-confirm="Contribution"]')).toHaveCount(0)

  // The public page: new expiry, the chain both ways, the badge on the line.
  await page.goto(publicPage)
  const memoranda = page.locator('[data-agreements]')
  await expect(memoranda.locator('[data-memorandum]')).toHaveCount(2)
  const renewed = memoranda.locator(`[data-memorandum="${memo}"]`)
  await expect(renewed.locator('[data-status]')).toHaveAttribute('data-status', 'superseded')
  await expect(renewed.locator('[data-renewal-chain]')).toContainText('Renewed by:')
  const renewal = memoranda.locator('[data-memorandum]').nth(1)
  await expect(renewal).toContainText(`30 June ${nextYear}`)
  await expect(renewal.locator('[data-renewal-chain]')).toContainText('Renews:')
  // The chain's links lead to each other's anchors.
  await expect(renewed.locator('[data-renewal-chain]').getByRole('link')).toHaveAttribute(
    'href',
    new RegExp(`#memorandum-${await renewal.getAttribute('data-memorandum')}$`),
  )
  await expect(page.locator('[data-confirmed-by-both]')).toHaveCount(1)
  await expect(page.locator('[data-confirmed-by-both]')).toContainText('Confirmed by both parties')
})

test('the NGO changes the confirmed amount: the badge is gone until the official confirms again', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const { line } = await deskIds()
  await signIn(page, e2eUsers.editor)
  await page.goto(`/en/manage/contributions/${line}/edit`)
  await page.getByLabel('Amount', { exact: true }).fill('175 000')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page).toHaveURL(/saved=1/)

  const anonymous = await browser.newPage()
  await anonymous.goto(publicPage)
  await expect(anonymous.locator('[data-memorandum]').first()).toBeVisible()
  await expect(anonymous.locator('[data-confirmed-by-both]')).toHaveCount(0)
  // The API names the renewal chain and the status as it reads today.
  const api: { id: string; renews: string | null; displayStatus: { kind: string } }[] = await (
    await anonymous.request.get('/api/v1/memoranda?territory=KG-T')
  ).json()
  const old = api.find((m) => m.renews === null && api.some((r) => r.renews === m.id))
  expect(old?.displayStatus.kind).toBe('superseded')
  await anonymous.close()

  // The official is asked again.
  const official = await browser.newPage()
  await signIn(official, E2E_OFFICIAL)
  await expect(official.locator(`#item-${line}`)).toHaveAttribute('data-state', 'PENDING')
  await official.close()
})
