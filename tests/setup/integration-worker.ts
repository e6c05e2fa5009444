// Runs in each integration worker before its test files are loaded: point DATABASE_URL (read by
// lib/db.ts and tests/setup/db.ts) at the worker's own database (./integration-global.ts).
import { inject } from 'vitest'

const urls = inject('databaseUrls')
const worker = Number(process.env.VITEST_POOL_ID ?? '1')
process.env.DATABASE_URL = urls[(worker - 1) % urls.length]
