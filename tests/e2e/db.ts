import { readFileSync } from 'node:fs'

/** The e2e server's embedded database, as playwright.config.ts starts it (PGLITE_DIR .data/e2e). */
export function e2eDatabaseUrl(): string {
  const password = readFileSync('.data/e2e.password', 'utf8').trim() // scripts/embedded-db.mjs
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.PGLITE_E2E_PORT ?? '5496'}/postgres`
}

/** Where the e2e server keeps signed scans (DOCUMENTS_DIR in playwright.config.ts); the suite plants files there. */
export const E2E_DOCUMENTS_DIR = '.data/e2e-documents'
