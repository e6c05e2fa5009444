// Runs in each integration worker before its test files are loaded: point DATABASE_URL (read by
// lib/db.ts and tests/setup/db.ts) at the worker's own database (./integration-global.ts).
import { inject } from 'vitest'

const urls = inject('databaseUrls')
const worker = Number(process.env.VITEST_POOL_ID ?? '1')
process.env.DATABASE_URL = urls[(worker - 1) % urls.length]
// The matrix and the fuzzing send "suggest a correction" many times from one (unknown) address; the
// limit itself is tested in tests/integration/suggestions.test.ts, which sets its own.
process.env.RATE_LIMIT_SUGGESTIONS_PER_HOUR ??= '0'
