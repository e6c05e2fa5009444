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

/** One thing a funder gave: a ledger line or a grant outside the ledger. */
export type FundingItem = {
  /** The public organization that gave it; null: a party without a public record. */
  funderId: string | null
  cls: LineClass
  /** Only when counted. */
  money: Money | null
  /** Its som (`kgs`) or dollar (`usd`) figure is an estimated conversion (never the figure of its own currency). */
  estimated: { kgs: boolean; usd: boolean }
  cash: boolean
  /** The year of its value date, else of its grant's or project's start; null when none is known. */
  year: number | null
  projectId: string | null
  /** Where its money counts: an oblast (code of a level-1 territory), several oblasts, or no place. */
  oblast: string | null
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

export type FunderFilters = { from?: number; to?: number; oblast?: string; theme?: Theme }

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
    out.items++
    out.classes[i.cls]++
    if (i.cls !== 'counted' || !i.money) continue
    out.counted++
    if (i.estimated.kgs) out.estimated.kgs++
    if (i.estimated.usd) out.estimated.usd++
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

export function applyFilters(items: readonly FundingItem[], f: FunderFilters): FundingItem[] {
  return items.filter(
    (i) =>
      (f.from === undefined || (i.year !== null && i.year >= f.from)) &&
      (f.to === undefined || (i.year !== null && i.year <= f.to)) &&
      (f.oblast === undefined || (i.placement === 'oblast' && i.oblast === f.oblast)) &&
      (f.theme === undefined || i.themes.includes(f.theme)),
  )
}

type ItemRow = {
  funderId: string | null
  cls: LineClass | 'grant'
  kgs: bigint | null
  usd: bigint | null
  estimated: boolean
  ownCurrency: string | null
  amountMinor: bigint | null
  currency: string | null
  valueDate: Date | null
  cash: boolean
  year: number | null
  projectId: string | null
  oblast: string | null
  placeCount: number | null
  themes: string[] | null
}

/** Where a project's money counts, as columns: the oblast of its attributed territory and its place count. */
const placement = Prisma.sql`
  LEFT JOIN "Partnership" ps ON ps.id = p."partnershipId"
  LEFT JOIN "Programme" pg ON pg.id = p."programmeId"
  LEFT JOIN "Territory" at ON at.id = p."attributedTerritoryId"
  LEFT JOIN "Territory" ob ON ob.path = split_part(at.path, '/', 1)`

/** Every public funding item, of one funder or of all. Once per request. */
export const loadFundingItems = cache(async (funderId: string | null): Promise<FundingItem[]> => {
  const lineFunder = funderId ? Prisma.sql`AND c."partyOrganizationId" = ${funderId}` : Prisma.empty
  const grantFunder = funderId ? Prisma.sql`AND g."funderId" = ${funderId}` : Prisma.empty
  const counted = Prisma.sql`${lineClassSql('c')} = 'counted'`
  const [rows, rates, usdRates] = await Promise.all([
    prisma.$queryRaw<ItemRow[]>`
      SELECT CASE WHEN c."partyForm" = 'ORGANIZATION' AND o."publicationStatus" = 'PUBLISHED' THEN o.id END AS "funderId",
        ${lineClassSql('c')} AS cls,
        CASE WHEN ${counted} THEN c."amountKgsMinor" END AS kgs,
        CASE WHEN ${counted} THEN coalesce(c."amountUsdMinor", 0) END AS usd,
        (${counted} AND c."fxEstimated") AS estimated, CASE WHEN ${counted} THEN c.currency END AS "ownCurrency",
        NULL::bigint AS "amountMinor", NULL::text AS currency, NULL::date AS "valueDate",
        (c.kind = 'CASH') AS cash,
        -- a withheld line's value date is masked with its amount: its year is its project's
        extract(year FROM coalesce(CASE WHEN NOT c."amountWithheld" THEN c."valueDate" END, p."startDate"))::int AS year,
        p.id AS "projectId", ob.code AS oblast, p."placeCount", coalesce(ps.themes, pg.themes) AS themes
      FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
      LEFT JOIN "Organization" o ON o.id = c."partyOrganizationId"
      ${placement}
      WHERE ${publicContributionSql('c', 'p')} AND c.nature = 'COST_SHARE'
        AND (c."partyType" IN ('DONOR', 'INTERNATIONAL') OR c."grantId" IS NOT NULL) ${lineFunder}
      UNION ALL
      SELECT CASE WHEN o."publicationStatus" = 'PUBLISHED' THEN o.id END,
        CASE WHEN g."amountMinor" IS NULL THEN 'noAmount' WHEN g."amountWithheld" THEN 'withheld' ELSE 'grant' END,
        NULL, NULL, false, NULL,
        CASE WHEN NOT g."amountWithheld" THEN g."amountMinor" END,
        CASE WHEN NOT g."amountWithheld" THEN g.currency END,
        CASE WHEN NOT g."amountWithheld" THEN g."valueDate" END,
        true,
        extract(year FROM coalesce(CASE WHEN NOT g."amountWithheld" THEN g."valueDate" END, g."startDate", p."startDate"))::int,
        p.id, ob.code, p."placeCount", coalesce(ps.themes, pg.themes, gg.themes)
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
  return rows.map((r) => {
    let cls: LineClass = r.cls === 'grant' ? 'unconverted' : r.cls
    let money: Money | null = r.kgs !== null ? { kgsMinor: r.kgs, usdMinor: r.usd ?? 0n } : null
    let estimated = r.estimated
    let own = r.ownCurrency
    if (r.cls === 'grant' && r.amountMinor !== null && r.currency) {
      // A grant outside the ledger: converted as a ledger line would be, at the rates of its value
      // date (else of the 1st of January of its year, marked estimated).
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
        estimated = c.fxEstimated
        own = r.currency
      }
    }
    return {
      funderId: r.funderId,
      cls,
      money: cls === 'counted' ? money : null,
      // A som amount is not an estimate in som, nor a dollar amount in dollars.
      estimated: { kgs: estimated && own !== 'KGS', usd: estimated && own !== 'USD' },
      cash: r.cash,
      year: r.year,
      projectId: r.projectId,
      oblast: r.oblast,
      placement: r.oblast ? 'oblast' : (r.placeCount ?? 0) > 1 ? 'severalOblasts' : 'none',
      themes: (r.themes ?? []).filter(isTheme),
    }
  })
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
    projectCount: new Set(items.flatMap((i) => i.projectId ?? [])).size,
    oblastCount: new Set(items.flatMap((i) => (i.placement === 'oblast' && i.oblast ? [i.oblast] : []))).size,
    themes: [...new Set(items.flatMap((i) => i.themes))],
  }
}

/** All funders with their totals, and the totals by year, oblast and theme, within the filters. */
export async function getFundersOverview(filters: FunderFilters): Promise<FundersOverview> {
  const [all, oblasts] = await Promise.all([loadFundingItems(null), listOblasts()])
  const items = applyFilters(all, filters)
  const byFunder = groupBy(items, (i) => i.funderId)
  const unfiltered = filters.from === undefined && filters.to === undefined && !filters.oblast && !filters.theme
  // Donors of programmes without an item of their own are funders too; they show only unfiltered.
  const programmeDonors = unfiltered
    ? await prisma.programmeParty.findMany({
        where: { role: 'DONOR', programme: publicProgrammeWhere, organization: publicOrganizationWhere },
        select: { organizationId: true },
      })
    : []
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
    yearUnknownExcluded:
      filters.from !== undefined || filters.to !== undefined ? all.filter((i) => i.year === null).length : 0,
    years: years.length ? { first: Math.min(...years), last: Math.max(...years) } : null,
  }
}

export type PublicFunder = FunderSummary & {
  breakdown: FundingBreakdown
  /** Its items in projects against what local governments and communities put into the same projects. */
  inProjects: FundingFigure
  local: MoneyFigures
  programmes: ListedRecord[]
  projects: ListedProject[]
  grants: PublicGrant[]
  /** Places of the projects it funds, with how many of those projects each oblast has (lists, not money). */
  places: Place[]
  projectsByOblast: { code: string; name: Text; projects: number }[]
}

/** A public organization as a funder; null when it is not public or funds nothing public. Once per request. */
export const getPublicFunder = cache(async (slug: string): Promise<PublicFunder | null> => {
  if (slug.length > 200) return null
  const o = await prisma.organization.findFirst({
    where: { AND: [{ slug }, publicOrganizationWhere] },
    select: { id: true, slug: true, name: true, kind: true },
  })
  if (!o) return null
  const [items, oblasts, programmes] = await Promise.all([
    loadFundingItems(o.id),
    listOblasts(),
    prisma.programme.findMany({
      where: {
        AND: [
          publicProgrammeWhere,
          {
            OR: [
              { parties: { some: { organizationId: o.id, role: 'DONOR' } } },
              { grants: { some: { AND: [publicGrantWhere, { funderId: o.id }] } } },
            ],
          },
        ],
      },
      select: listedRecordSelect,
      orderBy: { slug: 'asc' },
    }),
  ])
  const mine = items.filter((i) => i.funderId === o.id)
  if (!mine.length && !programmes.length) return null
  const projectIds = [...new Set(mine.flatMap((i) => i.projectId ?? []))]
  const [local, projects, grants, territories] = await Promise.all([
    getMoneyFigures({ kind: 'projects', ids: projectIds, partyTypes: ['LSG', 'COMMUNITY'] }),
    prisma.project.findMany({
      where: { AND: [publicProjectWhere, { id: { in: projectIds } }] },
      select: listedProjectSelect,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),
    prisma.grant.findMany({
      where: { AND: [publicGrantWhere, { funderId: o.id }] },
      select: grantSelect,
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),
    prisma.projectTerritory.findMany({
      where: { projectId: { in: projectIds } },
      select: { projectId: true, territory: placeSelect },
    }),
  ])
  const places = [...new Map(territories.map((t) => [t.territory.code, place(t.territory)])).values()].sort((a, b) =>
    a.path.localeCompare(b.path),
  )
  const projectsIn = new Map<string, Set<string>>()
  for (const t of territories) {
    const code = oblasts.find((ob) => t.territory.path === ob.path || t.territory.path.startsWith(`${ob.path}/`))?.code
    if (code) projectsIn.set(code, (projectsIn.get(code) ?? new Set()).add(t.projectId))
  }
  return {
    slug: o.slug,
    name: requiredText(o.name),
    kind: o.kind,
    ...summarize(mine),
    breakdown: breakdown(mine, oblasts),
    inProjects: fundingFigure(mine.filter((i) => i.projectId !== null)),
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
})

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
