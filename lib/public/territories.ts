import 'server-only'
import { cache } from 'react'
import { prisma } from '@/lib/db'
import { listPublicMemorandaPage, memorandaInSubtree } from './memoranda'
import { Prisma } from '@/lib/generated/prisma/client'
import type { TerritoryKind } from '@/lib/generated/prisma/enums'
import { allLocales } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { grantSelect, toPublicGrant } from './dto'
import {
  listedPartnershipSelect,
  listedProjectSelect,
  listedRecordSelect,
  toListedPartnership,
  toListedProject,
  toListedRecord,
} from './lists'
import { publicProjectSql } from './sql'
import {
  grantPlacedWhere,
  publicCaseStudyWhere,
  publicGrantWhere,
  publicPartnershipWhere,
  publicProgrammeWhere,
  publicProjectWhere,
} from './where'

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

type ListRow = {
  code: string
  level: number
  kind: TerritoryKind
  name: unknown
  path: string
  parent: { code: string } | null
}

function toListItem(t: ListRow): TerritoryListItem {
  return {
    code: t.code,
    level: t.level,
    kind: t.kind,
    names: allLocales(t.name),
    parentCode: t.parent?.code ?? null,
    path: t.path,
  }
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
    ${subtreeInvolvement(path)}
    SELECT
      ${organizationsCount} AS organizations,
      (SELECT count(*) FROM partnerships) AS partnerships,
      (SELECT count(DISTINCT pr.id) FROM "Project" pr JOIN "ProjectTerritory" pt ON pt."projectId" = pr.id
         WHERE pt."territoryId" IN (SELECT id FROM sub) AND ${publicProjectSql('pr')}) AS projects,
      (SELECT count(*) FROM "CaseStudy" cs
         WHERE cs."publicationStatus" = 'PUBLISHED' AND cs."partnershipId" IN (SELECT id FROM partnerships)) AS "caseStudies",
      -- As listed (lib/public/memoranda.ts, memorandaInSubtree): of a partnership placed here, or with a party based here.
      (SELECT count(*) FROM "Agreement" a LEFT JOIN "Partnership" ap ON ap.id = a."partnershipId"
         WHERE a."publicationStatus" = 'PUBLISHED' AND (ap.id IS NULL OR ap."publicationStatus" = 'PUBLISHED')
           AND (a."partnershipId" IN (SELECT id FROM partnerships)
             OR EXISTS (SELECT 1 FROM "AgreementParty" x JOIN "Organization" o ON o.id = x."organizationId"
                        WHERE x."agreementId" = a.id AND o."homeTerritoryId" IN (SELECT id FROM sub)))) AS memoranda
  `
  return {
    organizations: Number(row.organizations),
    partnerships: Number(row.partnerships),
    projects: Number(row.projects),
    caseStudies: Number(row.caseStudies),
    memoranda: Number(row.memoranda),
  }
}

/**
 * The organizations of countPublishedInSubtree alone. The place page takes its other counts from the
 * totals of its lists (getSubtreeRecords), which count the same records: asking twice cost each cold
 * render of an oblast at 10× about 100 ms of database time.
 */
export async function countOrganizationsInSubtree(path: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ organizations: bigint }[]>`
    ${subtreeInvolvement(path)}
    SELECT ${organizationsCount} AS organizations`
  return Number(row.organizations)
}

/** `sub` (the territories at or below `path`), its published `partnerships`, and the organizations `involved` in them. */
function subtreeInvolvement(path: string) {
  return Prisma.sql`
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
          AND ${publicProjectSql('pr')}
      UNION
      SELECT gm."organizationId" FROM "ContributionGroupMember" gm JOIN "Contribution" c ON c.id = gm."contributionId"
        JOIN "Project" pr ON pr.id = c."projectId"
        WHERE pr."partnershipId" IN (SELECT id FROM partnerships) AND c."publicationStatus" = 'PUBLISHED'
          AND ${publicProjectSql('pr')}
      UNION
      SELECT ap."organizationId" FROM "AgreementParty" ap JOIN "Agreement" a ON a.id = ap."agreementId"
        WHERE a."partnershipId" IN (SELECT id FROM partnerships) AND a."publicationStatus" = 'PUBLISHED'
    )`
}

/** Published organizations based in, governing or involved in the subtree (inside subtreeInvolvement's WITH). */
const organizationsCount = Prisma.sql`(SELECT count(*) FROM "Organization" o WHERE o."publicationStatus" = 'PUBLISHED' AND (
  o."homeTerritoryId" IN (SELECT id FROM sub) OR o."governsTerritoryId" IN (SELECT id FROM sub)
  OR o.id IN (SELECT id FROM involved)))`

export type TerritoryWithCounts = TerritoryListItem & { caseStudies: number; partnerships: number; projects: number }

/**
 * Territories (the nine level-1 units, or the children of one) with the published records in each subtree.
 * One query per kind of record, grouped by the listed territory: partnerships (with their case studies)
 * and projects are counted apart, never joined to each other (that join multiplies the rows of a busy
 * place: partnerships × projects). Memoised per request: the page and its map ask for the same list.
 */
export async function listTerritoriesWithCounts(
  of: { level: 1 } | { parentId: string },
): Promise<TerritoryWithCounts[]> {
  return territoriesWithCounts('level' in of ? null : of.parentId)
}

const territoriesWithCounts = cache(async (parentId: string | null): Promise<TerritoryWithCounts[]> => {
  // Each placement counts in the listed territory whose subtree holds it: the one whose path is the
  // first segments of the placement's own path (one segment for the nine, the parent's and one more for
  // its children). Grouping by that prefix hashes every placement once; joining each listed territory
  // to its descendants instead made the planner expect a few rows and look up ~110,000 projects one by
  // one (2.9 s for the nine on the 10× data, against 0.3–0.6 s; docs/BENCHMARKS.md).
  const scope =
    parentId === null
      ? { listed: Prisma.sql`split_part(dt.path, '/', 1)`, within: Prisma.sql`TRUE` }
      : {
          listed: Prisma.sql`array_to_string((string_to_array(dt.path, '/'))[1:(
            SELECT cardinality(string_to_array(path, '/')) + 1 FROM "Territory" WHERE id = ${parentId})], '/')`,
          within: Prisma.sql`dt.path LIKE (SELECT path FROM "Territory" WHERE id = ${parentId}) || '/%'`,
        }
  const [territories, counts] = await Promise.all([
    prisma.territory.findMany({
      where: parentId === null ? { level: 1 } : { parentId },
      select: listSelect,
      orderBy: { code: 'asc' },
    }),
    prisma.$queryRaw<{ path: string; caseStudies: bigint; partnerships: bigint; projects: bigint }[]>`
      WITH ps AS (
        SELECT ${scope.listed} AS path, count(DISTINCT p.id) AS partnerships, count(DISTINCT cs.id) AS "caseStudies"
        FROM "PartnershipTerritory" pt JOIN "Territory" dt ON dt.id = pt."territoryId"
        JOIN "Partnership" p ON p.id = pt."partnershipId" AND p."publicationStatus" = 'PUBLISHED'
        LEFT JOIN "CaseStudy" cs ON cs."partnershipId" = p.id AND cs."publicationStatus" = 'PUBLISHED'
        WHERE ${scope.within}
        GROUP BY 1
      ), pr AS (
        SELECT placed.path, count(*) AS projects
        FROM (
          SELECT DISTINCT ${scope.listed} AS path, prt."projectId"
          FROM "ProjectTerritory" prt JOIN "Territory" dt ON dt.id = prt."territoryId"
          JOIN "Project" pr ON pr.id = prt."projectId" AND ${publicProjectSql('pr')}
          WHERE ${scope.within}
        ) placed
        GROUP BY 1
      )
      SELECT coalesce(ps.path, pr.path) AS path, coalesce(ps."caseStudies", 0) AS "caseStudies",
        coalesce(ps.partnerships, 0) AS partnerships, coalesce(pr.projects, 0) AS projects
      FROM ps FULL JOIN pr ON pr.path = ps.path
    `,
  ])
  const byPath = new Map(counts.map((c) => [c.path, c]))
  return territories.map((t) => {
    const c = byPath.get(t.path)
    return {
      ...toListItem(t),
      caseStudies: Number(c?.caseStudies ?? 0),
      partnerships: Number(c?.partnerships ?? 0),
      projects: Number(c?.projects ?? 0),
    }
  })
})

export type TerritoryPage = TerritoryListItem & {
  id: string
  parentId: string | null
  center: string | null
  /** From the top (oblast) down to the parent. */
  ancestors: (TerritoryListItem & { id: string })[]
  validTo: Date | null
}

/** A territory by its URL path ("kg-t/talas/kok-oy") with its ancestors for the breadcrumb; null if unknown. */
export const getTerritoryByPath = cache(async (path: string): Promise<TerritoryPage | null> => {
  const t = await prisma.territory.findUnique({
    where: { path },
    select: { ...listSelect, id: true, parentId: true, center: true, validTo: true },
  })
  if (!t) return null
  const segments = path.split('/')
  const prefixes = segments.slice(0, -1).map((_, i) => segments.slice(0, i + 1).join('/'))
  const ancestors = prefixes.length
    ? await prisma.territory.findMany({
        where: { path: { in: prefixes } },
        select: { ...listSelect, id: true },
        orderBy: { level: 'asc' },
      })
    : []
  return {
    ...toListItem(t),
    id: t.id,
    parentId: t.parentId,
    center: t.center,
    validTo: t.validTo,
    ancestors: ancestors.map((a) => ({ ...toListItem(a), id: a.id })),
  }
})

/** The path of a territory by code (for links from records that know only the code). */
export async function getTerritoryPathByCode(code: string): Promise<string | null> {
  return (await prisma.territory.findUnique({ where: { code }, select: { path: true } }))?.path ?? null
}

type Choice = { code: string; names: TerritoryNames }

/**
 * Options for the cascading place filter, and the deepest valid choice. A rayon that is not in the
 * chosen oblast (or an aiyl okmot not in the chosen rayon) is ignored, not an error.
 */
export async function listTerritoryChoices(oblast?: string, rayon?: string, ao?: string) {
  const pick = (rows: { code: string; name: unknown; id: string }[]) =>
    rows.map((r) => ({ code: r.code, names: allLocales(r.name), id: r.id }))
  const select = { code: true, name: true, id: true } as const
  const oblasts = pick(await prisma.territory.findMany({ where: { level: 1 }, select }))
  const o = oblasts.find((x) => x.code === oblast)
  const rayons = o ? pick(await prisma.territory.findMany({ where: { parentId: o.id }, select })) : []
  const r = rayons.find((x) => x.code === rayon)
  const aiylOkmots = r ? pick(await prisma.territory.findMany({ where: { parentId: r.id }, select })) : []
  const a = aiylOkmots.find((x) => x.code === ao)
  const strip = (list: typeof oblasts): Choice[] => list.map(({ code, names }) => ({ code, names }))
  return {
    oblasts: strip(oblasts),
    rayons: strip(rayons),
    aiylOkmots: strip(aiylOkmots),
    oblast: o?.code ?? null,
    rayon: r?.code ?? null,
    ao: a?.code ?? null,
    selected: a?.code ?? r?.code ?? o?.code ?? null,
  }
}

/** How many records a place page lists at once; the rest are a page away (`?partnerships=2`). */
export const SUBTREE_PAGE_SIZE = 10

export const subtreeLists = ['caseStudies', 'partnerships', 'projects', 'memoranda', 'programmes', 'grants'] as const
export type SubtreeList = (typeof subtreeLists)[number]

/** One page of a list, with how many there are in all. */
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number }

/**
 * Public partnerships, case studies, projects, memoranda, programmes and grants placed in the subtree:
 * one page of each (newest pages never load the whole subtree) and each list's total. One query per
 * list for the page and one for its count.
 */
export async function getSubtreeRecords(
  path: string,
  { confirmedOnly = false, pages = {} }: { confirmedOnly?: boolean; pages?: Partial<Record<SubtreeList, number>> } = {},
) {
  const subtree = { OR: [{ path }, { path: { startsWith: `${path}/` } }] }
  const inSubtree = { territory: subtree }
  const placedPartnership = { AND: [publicPartnershipWhere, { territories: { some: inSubtree } }] }
  const take = SUBTREE_PAGE_SIZE
  const page = (list: SubtreeList) => Math.max(1, Math.floor(pages[list] ?? 1))
  const skip = (list: SubtreeList) => (page(list) - 1) * take
  const paged = <T>(list: SubtreeList, items: T[], total: number): Paged<T> => ({
    items,
    total,
    page: page(list),
    pageSize: take,
  })
  const where = {
    partnerships: placedPartnership,
    caseStudies: { AND: [publicCaseStudyWhere, { partnership: { is: placedPartnership } }] },
    projects: { AND: [publicProjectWhere, { territories: { some: inSubtree } }] },
    programmes: { AND: [publicProgrammeWhere, { territories: { some: inSubtree } }] },
    grants: { AND: [publicGrantWhere, grantPlacedWhere(subtree)] },
  }
  const [
    partnerships,
    nPartnerships,
    caseStudies,
    nCaseStudies,
    projects,
    nProjects,
    memoranda,
    programmes,
    nProgrammes,
    grants,
    nGrants,
  ] = await Promise.all([
    prisma.partnership.findMany({
      where: where.partnerships,
      select: listedPartnershipSelect,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      skip: skip('partnerships'),
      take,
    }),
    prisma.partnership.count({ where: where.partnerships }),
    prisma.caseStudy.findMany({
      where: where.caseStudies,
      select: listedRecordSelect,
      orderBy: { slug: 'asc' },
      skip: skip('caseStudies'),
      take,
    }),
    prisma.caseStudy.count({ where: where.caseStudies }),
    prisma.project.findMany({
      where: where.projects,
      select: listedProjectSelect,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      skip: skip('projects'),
      take,
    }),
    prisma.project.count({ where: where.projects }),
    listPublicMemorandaPage(memorandaInSubtree(path), { confirmedOnly, skip: skip('memoranda'), take }),
    prisma.programme.findMany({
      where: where.programmes,
      select: listedRecordSelect,
      orderBy: { slug: 'asc' },
      skip: skip('programmes'),
      take,
    }),
    prisma.programme.count({ where: where.programmes }),
    prisma.grant.findMany({
      where: where.grants,
      select: grantSelect,
      orderBy: { id: 'asc' },
      skip: skip('grants'),
      take,
    }),
    prisma.grant.count({ where: where.grants }),
  ])
  return {
    partnerships: paged('partnerships', partnerships.map(toListedPartnership), nPartnerships),
    caseStudies: paged('caseStudies', caseStudies.map(toListedRecord), nCaseStudies),
    projects: paged('projects', projects.map(toListedProject), nProjects),
    memoranda: paged('memoranda', memoranda.items, memoranda.total),
    programmes: paged('programmes', programmes.map(toListedRecord), nProgrammes),
    grants: paged('grants', grants.map(toPublicGrant), nGrants),
  }
}
