import 'server-only'
// Who funds what, where, since when (issue 13): the public figures of funders. A funder is a public
// organization that gives money or goods to projects: the party of a donor line in a project's ledger
// (party type DONOR, or INTERNATIONAL: UNDP's lines carry the type of its kind of organization),
// the funder of a grant, or a donor of a programme. What it gives is a list of funding items:
// - every public cost-share line of a donor or international party, and every public line that records a grant;
// - every public grant that no public ledger line records (a grant "counted in the cost-share" is its
//   line, so it is never counted twice).
// Each item is classed by the one rule of ./totals.ts (a grant outside the ledger is converted at the
// stored rates of its value date, lib/money/convert.ts) and only counted items add up. An item counts
// in one oblast at most — the oblast of the territory its project's money counts in (ADR 008) — so the
// oblasts add up to the total with the items of projects in several oblasts and of no place beside
// them. Withheld amounts are never read out of the database: not their amount, not their value date.
// Lines of parties without a public record (named only, a group, an organization not yet public) are
// in the totals of "who funds what" as "other funders", never named.
import { cache } from 'react'
import { prisma } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { OrganizationKind } from '@/lib/generated/prisma/enums'
import { convert, type Rate, type UsdRate } from '@/lib/money/convert'
import { isTheme, type Theme } from '@/lib/themes'
import {
  grantSelect,
  place,
  placeSelect,
  requiredText,
  toPublicGrant,
  type Place,
  type PublicGrant,
  type Text,
} from './dto'
import { listedProjectSelect, listedRecordSelect, toListedProject, toListedRecord } from './lists'
import type { ListedProject, ListedRecord } from './lists'
import { getMoneyFigures, type MoneyFigures } from './money'
import { publicContributionSql, publicGrantSql } from './sql'
import { lineClasses, lineClassSql, type LineClass, type Money } from './totals'
import { publicGrantWhere, publicOrganizationWhere, publicProgrammeWhere, publicProjectWhere } from './where'

/**
 * What a funder gave, grouped in the database: the ledger lines (or one grant outside the ledger) that
 * share a funder, a class and every dimension the view filters and breaks down by. Its figures are sums
 * and counts over those items, so a filter or a breakdown never needs the lines one by one.
 */
export type FundingItem = {
  /** The public organization that gave it; null: a party without a public record. */
  funderId: string | null
  cls: LineClass
  /** How many lines or grants the group holds (all of class `cls`). */
  count: number
  /** Their sum; only when counted. */
  money: Money | null
  /** How many of them have an estimated som (`kgs`) or dollar (`usd`) figure (never in their own currency). */
  estimated: { kgs: number; usd: number }
  cash: boolean
  /** The year of its value date, else of its grant's or project's start; null when none is known. */
  year: number | null
  /** The public projects its items belong to (a grant outside any project has none). */
  projectIds: string[]
  /** Where its money counts: an oblast (code of a level-1 territory), several oblasts, or no place. */
  oblast: string | null
  /** The rayon (level 2) its money counts in, when it counts in one; null when only an oblast or no place. */
  rayon: string | null
  placement: 'oblast' | 'severalOblasts' | 'none'
  themes: Theme[]
}

/** A sum with what it rests on: `amount` is null when no item adds up (unknown, not zero). */
export type FundingFigure = {
  amount: Money | null
  items: number
  counted: number
  /** Counted items whose som (`kgs`) or dollar (`usd`) figure is an estimated conversion. */
  estimated: { kgs: number; usd: number }
  classes: Record<LineClass, number>
}

export type FunderFilters = { from?: number; to?: number; oblast?: string; rayon?: string; theme?: Theme }

export type FundingBreakdown = {
  total: FundingFigure
  byYear: { year: number; figure: FundingFigure }[]
  yearUnknown: FundingFigure
  byOblast: { code: string; name: Text; figure: FundingFigure }[]
  severalOblasts: FundingFigure
  unplaced: FundingFigure
  /** An item of a project with several themes is under each: themes do not add up to the total. */
  byTheme: { theme: Theme; figure: FundingFigure }[]
  noTheme: FundingFigure
}

const zeroClasses = () => Object.fromEntries(lineClasses.map((k) => [k, 0])) as Record<LineClass, number>

export function fundingFigure(items: readonly FundingItem[]): FundingFigure {
  const out: FundingFigure = {
    amount: null,
    items: 0,
    counted: 0,
    estimated: { kgs: 0, usd: 0 },
    classes: zeroClasses(),
  }
  for (const i of items) {
    out.items += i.count
    out.classes[i.cls] += i.count
    if (i.cls !== 'counted' || !i.money) continue
    out.counted += i.count
    out.estimated.kgs += i.estimated.kgs
    out.estimated.usd += i.estimated.usd
    out.amount = out.amount
      ? { kgsMinor: out.amount.kgsMinor + i.money.kgsMinor, usdMinor: out.amount.usdMinor + i.money.usdMinor }
      : i.money
  }
  return out
}

function groupBy<K>(items: readonly FundingItem[], key: (i: FundingItem) => K | K[] | null) {
  const out = new Map<K, FundingItem[]>()
  for (const i of items) {
    const k = key(i)
    for (const one of k === null ? [] : Array.isArray(k) ? k : [k]) out.set(one, [...(out.get(one) ?? []), i])
  }
  return out
}

const byAmount = (a: FundingFigure, b: FundingFigure) =>
  Number((b.amount?.kgsMinor ?? -1n) - (a.amount?.kgsMinor ?? -1n)) || b.items - a.items

export function breakdown(items: readonly FundingItem[], oblasts: readonly Place[]): FundingBreakdown {
  const names = new Map(oblasts.map((o) => [o.code, o.name]))
  return {
    total: fundingFigure(items),
    byYear: [...groupBy(items, (i) => i.year)]
      .map(([year, xs]) => ({ year, figure: fundingFigure(xs) }))
      .sort((a, b) => a.year - b.year),
    yearUnknown: fundingFigure(items.filter((i) => i.year === null)),
    byOblast: [...groupBy(items, (i) => (i.placement === 'oblast' ? i.oblast : null))]
      .map(([code, xs]) => ({ code, name: names.get(code) ?? { en: code }, figure: fundingFigure(xs) }))
      .sort((a, b) => byAmount(a.figure, b.figure)),
    severalOblasts: fundingFigure(items.filter((i) => i.placement === 'severalOblasts')),
    unplaced: fundingFigure(items.filter((i) => i.placement === 'none')),
    byTheme: [...groupBy(items, (i) => i.themes)]
      .map(([theme, xs]) => ({ theme, figure: fundingFigure(xs) }))
      .sort((a, b) => byAmount(a.figure, b.figure)),
    noTheme: fundingFigure(items.filter((i) => !i.themes.length)),
  }
}

/**
 * The items within the filters. A year range needs a known year; a place needs the money to count in
 * it (an item of a project in two rayons of an oblast counts in the oblast, not in either rayon).
 */
export function applyFilters(items: readonly FundingItem[], f: FunderFilters): FundingItem[] {
  return items.filter(
    (i) =>
      (f.from === undefined || (i.year !== null && i.year >= f.from)) &&
      (f.to === undefined || (i.year !== null && i.year <= f.to)) &&
      (f.oblast === undefined || (i.placement === 'oblast' && i.oblast === f.oblast)) &&
      (f.rayon === undefined || i.rayon === f.rayon) &&
      (f.theme === undefined || i.themes.includes(f.theme)),
  )
}

export const hasFilters = (f: FunderFilters) =>
  f.from !== undefined || f.to !== undefined || !!f.oblast || !!f.rayon || !!f.theme

type GroupRow = {
  funderId: string | null
  cls: LineClass
  n: bigint
  kgs: bigint | null
  usd: bigint | null
  estimatedKgs: bigint
  estimatedUsd: bigint
  cash: boolean
  year: number | null
  projectIds: string[] | null
  oblast: string | null
  rayon: string | null
  several: boolean
  themes: string[] | null
}

type GrantRow = {
  funderId: string | null
  cls: 'noAmount' | 'withheld' | 'grant'
  amountMinor: bigint | null
  currency: string | null
  valueDate: Date | null
  year: number | null
  projectId: string | null
  oblast: string | null
  rayon: string | null
  several: boolean
  themes: string[] | null
}

/**
 * Where a project's money counts, as columns: the oblast and the rayon of its attributed territory
 * (ADR 008), whether it lies in several oblasts, and its themes.
 */
const placement = Prisma.sql`
  LEFT JOIN "Partnership" ps ON ps.id = p."partnershipId"
  LEFT JOIN "Programme" pg ON pg.id = p."programmeId"
  LEFT JOIN "Territory" at ON at.id = p."attributedTerritoryId"
  LEFT JOIN "Territory" ob ON ob.path = split_part(at.path, '/', 1)
  LEFT JOIN "Territory" rb ON at.level >= 2 AND rb.path = split_part(at.path, '/', 1) || '/' || split_part(at.path, '/', 2)`

/** Every public funding item, of one funder or of all, grouped in the database. Once per request. */
export const loadFundingItems = cache(async (funderId: string | null): Promise<FundingItem[]> => {
  const lineFunder = funderId ? Prisma.sql`AND c."partyOrganizationId" = ${funderId}` : Prisma.empty
  const grantFunder = funderId ? Prisma.sql`AND g."funderId" = ${funderId}` : Prisma.empty
  const counted = Prisma.sql`${lineClassSql('c')} = 'counted'`
  const [groups, grants, rates, usdRates] = await Promise.all([
    // Only lines that add up are summed at all: nothing is derived from a withheld amount.
    prisma.$queryRaw<GroupRow[]>`
      SELECT CASE WHEN c."partyForm" = 'ORGANIZATION' AND o."publicationStatus" = 'PUBLISHED' THEN o.id END AS "funderId",
        ${lineClassSql('c')} AS cls, count(*) AS n,
        sum(CASE WHEN ${counted} THEN c."amountKgsMinor" END)::bigint AS kgs,
        sum(CASE WHEN ${counted} THEN coalesce(c."amountUsdMinor", 0) END)::bigint AS usd,
        count(*) FILTER (WHERE ${counted} AND c."fxEstimated" AND c.currency <> 'KGS') AS "estimatedKgs",
        count(*) FILTER (WHERE ${counted} AND c."fxEstimated" AND c.currency <> 'USD') AS "estimatedUsd",
        (c.kind = 'CASH') AS cash,
        -- a withheld line's value date is masked with its amount: its year is its project's
        extract(year FROM coalesce(CASE WHEN NOT c."amountWithheld" THEN c."valueDate" END, p."startDate"))::int AS year,
        array_agg(DISTINCT p.id) AS "projectIds", ob.code AS oblast, rb.code AS rayon,
        (ob.code IS NULL AND coalesce(p."placeCount", 0) > 1) AS several, coalesce(ps.themes, pg.themes) AS themes
      FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
      LEFT JOIN "Organization" o ON o.id = c."partyOrganizationId"
      ${placement}
      WHERE ${publicContributionSql('c', 'p')} AND c.nature = 'COST_SHARE'
        AND (c."partyType" IN ('DONOR', 'INTERNATIONAL') OR c."grantId" IS NOT NULL) ${lineFunder}
      GROUP BY 1, 2, 8, 9, 11, 12, 13, 14`,
    // Grants outside the ledger are few; each is converted on reading, as a ledger line would be.
    prisma.$queryRaw<GrantRow[]>`
      SELECT CASE WHEN o."publicationStatus" = 'PUBLISHED' THEN o.id END AS "funderId",
        CASE WHEN g."amountMinor" IS NULL THEN 'noAmount' WHEN g."amountWithheld" THEN 'withheld' ELSE 'grant' END AS cls,
        CASE WHEN NOT g."amountWithheld" THEN g."amountMinor" END AS "amountMinor",
        CASE WHEN NOT g."amountWithheld" THEN g.currency END AS currency,
        CASE WHEN NOT g."amountWithheld" THEN g."valueDate" END AS "valueDate",
        extract(year FROM coalesce(CASE WHEN NOT g."amountWithheld" THEN g."valueDate" END, g."startDate", p."startDate"))::int AS year,
        p.id AS "projectId", ob.code AS oblast, rb.code AS rayon,
        (ob.code IS NULL AND coalesce(p."placeCount", 0) > 1) AS several, coalesce(ps.themes, pg.themes, gg.themes) AS themes
      FROM "Grant" g JOIN "Organization" o ON o.id = g."funderId"
      LEFT JOIN "Project" p ON p.id = g."projectId"
      LEFT JOIN "Programme" gg ON gg.id = g."programmeId"
      ${placement}
      WHERE ${publicGrantSql('g')} ${grantFunder}
        AND NOT EXISTS (SELECT 1 FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
          WHERE c."grantId" = g.id AND ${publicContributionSql('c', 'p')})`,
    prisma.exchangeRate.findMany(),
    prisma.usdExchangeRate.findMany(),
  ])
  const rateList: Rate[] = rates.map((r) => ({ ...r, rateToKgs: r.rateToKgs.toFixed() }))
  const usdList: UsdRate[] = usdRates.map((r) => ({ ...r, rateToUsd: r.rateToUsd.toFixed() }))
  const where = (r: { oblast: string | null; rayon: string | null; several: boolean; themes: string[] | null }) => ({
    oblast: r.oblast,
    rayon: r.rayon,
    placement: r.oblast ? ('oblast' as const) : r.several ? ('severalOblasts' as const) : ('none' as const),
    themes: (r.themes ?? []).filter(isTheme),
  })
  const fromLedger = groups.map((r): FundingItem => ({
    funderId: r.funderId,
    cls: r.cls,
    count: Number(r.n),
    money: r.cls === 'counted' && r.kgs !== null ? { kgsMinor: r.kgs, usdMinor: r.usd ?? 0n } : null,
    estimated: { kgs: Number(r.estimatedKgs), usd: Number(r.estimatedUsd) },
    cash: r.cash,
    year: r.year,
    projectIds: r.projectIds ?? [],
    ...where(r),
  }))
  const outsideLedger = grants.map((r): FundingItem => {
    let cls: LineClass = r.cls === 'grant' ? 'unconverted' : r.cls
    let money: Money | null = null
    let estimated = { kgs: 0, usd: 0 }
    if (r.cls === 'grant' && r.amountMinor !== null && r.currency) {
      // At the rates of its value date, else of the 1st of January of its year (marked estimated).
      const valueDate = r.valueDate ?? (r.year !== null ? new Date(Date.UTC(r.year, 0, 1)) : null)
      const c = valueDate
        ? convert(
            { amountMinor: r.amountMinor, currency: r.currency, valueDate, valueDateEstimated: !r.valueDate },
            rateList,
            usdList,
          )
        : null
      if (c) {
        cls = 'counted'
        money = { kgsMinor: c.amountKgsMinor, usdMinor: c.amountUsdMinor ?? 0n }
        // A som amount is not an estimate in som, nor a dollar amount in dollars.
        estimated = {
          kgs: Number(c.fxEstimated && r.currency !== 'KGS'),
          usd: Number(c.fxEstimated && r.currency !== 'USD'),
        }
      }
    }
    return {
      funderId: r.funderId,
      cls,
      count: 1,
      money,
      estimated,
      cash: true,
      year: r.year,
      projectIds: r.projectId ? [r.projectId] : [],
      ...where(r),
    }
  })
  return [...fromLedger, ...outsideLedger]
})

/** Level-1 territories (oblasts and the cities of republican significance), for names and the filter. */
export const listOblasts = cache(async (): Promise<Place[]> =>
  (await prisma.territory.findMany({ where: { level: 1 }, ...placeSelect, orderBy: { code: 'asc' } })).map(place),
)

export type FunderSummary = {
  slug: string
  name: Text
  kind: OrganizationKind
  figure: FundingFigure
  firstYear: number | null
  lastYear: number | null
  projectCount: number
  oblastCount: number
  themes: Theme[]
}

export type FundersOverview = {
  filters: FunderFilters
  funders: FunderSummary[]
  /** Items of parties without a public record: in the totals, never named. */
  others: FundingFigure
  breakdown: FundingBreakdown
  /** Items left out by a year filter because their year is not known. */
  yearUnknownExcluded: number
  /** The years any item has, for the filter. */
  years: { first: number; last: number } | null
}

function summarize(items: readonly FundingItem[]) {
  const years = items.flatMap((i) => (i.year === null ? [] : [i.year]))
  return {
    figure: fundingFigure(items),
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
    projectCount: projectIdsOf(items).length,
    oblastCount: new Set(items.flatMap((i) => (i.placement === 'oblast' && i.oblast ? [i.oblast] : []))).size,
    themes: [...new Set(items.flatMap((i) => i.themes))],
  }
}

const projectIdsOf = (items: readonly FundingItem[]) => [...new Set(items.flatMap((i) => i.projectIds))]

/** How many items a year filter leaves out because their year is not known (0 without a year filter). */
const yearUnknownExcluded = (all: readonly FundingItem[], f: FunderFilters) =>
  f.from !== undefined || f.to !== undefined
    ? applyFilters(all, { ...f, from: undefined, to: undefined })
        .filter((i) => i.year === null)
        .reduce((n, i) => n + i.count, 0)
    : 0

/** All funders with their totals, and the totals by year, oblast and theme, within the filters. */
export async function getFundersOverview(filters: FunderFilters): Promise<FundersOverview> {
  const [all, oblasts] = await Promise.all([loadFundingItems(null), listOblasts()])
  const items = applyFilters(all, filters)
  const byFunder = groupBy(items, (i) => i.funderId)
  // Donors of programmes without an item of their own are funders too; they show only unfiltered.
  const programmeDonors = hasFilters(filters)
    ? []
    : await prisma.programmeParty.findMany({
        where: { role: 'DONOR', programme: publicProgrammeWhere, organization: publicOrganizationWhere },
        select: { organizationId: true },
      })
  const ids = [...new Set([...byFunder.keys(), ...programmeDonors.map((p) => p.organizationId)])]
  const orgs = await prisma.organization.findMany({
    where: { AND: [{ id: { in: ids } }, publicOrganizationWhere] },
    select: { id: true, slug: true, name: true, kind: true },
  })
  const funders = orgs
    .map((o) => ({ slug: o.slug, name: requiredText(o.name), kind: o.kind, ...summarize(byFunder.get(o.id) ?? []) }))
    .sort((a, b) => byAmount(a.figure, b.figure) || a.slug.localeCompare(b.slug))
  const years = all.flatMap((i) => (i.year === null ? [] : [i.year]))
  return {
    filters,
    funders,
    others: fundingFigure(items.filter((i) => i.funderId === null)),
    breakdown: breakdown(items, oblasts),
    yearUnknownExcluded: yearUnknownExcluded(all, filters),
    years: years.length ? { first: Math.min(...years), last: Math.max(...years) } : null,
  }
}

export type PublicFunder = FunderSummary & {
  filters: FunderFilters
  /** Items left out by a year filter because their year is not known. */
  yearUnknownExcluded: number
  /** The years of all its items, whatever the filters, for the year fields. */
  years: { first: number; last: number } | null
  breakdown: FundingBreakdown
  /** Its items in projects against what local governments and communities put into the same projects. */
  inProjects: FundingFigure
  local: MoneyFigures
  programmes: ListedRecord[]
  projects: ListedProject[]
  grants: PublicGrant[]
  /** Places of the projects it funds, with how many of those projects each oblast has (lists, not money). */
  places: FunderPlace[]
  projectsByOblast: { code: string; name: Text; projects: number }[]
}

/** A place of a funder's projects, with its parent's name: places that share a name are told apart by it. */
export type FunderPlace = Place & { parent: { name: Text } | null }

const funderPlaceSelect = { select: { ...placeSelect.select, parent: { select: { name: true } } } } as const

/** A public organization that funds something public: its identity, or null (the page is then a 404). */
export const findPublicFunder = cache(async (slug: string) => {
  if (slug.length > 200) return null
  const o = await prisma.organization.findFirst({
    where: { AND: [{ slug }, publicOrganizationWhere] },
    select: { id: true, slug: true, name: true, kind: true },
  })
  if (!o) return null
  const [items, donorOf] = await Promise.all([
    loadFundingItems(o.id),
    prisma.programme.count({ where: { AND: [publicProgrammeWhere, fundedProgrammeWhere(o.id)] } }),
  ])
  if (!donorOf && !items.some((i) => i.funderId === o.id)) return null
  return { id: o.id, slug: o.slug, name: requiredText(o.name), kind: o.kind }
})

const fundedProgrammeWhere = (organizationId: string) => ({
  OR: [
    { parties: { some: { organizationId, role: 'DONOR' as const } } },
    { grants: { some: { AND: [publicGrantWhere, { funderId: organizationId }] } } },
  ],
})

/**
 * A public organization as a funder, within the filters: its money by year, oblast and theme, the
 * local share of the projects it funds there, its programmes, projects, grants and places. Null when
 * it is not public or funds nothing public; filters that match nothing give empty figures, not null.
 */
export async function getPublicFunder(slug: string, filters: FunderFilters = {}): Promise<PublicFunder | null> {
  const o = await findPublicFunder(slug)
  if (!o) return null
  const [all, oblasts] = await Promise.all([loadFundingItems(o.id), listOblasts()])
  const mine = applyFilters(
    all.filter((i) => i.funderId === o.id),
    filters,
  )
  const filtered = hasFilters(filters)
  const projectIds = projectIdsOf(mine)
  // Filtered, a programme is listed when it holds a project funded within the filters.
  const programmeWhere = filtered
    ? {
        OR: [
          { projects: { some: { id: { in: projectIds } } } },
          { grants: { some: { projectId: { in: projectIds } } } },
        ],
      }
    : {}
  const [local, projects, grants, territories, programmes] = await Promise.all([
    getMoneyFigures({ kind: 'projects', ids: projectIds, partyTypes: ['LSG', 'COMMUNITY'] }),
    prisma.project.findMany({
      where: { AND: [publicProjectWhere, { id: { in: projectIds } }] },
      select: listedProjectSelect,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),
    prisma.grant.findMany({
      where: { AND: [publicGrantWhere, { funderId: o.id }, filtered ? { projectId: { in: projectIds } } : {}] },
      select: grantSelect,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),
    prisma.projectTerritory.findMany({
      where: { projectId: { in: projectIds } },
      select: { projectId: true, territory: funderPlaceSelect },
    }),
    prisma.programme.findMany({
      where: { AND: [publicProgrammeWhere, fundedProgrammeWhere(o.id), programmeWhere] },
      select: listedRecordSelect,
      orderBy: { slug: 'asc' },
    }),
  ])
  // One entry per place (by code), however many of its projects are there.
  const places = [
    ...new Map(
      territories.map(({ territory: t }) => [
        t.code,
        { ...place(t), parent: t.parent ? { name: requiredText(t.parent.name) } : null },
      ]),
    ).values(),
  ].sort((a, b) => a.path.localeCompare(b.path))
  const projectsIn = new Map<string, Set<string>>()
  for (const t of territories) {
    const code = oblasts.find((ob) => t.territory.path === ob.path || t.territory.path.startsWith(`${ob.path}/`))?.code
    if (code) projectsIn.set(code, (projectsIn.get(code) ?? new Set()).add(t.projectId))
  }
  const years = all.flatMap((i) => (i.year === null ? [] : [i.year]))
  return {
    slug: o.slug,
    name: o.name,
    kind: o.kind,
    ...summarize(mine),
    filters,
    yearUnknownExcluded: yearUnknownExcluded(all, filters),
    years: years.length ? { first: Math.min(...years), last: Math.max(...years) } : null,
    breakdown: breakdown(mine, oblasts),
    inProjects: fundingFigure(mine.filter((i) => i.projectIds.length > 0)),
    local,
    programmes: programmes.map(toListedRecord),
    projects: projects.map(toListedProject),
    grants: grants.map(toPublicGrant),
    places,
    projectsByOblast: oblasts.flatMap((ob) => {
      const n = projectsIn.get(ob.code)?.size ?? 0
      return n ? [{ code: ob.code, name: ob.name, projects: n }] : []
    }),
  }
}

/** Whether a public organization has a funder's page (organization pages link to it). */
export async function isPublicFunder(organizationId: string): Promise<boolean> {
  const [items, donor] = await Promise.all([
    loadFundingItems(organizationId),
    prisma.programmeParty.count({
      where: { organizationId, role: 'DONOR', programme: publicProgrammeWhere },
    }),
  ])
  return donor > 0 || items.some((i) => i.funderId === organizationId)
}
