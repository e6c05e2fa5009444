#!/usr/bin/env node
// Screenshots of pages in Debian's Chromium, for looking at what users see.
// Usage: node scripts/screenshots.mjs <base-url> <out-dir> <path>... (each path in ky, ru and en, at 1280 and 390 px)
// Signed-in pages: SCREENSHOT_STATE=<file> uses a Playwright storage state (cookies) saved after signing in.
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../lib/chromium.mjs'

const [base, outDir, ...paths] = process.argv.slice(2)
if (!base || !outDir || !paths.length) {
  console.error(
    'usage: node scripts/screenshots.mjs <base-url> <out-dir> <path>...   e.g. / or /api-free-path (no locale)',
  )
  process.exit(2)
}
mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch(chromiumLaunchOptions)
for (const width of [1280, 390]) {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    storageState: process.env.SCREENSHOT_STATE || undefined,
  })
  for (const locale of ['ky', 'ru', 'en']) {
    for (const p of paths) {
      const url = `${base}/${locale}${p === '/' ? '' : p}`
      const res = await page.goto(url, { waitUntil: 'networkidle' })
      const name = `${p.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'home'}-${locale}-${width}.png`
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true })
      console.log(`${res?.status()} ${url} → ${outDir}/${name}`)
    }
  }
  await page.close()
}
await browser.close()
