import 'server-only'
// Public figures for a territory and everything below it. Published records only; every money figure
// excludes rates, pledges and withheld amounts, and says how many rows it rests on.
import { prisma } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { PartyType } from '@/lib/generated/prisma/enums'
import { partyTypes } from '@/lib/organizations/kinds'

/** SQL: ids of the territories at or below `path`. */
const subtree = (path: string) =>
  Prisma.sql`SELECT id FROM "Territory" WHERE path = ${path} OR path LIKE ${path} || '/%'`

/** SQL: published projects with a place in the subtree, whose partnership (if any) is published too. */
const projectsIn = (path: string) => Prisma.sql`
  SELECT DISTINCT pr.id FROM "Project" pr JOIN "ProjectTerritory" pt ON pt."projectId" = pr.id
  WHERE pr."publicationStatus" = 'PUBLISHED' AND pt."territoryId" IN (${subtree(path)})
    AND (pr."partnershipId" IS NULL OR EXISTS (SELECT 1 FROM "Partnership" pp WHERE pp.id = pr."partnershipId" AND pp."publicationStatus" = 'PUBLISHED'))`

/** SQL condition on a Contribution `c`: its amount may be added up and shown. */
const summable = Prisma.sql`c."amountMinor" IS NOT NULL AND c.basis = 'LUMP_SUM' AND NOT c."isPledge" AND NOT c."amountWithheld"`

export type CostShareRow = {
  partyType: PartyType
  amountKgsMinor: bigint
  amountUsdMinor: bigint
  /** fraction of the converted KGS total of summable contributions; null when there is no total */
  share: number | null
  contributions: number
  withAmount: number
  withoutAmount: number
  withheld: number
  /** rates and pledges: shown, never added */
  excluded: number
}

export type CostShare = {
  rows: CostShareRow[]
  totals: {
    contributions: number
    withAmount: number
    withheld: number
    excluded: number
    unconverted: number
    estimated: number
    kgsMinor: bigint
    usdMinor: bigint
  }
  statedShares: {
    partyType: PartyType
    party: string
    projectId: string
    projectTitle: unknown
    shareMin: number
    shareMax: number
  }[]
}

/** Cost-share by party type over the subtree (one row per party type, zeros included). */
export async function getCostShare(path: string): Promise<CostShare> {
  const [rows, shares] = await Promise.all([
    prisma.$queryRaw<
      {
        partyType: PartyType
        kgs: bigint | null
        usd: bigint | null
        n: bigint
        withAmount: bigint
        withheld: bigint
        excluded: bigint
        unconverted: bigint
        estimated: bigint
      }[]
    >`
      SELECT c."partyType",
        sum(c."amountKgsMinor") FILTER (WHERE ${summable})::bigint AS kgs,
        sum(c."amountUsdMinor") FILTER (WHERE ${summable})::bigint AS usd,
        count(*) AS n,
        count(*) FILTER (WHERE ${summable} AND c."amountKgsMinor" IS NOT NULL) AS "withAmount",
        count(*) FILTER (WHERE c."amountWithheld") AS withheld,
        count(*) FILTER (WHERE c."amountMinor" IS NOT NULL AND (c.basis = 'RATE' OR c."isPledge")) AS excluded,
        count(*) FILTER (WHERE ${summable} AND c."amountKgsMinor" IS NULL) AS unconverted,
        count(*) FILTER (WHERE ${summable} AND c."fxEstimated") AS estimated
      FROM "Contribution" c
      WHERE c."publicationStatus" = 'PUBLISHED' AND c."projectId" IN (${projectsIn(path)})
      GROUP BY c."partyType"`,
    prisma.$queryRaw<
      {
        partyType: PartyType
        party: string
        projectId: string
        projectTitle: unknown
        shareMin: string
        shareMax: string
      }[]
    >`
      SELECT c."partyType", c."partyNameAsReported" AS party, p.id AS "projectId", p.title AS "projectTitle",
             c."shareMin"::text AS "shareMin", c."shareMax"::text AS "shareMax"
      FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
      WHERE c."publicationStatus" = 'PUBLISHED' AND c."shareMin" IS NOT NULL AND NOT c."isPledge"
        AND c."projectId" IN (${projectsIn(path)})
      ORDER BY c."shareMax" DESC, c."partyNameAsReported"`,
  ])
  const byType = new Map(rows.map((r) => [r.partyType, r]))
  const kgsTotal = rows.reduce((s, r) => s + (r.kgs ?? 0n), 0n)
  const usdTotal = rows.reduce((s, r) => s + (r.usd ?? 0n), 0n)
  const out: CostShareRow[] = partyTypes.map((partyType) => {
    const r = byType.get(partyType)
    const kgs = r?.kgs ?? 0n
    return {
      partyType,
      amountKgsMinor: kgs,
      amountUsdMinor: r?.usd ?? 0n,
      share: kgsTotal > 0n ? Number((kgs * 1_000_000n) / kgsTotal) / 1_000_000 : null,
      contributions: Number(r?.n ?? 0),
      withAmount: Number(r?.withAmount ?? 0),
      withoutAmount: Number(r?.n ?? 0) - Number(r?.withAmount ?? 0),
      withheld: Number(r?.withheld ?? 0),
      excluded: Number(r?.excluded ?? 0),
    }
  })
  const sum = (f: (r: (typeof rows)[number]) => bigint) => rows.reduce((s, r) => s + Number(f(r)), 0)
  return {
    rows: out,
    totals: {
      contributions: sum((r) => r.n),
      withAmount: sum((r) => r.withAmount),
      withheld: sum((r) => r.withheld),
      excluded: sum((r) => r.excluded),
      unconverted: sum((r) => r.unconverted),
      estimated: sum((r) => r.estimated),
      kgsMinor: kgsTotal,
      usdMinor: usdTotal,
    },
    statedShares: shares.map((s) => ({ ...s, shareMin: Number(s.shareMin), shareMax: Number(s.shareMax) })),
  }
}

export type CashInKind = {
  form: 'cash' | 'inKind'
  contributions: number
  withAmount: number
  kgsMinor: bigint
  usdMinor: bigint
}[]

/** Cash against in-kind contributions (labour, premises, land, materials, equipment, expertise, other). */
export async function getCashInKind(path: string): Promise<CashInKind> {
  const rows = await prisma.$queryRaw<
    { cash: boolean; n: bigint; withAmount: bigint; kgs: bigint | null; usd: bigint | null }[]
  >`
    SELECT (c.kind = 'CASH') AS cash, count(*) AS n,
      count(*) FILTER (WHERE ${summable} AND c."amountKgsMinor" IS NOT NULL) AS "withAmount",
      sum(c."amountKgsMinor") FILTER (WHERE ${summable})::bigint AS kgs,
      sum(c."amountUsdMinor") FILTER (WHERE ${summable})::bigint AS usd
    FROM "Contribution" c
    WHERE c."publicationStatus" = 'PUBLISHED' AND c."projectId" IN (${projectsIn(path)})
    GROUP BY 1`
  return (['cash', 'inKind'] as const).map((form) => {
    const r = rows.find((x) => x.cash === (form === 'cash'))
    return {
      form,
      contributions: Number(r?.n ?? 0),
      withAmount: Number(r?.withAmount ?? 0),
      kgsMinor: r?.kgs ?? 0n,
      usdMinor: r?.usd ?? 0n,
    }
  })
}

export type OutcomeFigure = {
  id: string
  theme: string
  indicator: unknown
  value: number
  qualifier: string
  unit: unknown
  projectId: string
  projectTitle: unknown
}

/**
 * Results (actual outcomes) in the subtree, under each theme of their partnership. Values are listed
 * with their units and never added across units; a figure appears under every theme of its partnership.
 */
export async function getOutcomesByTheme(path: string): Promise<OutcomeFigure[]> {
  const rows = await prisma.$queryRaw<(Omit<OutcomeFigure, 'value'> & { value: string })[]>`
    SELECT o.id, coalesce(o.theme, th.theme) AS theme, o.indicator, o.value::text AS value, o.qualifier::text AS qualifier, o.unit,
           p.id AS "projectId", p.title AS "projectTitle"
    FROM "Outcome" o
    JOIN "Project" p ON p.id = o."projectId"
    LEFT JOIN "Partnership" ps ON ps.id = p."partnershipId"
    LEFT JOIN LATERAL unnest(CASE WHEN o.theme IS NULL THEN ps.themes ELSE ARRAY[o.theme] END) AS th(theme) ON true
    WHERE o."publicationStatus" = 'PUBLISHED' AND o.kind = 'ACTUAL' AND o."projectId" IN (${projectsIn(path)})
    ORDER BY 2, p.id, o.position`
  return rows.filter((r) => r.theme).map((r) => ({ ...r, value: Number(r.value) }))
}

/** How many published projects in the subtree were running in each year. */
export async function getActivityByYear(path: string): Promise<{ year: number; projects: number }[]> {
  const rows = await prisma.$queryRaw<{ year: number; projects: bigint }[]>`
    SELECT y::int AS year, count(DISTINCT p.id) AS projects
    FROM "Project" p,
         generate_series(extract(year FROM p."startDate")::int, extract(year FROM coalesce(p."endDate", p."startDate"))::int) AS y
    WHERE p."startDate" IS NOT NULL AND p.id IN (${projectsIn(path)})
    GROUP BY y ORDER BY y`
  return rows.map((r) => ({ year: r.year, projects: Number(r.projects) }))
}

export type ListedPartnership = {
  id: string
  slug: string
  title: unknown
  sourceLocale: string
  startDate: Date | null
  startPrecision: string | null
  endDate: Date | null
  endPrecision: string | null
  themes: string[]
  lead: unknown
}

/** Published partnerships, case studies, projects and memoranda placed in the subtree. */
export async function getSubtreeRecords(path: string) {
  const partnershipIds = Prisma.sql`
    SELECT DISTINCT pt."partnershipId" FROM "PartnershipTerritory" pt WHERE pt."territoryId" IN (${subtree(path)})`
  const ids = (await prisma.$queryRaw<{ id: string }[]>`SELECT "partnershipId" AS id FROM (${partnershipIds}) x`).map(
    (r) => r.id,
  )
  const published = { publicationStatus: 'PUBLISHED' as const }
  const [partnerships, caseStudies, projects, memoranda, programmes, grants] = await Promise.all([
    prisma.partnership.findMany({
      where: { id: { in: ids }, ...published },
      select: {
        id: true,
        slug: true,
        title: true,
        sourceLocale: true,
        startDate: true,
        startPrecision: true,
        endDate: true,
        endPrecision: true,
        themes: true,
        parties: { where: { isLead: true }, select: { organization: { select: { name: true, slug: true } } }, take: 1 },
      },
      orderBy: { startDate: 'asc' },
    }),
    prisma.caseStudy.findMany({
      where: { partnershipId: { in: ids }, ...published, partnership: published },
      select: { id: true, slug: true, title: true, sourceLocale: true },
      orderBy: { slug: 'asc' },
    }),
    prisma.project.findMany({
      where: {
        ...published,
        OR: [{ partnershipId: null }, { partnership: published }],
        territories: { some: { territory: { OR: [{ path }, { path: { startsWith: `${path}/` } }] } } },
      },
      select: {
        id: true,
        title: true,
        sourceLocale: true,
        periodAsReported: true,
        startDate: true,
        endDate: true,
        partnership: { select: { slug: true, title: true } },
      },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),
    prisma.agreement.findMany({
      where: { partnershipId: { in: ids }, ...published },
      select: {
        id: true,
        kind: true,
        subject: true,
        sourceLocale: true,
        signedDate: true,
        signedPrecision: true,
        status: true,
        partnership: { select: { slug: true, title: true } },
      },
      orderBy: [{ signedDate: 'asc' }, { id: 'asc' }],
    }),
    prisma.programme.findMany({
      where: {
        ...published,
        territories: { some: { territory: { OR: [{ path }, { path: { startsWith: `${path}/` } }] } } },
      },
      select: { id: true, slug: true, title: true, sourceLocale: true },
    }),
    prisma.grant.findMany({
      where: {
        ...published,
        project: {
          ...published,
          territories: { some: { territory: { OR: [{ path }, { path: { startsWith: `${path}/` } }] } } },
        },
      },
      select: {
        id: true,
        title: true,
        amountMinor: true,
        currency: true,
        amountWithheld: true,
        funder: { select: { name: true, slug: true } },
        recipient: { select: { name: true, slug: true } },
      },
    }),
  ])
  return {
    partnerships: partnerships.map(({ parties, ...p }) => ({ ...p, lead: parties[0]?.organization ?? null })),
    caseStudies,
    projects,
    memoranda,
    programmes,
    grants: grants.map(({ amountMinor, amountWithheld, ...g }) => ({
      ...g,
      amountWithheld,
      amountMinor: amountWithheld ? null : amountMinor,
    })),
  }
}

/** Converted KGS total of summable contributions under each level-1 territory (for the home map). */
export async function getCostShareTotalsByRegion(): Promise<Map<string, bigint>> {
  const rows = await prisma.$queryRaw<{ code: string; kgs: bigint | null }[]>`
    SELECT t.code, sum(DISTINCT_C.kgs)::bigint AS kgs
    FROM "Territory" t
    LEFT JOIN LATERAL (
      SELECT c.id, c."amountKgsMinor" AS kgs
      FROM "Contribution" c
      JOIN "Project" pr ON pr.id = c."projectId" AND pr."publicationStatus" = 'PUBLISHED'
      WHERE c."publicationStatus" = 'PUBLISHED' AND ${summable} AND EXISTS (
        SELECT 1 FROM "ProjectTerritory" pt JOIN "Territory" d ON d.id = pt."territoryId"
        WHERE pt."projectId" = pr.id AND (d.path = t.path OR d.path LIKE t.path || '/%'))
    ) AS DISTINCT_C ON true
    WHERE t.level = 1
    GROUP BY t.code`
  return new Map(rows.map((r) => [r.code, r.kgs ?? 0n]))
}

/** The most recently changed published case studies. */
export async function listLatestCaseStudies(take = 6) {
  return prisma.caseStudy.findMany({
    where: { publicationStatus: 'PUBLISHED', partnership: { publicationStatus: 'PUBLISHED' } },
    orderBy: [{ updatedAt: 'desc' }, { slug: 'asc' }],
    take,
    select: {
      slug: true,
      title: true,
      sourceLocale: true,
      partnership: {
        select: {
          themes: true,
          territories: { where: { isPrimary: true }, select: { territory: { select: { name: true } } } },
        },
      },
    },
  })
}
