import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'

export function connect(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests with `npm run test:integration`')
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 3 }) })
}

/** A fingerprint of every table's full contents: equal fingerprints mean equal databases. */
export async function fingerprint(prisma: PrismaClient): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`
  const out: Record<string, string> = {}
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: bigint; h: string | null }[]>(
      `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name.replaceAll('"', '""')}" t`,
    )
    out[name] = `${row.n}:${row.h ?? '-'}`
  }
  return out
}

/**
 * A quick checksum of each table (row count and an order-free sum of row hashes), for before/after
 * comparisons around thousands of calls. `exclude` leaves out tables nobody writes after the seed;
 * `appendOnly` tables (the audit trail) are compared by their row count alone, which is cheap.
 */
export async function tableChecksums(
  prisma: PrismaClient,
  { exclude = [], appendOnly = [] }: { exclude?: readonly string[]; appendOnly?: readonly string[] } = {},
) {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`
  const parts = tables
    .filter((t) => !exclude.includes(t.name))
    .map((t) => {
      const q = `"${t.name.replaceAll('"', '""')}"`
      const sum = appendOnly.includes(t.name) ? `''` : `coalesce(sum(hashtext(t::text)::bigint), 0)::text`
      return `SELECT '${t.name.replaceAll("'", "''")}' AS name, count(*)::text || ':' || ${sum} AS sum FROM ${q} t`
    })
  const rows = await prisma.$queryRawUnsafe<{ name: string; sum: string }[]>(parts.join(' UNION ALL '))
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]))
}

/** Written by nobody after the seed: left out of the authorization matrix's checksums (the boundaries are large). */
const STATIC_TABLES = [
  'Territory',
  'TerritoryBoundary',
  'TerritorySuccession',
  'ExchangeRate',
  'UsdExchangeRate',
  'SourceDocument',
]

/** The checksums a refused call of the authorization matrix must leave as they were. */
export const matrixChecksums = (prisma: PrismaClient) =>
  tableChecksums(prisma, { exclude: STATIC_TABLES, appendOnly: ['AuditEvent'] })
