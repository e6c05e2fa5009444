// The funder's view (issue 13): a funder's page shows its totals by year in each language, and they agree
// with its lines in the database; "who funds what" lists it, keeps its filters in the URL and links to it;
// organization pages and the header link to the funder's view.
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { formatValue } from '../../lib/format'
import { e2eDatabaseUrl } from './db'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const SOROS = 'soros-foundation-kyrgyzstan'
type Messages = {
  funders: Record<'moneyTitle' | 'byYearTitle' | 'nav' | 'title' | 'organizationLink', string>
  charts: { viewAsTable: string }
}
const read = (locale: string, file: string) =>
  JSON.parse(readFileSync(`lib/i18n/messages/${locale}/${file}.json`, 'utf8')) as Partial<Messages>
const messages = Object.fromEntries(
  (['ky', 'ru', 'en'] as const).map((l) => [l, { ...read(l, 'funders'), ...read(l, 'charts') } as Messages]),
) as Record<'ky' | 'ru' | 'en', Messages>
const fundersRu = messages.ru
const fundersEn = messages.en

async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end()
  }
}

/**
 * The public donor lines of a funder that add up, with the oblast (`ob`) and rayon (`rb`) where their
 * money counts (an independent query).
 */
const countedLines = `
  FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId" JOIN "Organization" o ON o.id = c."partyOrganizationId"
  LEFT JOIN "Partnership" ps ON ps.id = p."partnershipId"
  LEFT JOIN "Territory" at ON at.id = p."attributedTerritoryId"
  LEFT JOIN "Territory" ob ON ob.path = split_part(at.path, '/', 1)
  LEFT JOIN "Territory" rb ON at.level >= 2 AND rb.path = split_part(at.path, '/', 1) || '/' || split_part(at.path, '/', 2)
  WHERE o.slug = $1 AND c."partyType" = 'DONOR' AND c."publicationStatus" = 'PUBLISHED' AND NOT c."amountWithheld"
    AND c."amountKgsMinor" IS NOT NULL AND c.basis = 'LUMP_SUM' AND NOT c."isPledge" AND c.nature = 'COST_SHARE'
    AND p."publicationStatus" = 'PUBLISHED' AND (ps.id IS NULL OR ps."publicationStatus" = 'PUBLISHED')`

/** The funder's som totals by year, of the money that counts in a rayon when given. */
async function totalsByYear(slug: string, rayon = ''): Promise<Map<number, bigint>> {
  const rows = await query<{ year: number; kgs: string }>(
    `SELECT extract(year FROM coalesce(c."valueDate", p."startDate"))::int AS year, sum(c."amountKgsMinor")::text AS kgs
     ${countedLines} AND ($2 = '' OR rb.code = $2)
     GROUP BY 1`,
    [slug, rayon],
  )
  return new Map(rows.map((r) => [r.year, BigInt(r.kgs)]))
}

/** The rayon where most of the funder's counted money counts, with its oblast. */
async function busiestRayon(slug: string) {
  const [row] = await query<{ oblast: string; rayon: string }>(
    `SELECT ob.code AS oblast, rb.code AS rayon ${countedLines} AND rb.code IS NOT NULL
     GROUP BY 1, 2 ORDER BY sum(c."amountKgsMinor") DESC LIMIT 1`,
    [slug],
  )
  return row
}

/** The rows of the "money by year" table of a page, as shown. */
async function expectYearTable(page: Page, expected: Map<number, bigint>, m: Messages, locale: 'ky' | 'ru' | 'en') {
  const chart = page.locator('figure', { has: page.getByRole('heading', { name: m.funders.byYearTitle }) })
  await chart.getByText(m.charts.viewAsTable).click()
  await expect(chart.locator('tbody tr')).toHaveCount(expected.size)
  for (const [year, kgs] of expected) {
    const row = chart.locator('tr', { has: page.locator('th', { hasText: new RegExp(`^${year}$`) }) })
    await expect(row.locator('td')).toHaveText(formatValue(Number(kgs), 'money-kgs', locale))
  }
}

for (const locale of ['ky', 'ru', 'en'] as const) {
  test(`a funder's page shows its totals by year (${locale})`, async ({ page }) => {
    const m = messages[locale]
    const expected = await totalsByYear(SOROS)
    expect(expected.size).toBeGreaterThan(0)
    await page.goto(`/${locale}/funders/${SOROS}`)
    await expect(page.getByRole('heading', { level: 2, name: m.funders.moneyTitle })).toBeVisible()
    await expectYearTable(page, expected, m, locale)
    // The same in dollars, from the switch.
    await page.getByRole('link', { name: 'USD' }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/funders/${SOROS}\\?currency=USD$`))
  })
}

test('who funds what: the filters live in the URL, the funder is listed and linked', async ({ page }) => {
  await page.goto('/ru')
  await page.getByRole('link', { name: fundersRu.funders.nav }).click()
  await expect(page).toHaveURL(/\/ru\/funders$/)
  await expect(page.getByRole('heading', { level: 1, name: fundersRu.funders.title })).toBeVisible()

  await page.goto('/en/funders')
  const table = page.locator('table[data-funders]')
  await expect(table.getByRole('link', { name: 'Soros Foundation Kyrgyzstan' })).toBeVisible()
  await page.getByLabel('Oblast or city').selectOption({ label: 'Talas' })
  await expect(page).toHaveURL(/\/en\/funders\?oblast=KG-T$/)
  await page.getByLabel('From year').fill('2001')
  await page.getByRole('button', { name: 'Show', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/funders\?from=2001&to=&oblast=KG-T&rayon=&theme=$/)
  await expect(page.getByLabel('Oblast or city')).toHaveValue('KG-T')
  await expect(page.getByText('With an oblast chosen, only money that counts in that oblast is shown')).toBeVisible()
  // An invalid filter is dropped, the others kept.
  await page.goto('/en/funders?oblast=KG-T&theme=nonsense&from=abc')
  await expect(page.getByLabel('Oblast or city')).toHaveValue('KG-T')
  await expect(page.locator('select[name="theme"]')).toHaveValue('')

  await page.goto(`/en/organizations/${SOROS}`)
  await page.getByRole('link', { name: fundersEn.funders.organizationLink }).click()
  await expect(page).toHaveURL(new RegExp(`/en/funders/${SOROS}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Soros Foundation Kyrgyzstan' })).toBeVisible()
})

test.describe("a funder's filters", () => {
  test('oblast → rayon cascade without a reload, and the totals by year follow the rayon', async ({ page }) => {
    const m = messages.en
    const { oblast, rayon } = await busiestRayon(SOROS)
    const expected = await totalsByYear(SOROS, rayon)
    expect(expected.size).toBeGreaterThan(0)
    await page.goto(`/en/funders/${SOROS}?theme=`)
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    const rayonBox = page.getByRole('combobox', { name: 'Rayon or city' })
    await expect(rayonBox).toBeDisabled()
    await page.getByRole('combobox', { name: 'Oblast or city' }).selectOption(oblast)
    await expect(page).toHaveURL(new RegExp(`oblast=${oblast}`))
    await expect(rayonBox).toBeEnabled()
    await rayonBox.selectOption(rayon)
    await expect(page).toHaveURL(new RegExp(`oblast=${oblast}&rayon=${rayon}`))
    await expect(page.locator('[data-filter-notes]')).toContainText('only money that counts in that rayon')
    await expectYearTable(page, expected, m, 'en')
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    // Another oblast empties the rayon.
    const other = oblast === 'KG-T' ? 'KG-N' : 'KG-T'
    await page.getByRole('combobox', { name: 'Oblast or city' }).selectOption(other)
    await expect(page).not.toHaveURL(/rayon=/)
  })

  test('years and theme go into the URL; an impossible year range says so and is not applied', async ({ page }) => {
    const all = await totalsByYear(SOROS)
    const years = [...all.keys()].sort((a, b) => a - b)
    const first = years[0]
    await page.goto(`/en/funders/${SOROS}`)
    await page.getByRole('spinbutton', { name: 'From year' }).fill(String(first))
    await page.getByRole('spinbutton', { name: 'To year' }).fill(String(first))
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ index: 0 })
    await page.getByRole('button', { name: 'Show', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/en/funders/${SOROS}\\?from=${first}&to=${first}&oblast=&theme=$`))
    await expectYearTable(page, new Map([[first, all.get(first)!]]), messages.en, 'en')
    // The currency switch keeps the filters.
    await page.getByRole('link', { name: 'USD' }).click()
    await expect(page).toHaveURL(new RegExp(`\\?from=${first}&to=${first}&currency=USD$`))

    await page.goto(`/en/funders/${SOROS}?from=2010&to=2005`)
    await expect(page.locator('[data-years-reversed]')).toContainText('“From year” is after “To year”')
    await expect(page.getByRole('spinbutton', { name: 'From year' })).toHaveValue('2010')
    // Not applied: every year is there.
    await expectYearTable(page, all, messages.en, 'en')

    // A rayon of another oblast is ignored, not an error; filters that hold nothing say so.
    await page.goto(`/en/funders/${SOROS}?oblast=KG-N&rayon=KG07215000000`)
    await expect(page.getByRole('combobox', { name: 'Rayon or city' })).toHaveValue('')
    await page.goto(`/en/funders/${SOROS}?from=2099&to=2099`)
    await expect(page.locator('[data-nothing-in-filters]')).toBeVisible()
  })
})
