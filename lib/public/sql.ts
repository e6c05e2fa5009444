// The raw-SQL twins of ./where.ts, for aggregates that run in the database. Each takes the alias the
// calling query gives the table. tests/integration/public-boundary.test.ts checks that each fragment
// selects exactly the rows its Prisma twin selects.
import { Prisma } from '@/lib/generated/prisma/client'

const ident = (alias: string) => {
  if (!/^[a-z][a-z0-9_]*$/.test(alias)) throw new Error(`not an SQL alias: ${alias}`)
  return Prisma.raw(alias)
}

/** Project `p` is public: published, with its partnership and programme (if any) published. */
export function publicProjectSql(alias: string): Prisma.Sql {
  const p = ident(alias)
  return Prisma.sql`(${p}."publicationStatus" = 'PUBLISHED'
    AND (${p}."partnershipId" IS NULL OR EXISTS (
      SELECT 1 FROM "Partnership" pp WHERE pp.id = ${p}."partnershipId" AND pp."publicationStatus" = 'PUBLISHED'))
    AND (${p}."programmeId" IS NULL OR EXISTS (
      SELECT 1 FROM "Programme" pg WHERE pg.id = ${p}."programmeId" AND pg."publicationStatus" = 'PUBLISHED')))`
}

/** Contribution `c` of project `p` (joined on c."projectId" = p.id) is public. */
export function publicContributionSql(c: string, p: string): Prisma.Sql {
  return Prisma.sql`(${ident(c)}."publicationStatus" = 'PUBLISHED' AND ${publicProjectSql(p)})`
}

/** Outcome `o` of project `p` is public. */
export function publicOutcomeSql(o: string, p: string): Prisma.Sql {
  return Prisma.sql`(${ident(o)}."publicationStatus" = 'PUBLISHED' AND ${publicProjectSql(p)})`
}

/** Partnership `ps` is public. */
export function publicPartnershipSql(alias: string): Prisma.Sql {
  return Prisma.sql`(${ident(alias)}."publicationStatus" = 'PUBLISHED')`
}

/** Grant `g` is public: published, with its project and programme (where it has them) public. */
export function publicGrantSql(alias: string): Prisma.Sql {
  const g = ident(alias)
  return Prisma.sql`(${g}."publicationStatus" = 'PUBLISHED'
    AND (${g}."projectId" IS NULL OR EXISTS (
      SELECT 1 FROM "Project" gp WHERE gp.id = ${g}."projectId" AND ${publicProjectSql('gp')}))
    AND (${g}."programmeId" IS NULL OR EXISTS (
      SELECT 1 FROM "Programme" gpg WHERE gpg.id = ${g}."programmeId" AND gpg."publicationStatus" = 'PUBLISHED')))`
}
