// The funder's view (issue 13): a funder's page shows its totals by year in each language, and they agree
// with its lines in the database; "who funds what" lists it, keeps its filters in the URL and links to it;
// organization pages and the header link to the funder's view.
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { formatValue } from '../../lib/format'
import { e2eDatabaseUrl } from './db'
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

/** The funder's som totals by year, straight from its public donor lines that add up (an independent query). */
async function totalsByYear(slug: string): Promise<Map<number, bigint>> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT extract(year FROM coalesce(c."valueDate", p."startDate"))::int AS year, sum(c."amountKgsMinor")::text AS kgs
       FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId" JOIN "Organization" o ON o.id = c."partyOrganizationId"
       LEFT JOIN "Partnership" ps ON ps.id = p."partnershipId"
       WHERE o.slug = $1 AND c."partyType" = 'DONOR' AND c."publicationStatus" = 'PUBLISHED' AND NOT c."amountWithheld"
         AND c."amountKgsMinor" IS NOT NULL AND c.basis = 'LUMP_SUM' AND NOT c."isPledge" AND c.nature = 'COST_SHARE'
         AND p."publicationStatus" = 'PUBLISHED' AND (ps.id IS NULL OR ps."publicationStatus" = 'PUBLISHED')
       GROUP BY 1`,
      [slug],
    )
    return new Map(rows.map((r) => [r.year as number, BigInt(r.kgs)]))
  } finally {
    await client.end()
  }
}

for (const locale of ['ky', 'ru', 'en'] as const) {
  test(`a funder's page shows its totals by year (${locale})`, async ({ page }) => {
    const m = messages[locale]
    const expected = await totalsByYear(SOROS)
    expect(expected.size).toBeGreaterThan(0)
    await page.goto(`/${locale}/funders/${SOROS}`)
    await expect(page.getByRole('heading', { level: 2, name: m.funders.moneyTitle })).toBeVisible()
    const chart = page.locator('figure', { has: page.getByRole('heading', { name: m.funders.byYearTitle }) })
    await chart.getByText(m.charts.viewAsTable).click()
    const rows = chart.locator('tbody tr')
    await expect(rows).toHaveCount(expected.size)
    for (const [year, kgs] of expected) {
      const row = chart.locator('tr', { has: page.locator('th', { hasText: new RegExp(`^${year}$`) }) })
      await expect(row.locator('td')).toHaveText(formatValue(Number(kgs), 'money-kgs', locale))
    }
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
  await page.getByLabel('From year').fill('2001')
  await page.getByRole('button', { name: 'Show', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/funders\?from=2001&to=&oblast=KG-T&theme=$/)
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
