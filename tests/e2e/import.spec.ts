// The import page, as an editor uses it: download the template, upload a donor's grant list built here
// with exceljs (a programme with grants to a CSO and an aiyl okmot in two oblasts, titles in three
// languages), read the dry run, import, and find the programme and the grants on each oblast's page in
// ky, ru and en. A file with a mistake gets the per-row report and writes nothing.
import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import { e2eUsers } from './accounts-data'
import type { Page } from '@playwright/test'
import { expect, signIn, test } from './fixtures'

const tag = randomUUID().slice(0, 6)

/** A workbook of the sheets given (first row: the header). */
async function workbook(sheets: Record<string, (string | number)[][]>) {
  const book = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name)
    for (const r of rows) sheet.addRow(r)
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** The section whose heading has this id. */
const section = (page: Page, id: string) =>
  page
    .locator('section')
    .filter({ has: page.locator(`h2#${id}`) })
    .last()

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const titles = {
  programme: { ky: `Суу фонду ${tag}`, ru: `Водный фонд ${tag}`, en: `Water fund ${tag}` },
  talas: { ky: `Талас грант ${tag}`, ru: `Таласский грант ${tag}`, en: `Talas grant ${tag}` },
  batken: { ky: `Баткен грант ${tag}`, ru: `Баткенский грант ${tag}`, en: `Batken grant ${tag}` },
}

const grantRow = (
  id: string,
  recipient: string,
  project: string,
  title: Record<string, string>,
  amount: number,
  month: string,
) => [
  `${id}-${tag}`,
  `donor-${tag}`,
  `${recipient}-${tag}`,
  `prog-${tag}`,
  `${project}-${tag}`,
  title.ky,
  title.ru,
  title.en,
  amount,
  'USD',
  month,
  'published',
]

const grantList = () =>
  workbook({
    organizations: [
      ['external_id', 'kind', 'name_en', 'name_ru', 'home_place', 'governs_place', 'publication'],
      [`donor-${tag}`, 'DONOR', `Mountain Donor ${tag}`, `Горный донор ${tag}`, '', '', 'published'],
      [
        `cso-${tag}`,
        'PUBLIC_ASSOCIATION',
        `Talas Water Users ${tag}`,
        `Водопользователи ${tag}`,
        'KG-T',
        '',
        'published',
      ],
      [`lsg-${tag}`, 'AIYL_OKMOT', `Kara-Bak aiyl okmotu ${tag}`, `Кара-Бак ${tag}`, '', 'KG-B', 'published'],
    ],
    programmes: [
      ['external_id', 'title_ky', 'title_ru', 'title_en', 'donors', 'places', 'start_date', 'publication'],
      [
        `prog-${tag}`,
        titles.programme.ky,
        titles.programme.ru,
        titles.programme.en,
        `donor-${tag}`,
        'KG-T; KG-B',
        '2025',
        'published',
      ],
    ],
    // The oblast pages place a grant by its project's places.
    projects: [
      ['external_id', 'programme', 'title_en', 'title_ru', 'places', 'start_date', 'publication'],
      [`p1-${tag}`, `prog-${tag}`, `Canal lining ${tag}`, `Облицовка канала ${tag}`, 'KG-T', '2025', 'published'],
      [`p2-${tag}`, `prog-${tag}`, `Water tower ${tag}`, `Водонапорная башня ${tag}`, 'KG-B', '2025', 'published'],
    ],
    grants: [
      'external_id funder recipient programme project title_ky title_ru title_en amount currency value_date publication'.split(
        ' ',
      ),
      grantRow('g1', 'cso', 'p1', titles.talas, 12000, '2025-03'),
      grantRow('g2', 'lsg', 'p2', titles.batken, 8000, '2025-04'),
    ],
  })

test.describe('import', () => {
  test('an editor downloads the template, checks and imports a grant list, and finds it on the oblast pages in three languages', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await signIn(page, e2eUsers.editor)
    await page.goto('/en/manage/import')
    await expect(page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' })).toBeVisible()

    // The template: an XLSX workbook with a sheet per kind.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'XLSX template with the dictionary' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const template = new ExcelJS.Workbook()
    await template.xlsx.readFile((await download.path())!)
    expect(template.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['programmes', 'grants']))

    await page
      .getByLabel('XLSX workbook or CSV files')
      .setInputFiles({ name: 'grant-list.xlsx', mimeType: XLSX, buffer: await grantList() })
    await page.getByRole('button', { name: 'Check (nothing is written)' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toHaveText(
      'No problems. Importing will create 8, update 0 and leave 0 unchanged.',
      { timeout: 60_000 },
    )
    await page.getByRole('button', { name: 'Import 8 rows' }).click()
    await expect(page.getByText('Imported: 8 created, 0 updated, 0 unchanged.')).toBeVisible({ timeout: 60_000 })
    await expect(section(page, 'history')).toContainText('grant-list.xlsx')

    // On each oblast's page, in each language: the programme, and the grant placed by its recipient.
    for (const locale of ['ky', 'ru', 'en'] as const) {
      await page.goto(`/${locale}/places/kg-t`)
      await expect(section(page, 'programmes')).toContainText(titles.programme[locale])
      await expect(section(page, 'grants')).toContainText(titles.talas[locale])
      await expect(section(page, 'grants')).not.toContainText(titles.batken[locale])
      await page.goto(`/${locale}/places/kg-b`)
      await expect(section(page, 'programmes')).toContainText(titles.programme[locale])
      await expect(section(page, 'grants')).toContainText(titles.batken[locale])
      await expect(section(page, 'grants')).not.toContainText(titles.talas[locale])
    }
  })

  test('a file with a mistake gets the per-row report and writes nothing', async ({ page }) => {
    test.setTimeout(120_000)
    await signIn(page, e2eUsers.editor)
    await page.goto('/en/manage/import')
    const history = section(page, 'history')
    const before = await history.textContent()
    const bad = await workbook({
      programmes: [
        ['external_id', 'title_en', 'places', 'start_date', 'end_date'],
        [`ok-${tag}`, `Fine programme ${tag}`, 'KG-T', '2024', '2025'],
        [`far-${tag}`, `Lost programme ${tag}`, 'Atlantis', '2024', '2025'],
        [`late-${tag}`, `Backwards programme ${tag}`, 'KG-T', '2026', '2025'],
      ],
    })
    await page
      .getByLabel('XLSX workbook or CSV files')
      .setInputFiles({ name: 'broken.xlsx', mimeType: XLSX, buffer: bad })
    await page.getByRole('button', { name: 'Check (nothing is written)' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'problems found' })).toHaveText(
      '2 problems found. Nothing was written: correct the file and check it again.',
      { timeout: 60_000 },
    )
    const report = page.getByRole('table', { name: 'Problems found in the file' })
    await expect(report.getByRole('row')).toHaveCount(3)
    await expect(report.getByRole('row').nth(1)).toContainText('programmes3places')
    await expect(report.getByRole('row').nth(1)).toContainText('Atlantis')
    await expect(report.getByRole('row').nth(2)).toContainText('programmes4end_date')
    await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0)

    await page.reload()
    expect(await history.textContent()).toBe(before)
    await page.goto('/en/places/kg-t')
    await expect(page.getByText(`Fine programme ${tag}`)).toHaveCount(0)
  })
})
