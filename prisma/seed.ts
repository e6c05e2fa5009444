// Loads the reference data (territories, boundaries, LSG bodies, exchange rates) and, unless
// SEED_CASEBOOK=0, the 25 case studies of the 2006 handbook and then, through the importer, the donor
// programmes of prisma/data/programmes/. Idempotent: a second run changes nothing.
//   npm run db:seed                      seed (or bring up to date with the data files)
//   tsx prisma/seed.ts --if-empty        only when the database holds no territories (app start)
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { runSeed } from './seed/run'

const ifEmpty = process.argv.includes('--if-empty')
const withCasebook = process.env.SEED_CASEBOOK !== '0'

if (!process.env.DATABASE_URL) {
  console.error('[seed] DATABASE_URL is not set: run `npm run db:seed`, which starts the embedded database if needed')
  process.exit(1)
}
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 2 }) })
try {
  const code = await runSeed(prisma, { ifEmpty, withCasebook, log: console.log })
  process.exitCode = code
} finally {
  await prisma.$disconnect()
}
