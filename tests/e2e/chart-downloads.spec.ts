import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Download, Locator } from '@playwright/test'
import { expect, test } from './fixtures'

/** Clicks one of a chart's download buttons and returns the file it gave. */
async function download(card: Locator, format: 'csv' | 'xlsx' | 'json'): Promise<{ name: string; body: Buffer }> {
  const [file]: [Download, void] = await Promise.all([
    card.page().waitForEvent('download'),
    card.locator(`[data-download="${format}"]`).click(),
  ])
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) }
}

test('a chart gives its data as CSV, XLSX and JSON: the rows and headers of its table, in the reader’s language', async ({
  page,
}) => {
  await page.goto('/ru/places/kg-t')
  const card = page
    .locator('figure')
    .filter({ has: page.locator('[data-download]') })
    .first()
  await card.getByText('Показать таблицей').click()
  const headers = (await card.locator('thead th').allTextContents()).map((h) => h.trim())
  const labels = (await card.locator('tbody th').allTextContents()).map((l) => l.trim())
  expect(labels.length).toBeGreaterThan(0)

  const xlsx = await download(card, 'xlsx')
  expect(xlsx.name).toMatch(/\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
  // Money headers carry their currency, since the cells are bare numbers.
  expect(row(1).map((h) => String(h).replace(/ \((KGS|USD)\)$/, ''))).toEqual(headers)
  expect(Array.from({ length: labels.length }, (_, i) => String(row(i + 2)[0]))).toEqual(labels)
  expect(sheet.rowCount).toBe(labels.length + 1)
  for (let i = 0; i < labels.length; i++)
    for (const cell of row(i + 2).slice(1)) expect(cell === undefined || typeof cell === 'number').toBe(true)

  const json = await download(card, 'json')
  expect(json.name).toMatch(/\.json$/)
  const data = JSON.parse(json.body.toString('utf8')) as { columns: { header: string }[]; rows: { label: string }[] }
  expect(data.columns.map((c) => c.header)).toEqual(row(1))
  expect(data.rows.map((r) => String(r.label))).toEqual(labels)

  const csv = await download(card, 'csv')
  expect(csv.name).toMatch(/\.csv$/)
  const text = csv.body.toString('utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(labels.length + 1)
})

test('the chart code is fetched only when a chart nears the screen; the tables and downloads are there before', async ({
  page,
}) => {
  const charts: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && charts.push(r.url()))
  // A short window: every chart of the oblast page is then far below it.
  await page.setViewportSize({ width: 1280, height: 400 })
  await page.goto('/en/places/kg-t')
  await page.waitForLoadState('networkidle')
  expect(await page.locator('[data-chart]').count()).toBeGreaterThan(1)
  await expect(page.locator('[data-chart="drawn"]')).toHaveCount(0)
  await expect(page.locator('.recharts-surface')).toHaveCount(0)
  const before = charts.length
  // Without the drawing, each card already has its table and its download buttons.
  const card = page
    .locator('figure')
    .filter({ has: page.locator('[data-chart]') })
    .last()
  const frame = card.locator('[data-chart]')
  await expect(card.locator('tbody tr').first()).toBeAttached()
  await expect(card.locator('[data-download="csv"]')).toBeVisible()

  await frame.scrollIntoViewIfNeeded()
  await expect(frame).toHaveAttribute('data-chart', 'drawn')
  await expect(card.locator('.recharts-surface')).toBeVisible()
  expect(charts.length).toBeGreaterThan(before)
})
