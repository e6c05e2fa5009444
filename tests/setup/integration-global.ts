// Before the integration tests: bring the test database to the current schema and seed it, and give
// every further worker a database of its own (./worker-databases.ts); ./integration-worker.ts points
// each worker at its own.
import type { TestProject } from 'vitest/node'
import { runSeed } from '@/prisma/seed/run'
import { connect } from './db'
import { run } from './processes'
import { copyPostgresDatabase, prepareDatabase, startEmbeddedDatabases, type WorkerDatabases } from './worker-databases'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The database of each worker, by VITEST_POOL_ID − 1. */
    databaseUrls: string[]
  }
}

/** How many files run at once (INTEGRATION_WORKERS, default 2; 1 runs them one after another). */
export const integrationWorkers = () => Math.max(1, Number(process.env.INTEGRATION_WORKERS ?? 2) || 1)

export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL
  if (!base) throw new Error('DATABASE_URL is not set: run integration tests with `npm run test:integration`')
  const more = integrationWorkers() - 1
  const embedded = process.env.EMBEDDED_DB === 'pglite'
  const t0 = performance.now()
  let workers: WorkerDatabases = { urls: [], stop: async () => {} }
  if (embedded && more) workers = await startEmbeddedDatabases(more, Number(new URL(base).port))
  try {
    await Promise.all([prepareBase(base), ...(embedded ? workers.urls.map(prepareDatabase) : [])])
    if (!embedded && more) workers = await copyPostgresDatabase(base, more)
  } catch (e) {
    await workers.stop()
    throw e
  }
  console.log(
    `[integration] ${1 + workers.urls.length} database(s) ready in ${Math.round((performance.now() - t0) / 1000)} s`,
  )
  project.provide('databaseUrls', [base, ...workers.urls])
  return workers.stop
}

async function prepareBase(url: string) {
  const migrated = await run('prisma', ['migrate', 'deploy'])
  if (migrated.code !== 0) throw new Error(`prisma migrate deploy failed:\n${migrated.output}`)
  const prisma = connect(url)
  try {
    const code = await runSeed(prisma)
    if (code !== 0) throw new Error('the seed refused the data files')
  } finally {
    await prisma.$disconnect()
  }
}
