import 'server-only'
import { prisma } from '@/lib/db'
import type { TerritoryKind } from '@/lib/generated/prisma/enums'
import { allLocales } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'

export type TerritoryNames = Record<Locale, string | null>

export type TerritoryListItem = {
  code: string
  level: number
  kind: TerritoryKind
  names: TerritoryNames
  parentCode: string | null
  path: string
}

export type TerritoryCounts = {
  organizations: number
  partnerships: number
  projects: number
  caseStudies: number
  memoranda: number
}

export type TerritorySummary = TerritoryListItem & { childCodes: string[]; counts: TerritoryCounts }

const listSelect = {
  code: true,
  level: true,
  kind: true,
  name: true,
  path: true,
  parent: { select: { code: true } },
} as const

type ListRow = { code: string; level: number; kind: TerritoryKind; name: unknown; path: string; parent: { code: string } | null }

function toListItem(t: ListRow): TerritoryListItem {
  return { code: t.code, level: t.level, kind: t.kind, names: allLocales(t.name), parentCode: t.parent?.code ?? null, path: t.path }
}

/** All territories of one level (1 oblast/republican city, 2 rayon/oblast city, 3 aiyl okmot/town), by code. */
export async function listTerritoriesByLevel(level: 1 | 2 | 3): Promise<TerritoryListItem[]> {
  const rows = await prisma.territory.findMany({ where: { level }, select: listSelect, orderBy: { code: 'asc' } })
  return rows.map(toListItem)
}

/** One territory with its children and the published records in its subtree; null for an unknown code. */
export async function getTerritorySummary(code: string): Promise<TerritorySummary | null> {
  const t = await prisma.territory.findUnique({
    where: { code },
    select: { ...listSelect, children: { select: { code: true }, orderBy: { code: 'asc' } } },
  })
  if (!t) return null
  return { ...toListItem(t), childCodes: t.children.map((c) => c.code), counts: await countPublishedInSubtree(t.path) }
}

/**
 * Published records linked to any territory at or below `path`. A partnership is linked through its
 * places; its projects through theirs; case studies and memoranda through their partnership's places;
 * organizations by home territory, the territory they govern, or their part in a linked partnership,
 * its contributions or its agreements.
 */
export async function countPublishedInSubtree(path: string): Promise<TerritoryCounts> {
  const [row] = await prisma.$queryRaw<
    { organizations: bigint; partnerships: bigint; projects: bigint; caseStudies: bigint; memoranda: bigint }[]
  >`
    WITH sub AS (
      SELECT id FROM "Territory" WHERE path = ${path} OR path LIKE ${path} || '/%'
    ), partnerships AS (
      SELECT DISTINCT p.id FROM "Partnership" p
      JOIN "PartnershipTerritory" pt ON pt."partnershipId" = p.id
      WHERE p."publicationStatus" = 'PUBLISHED' AND pt."territoryId" IN (SELECT id FROM sub)
    ), involved AS (
      SELECT pp."organizationId" AS id FROM "PartnershipParty" pp WHERE pp."partnershipId" IN (SELECT id FROM partnerships)
      UNION
      SELECT c."partyOrganizationId" FROM "Contribution" c JOIN "Project" pr ON pr.id = c."projectId"
        WHERE pr."partnershipId" IN (SELECT id FROM partnerships) AND c."publicationStatus" = 'PUBLISHED'
      UNION
      SELECT gm."organizationId" FROM "ContributionGroupMember" gm JOIN "Contribution" c ON c.id = gm."contributionId"
        JOIN "Project" pr ON pr.id = c."projectId"
        WHERE pr."partnershipId" IN (SELECT id FROM partnerships) AND c."publicationStatus" = 'PUBLISHED'
      UNION
      SELECT ap."organizationId" FROM "AgreementParty" ap JOIN "Agreement" a ON a.id = ap."agreementId"
        WHERE a."partnershipId" IN (SELECT id FROM partnerships) AND a."publicationStatus" = 'PUBLISHED'
    )
    SELECT
      (SELECT count(*) FROM "Organization" o WHERE o."publicationStatus" = 'PUBLISHED' AND (
         o."homeTerritoryId" IN (SELECT id FROM sub) OR o."governsTerritoryId" IN (SELECT id FROM sub)
         OR o.id IN (SELECT id FROM involved))) AS organizations,
      (SELECT count(*) FROM partnerships) AS partnerships,
      (SELECT count(DISTINCT pr.id) FROM "Project" pr JOIN "ProjectTerritory" pt ON pt."projectId" = pr.id
         WHERE pr."publicationStatus" = 'PUBLISHED' AND pt."territoryId" IN (SELECT id FROM sub)) AS projects,
      (SELECT count(*) FROM "CaseStudy" cs
         WHERE cs."publicationStatus" = 'PUBLISHED' AND cs."partnershipId" IN (SELECT id FROM partnerships)) AS "caseStudies",
      (SELECT count(*) FROM "Agreement" a
         WHERE a."publicationStatus" = 'PUBLISHED' AND a."partnershipId" IN (SELECT id FROM partnerships)
           AND a.kind IN ('MEMORANDUM_OF_UNDERSTANDING', 'MEMORANDUM_OF_COOPERATION', 'MEMORANDUM_OF_AGREEMENT')) AS memoranda
  `
  return {
    organizations: Number(row.organizations),
    partnerships: Number(row.partnerships),
    projects: Number(row.projects),
    caseStudies: Number(row.caseStudies),
    memoranda: Number(row.memoranda),
  }
}

export type RegionOverview = TerritoryListItem & { caseStudies: number; partnerships: number }

/** The nine level-1 units with their published case studies and partnerships, for the home page. */
export async function listRegionsWithCounts(): Promise<RegionOverview[]> {
  const [regions, counts] = await Promise.all([
    listTerritoriesByLevel(1),
    prisma.$queryRaw<{ code: string; caseStudies: bigint; partnerships: bigint }[]>`
      SELECT t.code,
             count(DISTINCT cs.id) AS "caseStudies",
             count(DISTINCT p.id) AS partnerships
      FROM "Territory" t
      JOIN "Territory" d ON d.path = t.path OR d.path LIKE t.path || '/%'
      JOIN "PartnershipTerritory" pt ON pt."territoryId" = d.id
      JOIN "Partnership" p ON p.id = pt."partnershipId" AND p."publicationStatus" = 'PUBLISHED'
      LEFT JOIN "CaseStudy" cs ON cs."partnershipId" = p.id AND cs."publicationStatus" = 'PUBLISHED'
      WHERE t.level = 1
      GROUP BY t.code
    `,
  ])
  const byCode = new Map(counts.map((c) => [c.code, c]))
  return regions.map((r) => ({
    ...r,
    caseStudies: Number(byCode.get(r.code)?.caseStudies ?? 0),
    partnerships: Number(byCode.get(r.code)?.partnerships ?? 0),
  }))
}
