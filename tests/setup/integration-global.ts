// Before the integration tests: bring the test database to the current schema and seed it.
import { runSeed } from '@/prisma/seed/run'
import { connect } from './db'
import { run } from './processes'

export default async function setup() {
  if (!process.env.DATABASE_URL)
    throw new Error('DATABASE_URL is not set: run integration tests with `npm run test:integration`')
  const migrated = await run('prisma', ['migrate', 'deploy'])
  if (migrated.code !== 0) throw new Error(`prisma migrate deploy failed:\n${migrated.output}`)
  const prisma = connect()
  try {
    const code = await runSeed(prisma)
    if (code !== 0) throw new Error('the seed refused the data files')
  } finally {
    await prisma.$disconnect()
  }
}
