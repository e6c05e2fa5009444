import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './lib/chromium.mjs'
import { E2E_DOCUMENTS_DIR } from './tests/e2e/db'

const PORT = Number(process.env.E2E_PORT ?? 3100)

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  // Sign-ins hash a password (scrypt, two at a time): on a busy 2-core machine a redirect can take seconds.
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 1,
  forbidOnly: true,
  // Runs after the web server is up: adds the test accounts to its fresh database.
  globalSetup: './tests/e2e/global-setup.ts',
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // Against the production build (`next build` first; `npm test` does it). A fresh embedded database,
    // migrated and seeded by the launcher, keeps the run hermetic.
    command: `node scripts/with-db.mjs next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: {
      DATABASE_URL: '',
      PGLITE_DIR: '.data/e2e',
      PGLITE_FRESH: '1',
      PGLITE_PORT: process.env.PGLITE_E2E_PORT ?? '5496',
      DOCUMENTS_DIR: E2E_DOCUMENTS_DIR,
      S3_BUCKET: '',
      // `next start` is production; the test mode lets it run on http with a generated session secret
      // and links to the host the browser used (README, "Test mode"). No mail server, no Redis.
      REGISTRY_TEST_MODE: '1',
      AUTH_SECRET: '',
      SMTP_URL: '',
      APP_URL: '',
      REDIS_URL: '',
    },
    reuseExistingServer: false,
    // SIGTERM lets the launcher stop PGlite and release its lock.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    timeout: 180_000,
  },
})
