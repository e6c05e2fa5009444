import 'server-only'
// Public figures for a territory and everything below it (docs/decisions/008-money-by-place.md).
// Money is counted once at every level: each project's ledger counts in one territory — its only
// place, or the lowest common parent of its places (Project.attributedTerritoryId, kept by a
// trigger) — and a territory's total is what counts in it directly plus its children's totals. A
// project whose places lie in several oblasts counts only in the national total. Projects that touch
// a territory but count above it are listed as "shared", outside its totals. What adds up is the one
// rule of ./totals.ts; unknown is null, never 0.
import { prisma } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { PartyType, ValueQualifier } from '@/lib/generated/prisma/enums'
import { isTheme, type Theme } from '@/lib/themes'
import { requiredText, type Text } from './dto'
import { publicContributionSql, publicOutcomeSql, publicProjectSql } from './sql'
import { fractionOf, lineClasses, lineClassSql, type LineClass, type Money } from './totals'

/** SQL: territories at or below `path`. */
const subtreeIds = (path: string) =>
  Prisma.sql`SELECT id FROM "Territory" WHERE path = ${path} OR path LIKE ${path} || '/%'`

/** Where the lines that count in a territory come from. */
export type Scope =
  /** attributed at or below the territory */
  | { kind: 'subtree'; path: string }
  /** attributed to the territory itself (not to a child) */
  | { kind: 'direct'; path: string }
  /** every public line: the national total, wherever (or whether) its project is placed */
  | { kind: 'national' }
  /** projects whose places lie in more than one oblast */
  | { kind: 'multiOblast' }
  /** the lines of these (public) projects, of these party types only when given: a funder's projects */
  | { kind: 'projects'; ids: readonly string[]; partyTypes?: readonly PartyType[] }

function scopeSql(scope: Scope): Prisma.Sql {
  switch (scope.kind) {
    case 'subtree':
      return Prisma.sql`p."attributedTerritoryId" IN (${subtreeIds(scope.path)})`
    case 'direct':
      return Prisma.sql`p."attributedTerritoryId" = (SELECT id FROM "Territory" WHERE path = ${scope.path})`
    case 'national':
      return Prisma.sql`TRUE`
    case 'multiOblast':
      return Prisma.sql`p."attributedTerritoryId" IS NULL AND p."placeCount" > 1`
    case 'projects':
      if (!scope.ids.length || scope.partyTypes?.length === 0) return Prisma.sql`FALSE`
      return Prisma.sql`p.id IN (${Prisma.join(scope.ids)})${
        scope.partyTypes ? Prisma.sql` AND c."partyType"::text IN (${Prisma.join(scope.partyTypes)})` : Prisma.empty
      }`
  }
}

export type CostShareRow = {
  partyType: PartyType
  /** Null when none of this party type's lines has an amount that adds up. */
  amount: Money | null
  /** Fraction of the total; null when this amount or the total is unknown. */
  share: number | null
  lines: number
  counted: number
  classes: Record<LineClass, number>
}

export type MoneyFigures = {
  /** Party types that have lines in scope, largest amount first. */
  rows: CostShareRow[]
  /** Null when no line adds up: unknown, not zero. */
  total: Money | null
  lines: number
  counted: number
  classes: Record<LineClass, number>
  /**
   * Counted lines whose figure in som (`kgs`) or in dollars (`usd`) is an estimated conversion. A line
   * entered in som is never an estimate in som, nor one entered in dollars in dollars.
   */
  estimated: { kgs: number; usd: number }
  cash: { amount: Money | null; lines: number; counted: number }
  inKind: { amount: Money | null; lines: number; counted: number }
}

const zeroClasses = () => Object.fromEntries(lineClasses.map((k) => [k, 0])) as Record<LineClass, number>

type FigureRow = {
  partyType: PartyType
  cash: boolean
  cls: LineClass
  n: bigint
  kgs: bigint | null
  usd: bigint | null
  estimatedKgs: bigint
  estimatedUsd: bigint
}

/** SQL: the rollup's rows (MoneyRollup `r`) whose lines count in `scope`; null for a scope it does not hold. */
function rollupScopeSql(scope: Scope): Prisma.Sql | null {
  switch (scope.kind) {
    case 'subtree':
      return Prisma.sql`r.bucket IN (${subtreeIds(scope.path)})`
    case 'direct':
      return Prisma.sql`r.bucket = (SELECT id FROM "Territory" WHERE path = ${scope.path})`
    case 'national':
      return Prisma.sql`TRUE`
    case 'multiOblast':
      return Prisma.sql`r.bucket = ':multi'`
    case 'projects':
      return null
  }
}

/**
 * Cost-share by party type, cash against in kind, and how many lines each figure rests on. Places and
 * the nation read the rollup kept by triggers (docs/decisions/023-money-rollup.md): a few hundred rows
 * instead of the ledger; a set of projects (a funder's) reads the ledger.
 */
export async function getMoneyFigures(scope: Scope): Promise<MoneyFigures> {
  const where = rollupScopeSql(scope)
  if (!where) return getMoneyFiguresFromLedger(scope)
  return figuresOf(
    await prisma.$queryRaw<FigureRow[]>`
      SELECT r."partyType", r.cash, r."lineClass" AS cls, sum(r.lines)::bigint AS n,
        sum(r."kgsMinor")::bigint AS kgs, sum(r."usdMinor")::bigint AS usd,
        sum(r."estimatedKgs")::bigint AS "estimatedKgs", sum(r."estimatedUsd")::bigint AS "estimatedUsd"
      FROM "MoneyRollup" r
      WHERE ${where}
      GROUP BY 1, 2, 3`,
  )
}

/**
 * The same figures computed from the ledger line by line: the definition the rollup must equal
 * (tests/integration/money-rollup.test.ts), and the reader of a set of projects.
 */
export async function getMoneyFiguresFromLedger(scope: Scope): Promise<MoneyFigures> {
  return figuresOf(
    await prisma.$queryRaw<FigureRow[]>`
      SELECT c."partyType", (c.kind = 'CASH') AS cash, ${lineClassSql('c')} AS cls, count(*) AS n,
        -- only lines that add up are summed at all: nothing is derived from a withheld amount
        sum(CASE WHEN ${lineClassSql('c')} = 'counted' THEN c."amountKgsMinor" END)::bigint AS kgs,
        sum(CASE WHEN ${lineClassSql('c')} = 'counted' THEN coalesce(c."amountUsdMinor", 0) END)::bigint AS usd,
        count(*) FILTER (WHERE c."fxEstimated" AND c.currency <> 'KGS') AS "estimatedKgs",
        count(*) FILTER (WHERE c."fxEstimated" AND c.currency <> 'USD') AS "estimatedUsd"
      FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
      WHERE ${publicContributionSql('c', 'p')} AND ${scopeSql(scope)}
      GROUP BY 1, 2, 3`,
  )
}

function figuresOf(rows: readonly FigureRow[]): MoneyFigures {
  const out: MoneyFigures = {
    rows: [],
    total: null,
    lines: 0,
    counted: 0,
    classes: zeroClasses(),
    estimated: { kgs: 0, usd: 0 },
    cash: { amount: null, lines: 0, counted: 0 },
    inKind: { amount: null, lines: 0, counted: 0 },
  }
  const byType = new Map<PartyType, CostShareRow>()
  for (const r of rows) {
    const n = Number(r.n)
    const row = byType.get(r.partyType) ?? {
      partyType: r.partyType,
      amount: null,
      share: null,
      lines: 0,
      counted: 0,
      classes: zeroClasses(),
    }
    const form = r.cash ? out.cash : out.inKind
    row.lines += n
    row.classes[r.cls] += n
    form.lines += n
    out.lines += n
    out.classes[r.cls] += n
    if (r.cls === 'counted') {
      const money = { kgsMinor: r.kgs ?? 0n, usdMinor: r.usd ?? 0n }
      row.amount = add(row.amount, money)
      row.counted += n
      form.amount = add(form.amount, money)
      form.counted += n
      out.total = add(out.total, money)
      out.counted += n
      out.estimated.kgs += Number(r.estimatedKgs)
      out.estimated.usd += Number(r.estimatedUsd)
    }
    byType.set(r.partyType, row)
  }
  out.rows = [...byType.values()]
    .map((r) => ({ ...r, share: fractionOf(r.amount, out.total) }))
    .sort((a, b) => Number((b.amount?.kgsMinor ?? -1n) - (a.amount?.kgsMinor ?? -1n)))
  return out
}

function add(a: Money | null, b: Money): Money {
  return a ? { kgsMinor: a.kgsMinor + b.kgsMinor, usdMinor: a.usdMinor + b.usdMinor } : b
}

/** Counted som totals of each level-1 territory (the home map), one query over the rollup; null where unknown. */
export async function getTotalsByRegion(): Promise<Map<string, Money | null>> {
  const rows = await prisma.$queryRaw<{ code: string; kgs: bigint | null; usd: bigint | null }[]>`
    SELECT r.code, sum(m."kgsMinor")::bigint AS kgs, sum(m."usdMinor")::bigint AS usd
    FROM "Territory" r
    LEFT JOIN "Territory" at ON at.path = r.path OR at.path LIKE r.path || '/%'
    LEFT JOIN "MoneyRollup" m ON m.bucket = at.id AND m."lineClass" = 'counted'
    WHERE r.level = 1
    GROUP BY r.code`
  return new Map(rows.map((r) => [r.code, r.kgs === null ? null : { kgsMinor: r.kgs, usdMinor: r.usd ?? 0n }]))
}

export type SharedProject = {
  id: string
  title: Text
  /** How many places the project has in all. */
  places: number
  /** Where its money counts; null: in the national total (places in several oblasts). */
  countedIn: { code: string; path: string; name: Text } | null
  /** Its counted total; null when none of its lines adds up. */
  total: Money | null
}

/**
 * Public projects with a place at or below `path` whose money counts above it (their places reach
 * beyond this territory): shown on the page as shared, outside its totals.
 */
export async function listSharedProjects(path: string): Promise<SharedProject[]> {
  return (await sharedProjects(path, null)).items
}

/** The first `limit` shared projects of listSharedProjects' order, and how many there are. */
export async function listSharedProjectsPage(path: string, limit: number) {
  return sharedProjects(path, limit)
}

async function sharedProjects(path: string, limit: number | null): Promise<{ items: SharedProject[]; total: number }> {
  const rows = await prisma.$queryRaw<
    {
      id: string
      title: unknown
      places: number
      code: string | null
      tpath: string | null
      name: unknown
      kgs: bigint | null
      usd: bigint | null
      total: bigint
    }[]
  >`
    -- The page of projects first (with how many there are), then the sums of only those: summed in the
    -- same SELECT as the window count, every shared project of the subtree had its lines summed.
    -- Driven from the subtree's project places (a few thousand rows for an oblast at 10×), not from every
    -- project in id order checked one by one (292 ms → 37 ms for Talas).
    WITH sub AS (${subtreeIds(path)}),
    placed AS (SELECT DISTINCT pt."projectId" AS id FROM "ProjectTerritory" pt WHERE pt."territoryId" IN (SELECT id FROM sub)),
    shared AS (
      SELECT p.id, p.title, p."placeCount", p."attributedTerritoryId", count(*) OVER () AS total
      FROM placed JOIN "Project" p ON p.id = placed.id
      WHERE ${publicProjectSql('p')}
        AND (p."attributedTerritoryId" IS NULL OR p."attributedTerritoryId" NOT IN (SELECT id FROM sub))
      ORDER BY p.id
      ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}
    )
    SELECT s.id, s.title, s."placeCount" AS places, at.code, at.path AS tpath, at.name, s.total,
      sums.kgs::bigint AS kgs, sums.usd::bigint AS usd
    FROM shared s
    LEFT JOIN "Territory" at ON at.id = s."attributedTerritoryId"
    CROSS JOIN LATERAL (
      SELECT sum(c."amountKgsMinor") AS kgs, sum(coalesce(c."amountUsdMinor", 0)) AS usd FROM "Contribution" c
      WHERE c."projectId" = s.id AND c."publicationStatus" = 'PUBLISHED' AND ${lineClassSql('c')} = 'counted'
    ) sums
    ORDER BY s.id`
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      title: requiredText(r.title),
      places: r.places,
      countedIn: r.code && r.tpath ? { code: r.code, path: r.tpath, name: requiredText(r.name) } : null,
      total: r.kgs === null ? null : { kgsMinor: r.kgs, usdMinor: r.usd ?? 0n },
    })),
  }
}

export type StatedShare = {
  partyType: PartyType
  party: string
  projectId: string
  projectTitle: Text
  shareMin: number
  shareMax: number
}

/**
 * Shares of a project's cost stated without an amount, on public projects with a place in the
 * subtree. Lines with an amount are in the totals already, and a withheld line's share would give its
 * amount away; taxes and conditions are not shares of cost.
 */
export async function listStatedShares(path: string): Promise<StatedShare[]> {
  return (await statedShares(path, null)).items
}

/** The first `limit` stated shares of listStatedShares' order (largest first), and how many there are. */
export async function listStatedSharesPage(path: string, limit: number) {
  return statedShares(path, limit)
}

async function statedShares(path: string, limit: number | null): Promise<{ items: StatedShare[]; total: number }> {
  const rows = await prisma.$queryRaw<
    {
      partyType: PartyType
      party: string
      orgPublic: boolean | null
      projectId: string
      projectTitle: unknown
      shareMin: string
      shareMax: string
      total: bigint
    }[]
  >`
    SELECT count(*) OVER () AS total, c."partyType", c."partyNameAsReported" AS party, (o."publicationStatus" = 'PUBLISHED') AS "orgPublic",
           p.id AS "projectId", p.title AS "projectTitle",
           c."shareMin"::text AS "shareMin", coalesce(c."shareMax", c."shareMin")::text AS "shareMax"
    FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
    LEFT JOIN "Organization" o ON o.id = c."partyOrganizationId"
    WHERE ${publicContributionSql('c', 'p')} AND ${lineClassSql('c')} = 'noAmount'
      AND c."shareMin" IS NOT NULL AND c.nature = 'COST_SHARE' AND NOT c."isPledge" AND NOT c."amountWithheld"
      AND EXISTS (SELECT 1 FROM "ProjectTerritory" pt WHERE pt."projectId" = p.id AND pt."territoryId" IN (${subtreeIds(path)}))
    ORDER BY c."shareMax" DESC, c."partyNameAsReported", c.id
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      partyType: r.partyType,
      // A party whose organization is not public is named by its type only.
      party: r.orgPublic === false ? '' : r.party,
      projectId: r.projectId,
      projectTitle: requiredText(r.projectTitle),
      shareMin: Number(r.shareMin),
      shareMax: Number(r.shareMax),
    })),
  }
}

export type OutcomeFigure = {
  id: string
  theme: Theme
  indicator: Text
  value: number
  qualifier: ValueQualifier
  unit: Text | null
  projectId: string
  projectTitle: Text
}

export type OutcomeTheme = {
  theme: Theme
  /** How many result figures there are under the theme. */
  count: number
  /** The first of them (by project, then position): a sample, not all. */
  figures: OutcomeFigure[]
}

/**
 * Results (actual outcomes) of public projects with a place in the subtree, under each theme of their
 * partnership (an outcome's own theme first): how many figures each theme has, counted in the
 * database, and the first `perTheme` of them. Values are listed with their units, never added across
 * units. Busiest theme first.
 */
export async function getOutcomesByTheme(path: string, perTheme = 3): Promise<OutcomeTheme[]> {
  const rows = await prisma.$queryRaw<
    {
      id: string
      theme: string
      n: bigint
      indicator: unknown
      value: string
      qualifier: ValueQualifier
      unit: unknown
      projectId: string
      projectTitle: unknown
    }[]
  >`
    WITH f AS (
      SELECT o.id, coalesce(o.theme, th.theme) AS theme, o.indicator, o.value, o.qualifier, o.unit, o.position,
             p.id AS "projectId", p.title AS "projectTitle"
      FROM "Outcome" o
      JOIN "Project" p ON p.id = o."projectId"
      LEFT JOIN "Partnership" ps ON ps.id = p."partnershipId"
      LEFT JOIN LATERAL unnest(CASE WHEN o.theme IS NULL THEN ps.themes ELSE ARRAY[o.theme] END) AS th(theme) ON true
      WHERE ${publicOutcomeSql('o', 'p')} AND o.kind = 'ACTUAL'
        AND EXISTS (SELECT 1 FROM "ProjectTerritory" pt WHERE pt."projectId" = p.id AND pt."territoryId" IN (${subtreeIds(path)}))
    ), r AS (
      SELECT f.*, row_number() OVER (PARTITION BY theme ORDER BY "projectId", position, id) AS rn,
             count(*) OVER (PARTITION BY theme) AS n
      FROM f WHERE theme IS NOT NULL
    )
    SELECT id, theme, n, indicator, value::text AS value, qualifier::text AS qualifier, unit, "projectId", "projectTitle"
    FROM r WHERE rn <= ${perTheme}
    ORDER BY n DESC, theme, rn`
  const out = new Map<Theme, OutcomeTheme>()
  for (const r of rows) {
    if (!isTheme(r.theme)) continue
    const group = out.get(r.theme) ?? { theme: r.theme, count: Number(r.n), figures: [] }
    group.figures.push({
      id: r.id,
      theme: r.theme,
      indicator: requiredText(r.indicator),
      value: Number(r.value),
      qualifier: r.qualifier,
      unit: r.unit ? requiredText(r.unit) : null,
      projectId: r.projectId,
      projectTitle: requiredText(r.projectTitle),
    })
    out.set(r.theme, group)
  }
  return [...out.values()]
}

/** How many public projects with a place in the subtree were running in each year. */
export async function getActivityByYear(path: string): Promise<{ year: number; projects: number }[]> {
  const rows = await prisma.$queryRaw<{ year: number; projects: bigint }[]>`
    SELECT y::int AS year, count(DISTINCT p.id) AS projects
    FROM "Project" p,
         generate_series(extract(year FROM p."startDate")::int, extract(year FROM coalesce(p."endDate", p."startDate"))::int) AS y
    WHERE p."startDate" IS NOT NULL AND ${publicProjectSql('p')}
      AND EXISTS (SELECT 1 FROM "ProjectTerritory" pt WHERE pt."projectId" = p.id AND pt."territoryId" IN (${subtreeIds(path)}))
    GROUP BY y ORDER BY y`
  return rows.map((r) => ({ year: r.year, projects: Number(r.projects) }))
}
