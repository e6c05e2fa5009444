import 'server-only'
// The public projects as the IATI export (lib/export/iati.ts) needs them: each with its partnership's
// and programme's parties and themes, its places with their parents, its public ledger lines, outcomes
// and grants. Built on the where-fragments and mappers of this folder, so the same rows are public and
// the same figures masked as on the project's page; the only extras are what IATI asks for and the
// pages do not show: the kind of a published organization (for the IATI organisation type), a grant's
// value date and period (the value date masked with a withheld amount), and the parents of a place.
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Locale, OrganizationKind, PartnershipStatus, PartyType } from '@/lib/generated/prisma/enums'
import type { ProgrammeRole } from '@/lib/generated/prisma/enums'
import { contributionSelect, grantSelect, orgRef, outcomeSelect, partialDate, partyRef, place } from './dto'
import { placeSelect, requiredText, text, toPublicContribution, toPublicGrant, toPublicOutcome } from './dto'
import type { OrgRef, PartialDate, PartyRef, Place, PublicContribution, PublicGrant, PublicOutcome, Text } from './dto'
import { listedProjectSelect, toListedProject } from './lists'
import { published, publicGrantWhere, publicOrganizationWhere, publicProgrammeWhere, publicProjectWhere } from './where'

/** Narrows the export; each names a public record or the answer is "unknown". */
export type IatiFilters = { territory?: string; organization?: string; programme?: string }

/** The kind of an organization only when its record is public (an unpublished one is never described). */
type KindOf = { organizationKind: OrganizationKind | null }

export type IatiPlace = Place & { ancestors: Place[] }

export type IatiProject = {
  id: string
  title: Text
  description: Text | null
  sourceLocale: Locale
  periodAsReported: string | null
  start: PartialDate | null
  end: PartialDate | null
  partnership: {
    slug: string
    title: Text
    summary: Text | null
    status: PartnershipStatus
    start: PartialDate | null
    themes: string[]
    parties: (PartyRef & KindOf & { partyType: PartyType; isLead: boolean })[]
  } | null
  programme: {
    slug: string
    title: Text
    description: Text | null
    start: PartialDate | null
    themes: string[]
    parties: { organization: OrgRef; organizationKind: OrganizationKind; role: ProgrammeRole }[]
  } | null
  places: IatiPlace[]
  contributions: (PublicContribution & KindOf)[]
  outcomes: PublicOutcome[]
  grants: (PublicGrant & {
    /** Null when withheld or not stated. */
    valueDate: Date | null
    start: PartialDate | null
    end: PartialDate | null
    funderKind: OrganizationKind | null
    recipientKind: OrganizationKind | null
  })[]
}

const orgSelect = { select: { slug: true, name: true, publicationStatus: true, kind: true } } as const
const placeWithParents = {
  select: { ...placeSelect.select, parent: { select: { ...placeSelect.select, parent: placeSelect } } },
} as const

const kindOf = (o: { kind: OrganizationKind; publicationStatus: string } | null | undefined) =>
  o && o.publicationStatus === 'PUBLISHED' ? o.kind : null

const select = {
  ...listedProjectSelect,
  description: true,
  // Public by publicProjectWhere: a project's partnership and programme are published.
  partnership: {
    select: {
      slug: true,
      title: true,
      summary: true,
      status: true,
      startDate: true,
      startPrecision: true,
      themes: true,
      parties: {
        orderBy: { position: 'asc' },
        select: { nameAsReported: true, partyType: true, isLead: true, organization: orgSelect },
      },
    },
  },
  programme: {
    select: {
      slug: true,
      title: true,
      description: true,
      startDate: true,
      startPrecision: true,
      themes: true,
      parties: { select: { role: true, organization: orgSelect } },
    },
  },
  territories: { select: { territory: placeWithParents }, orderBy: { territory: { code: 'asc' } } },
  contributions: {
    where: published,
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: contributionSelect,
  },
  outcomes: { where: published, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: outcomeSelect },
  grants: {
    where: publicGrantWhere,
    orderBy: { id: 'asc' },
    select: {
      ...grantSelect,
      valueDate: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
      funder: orgSelect,
      recipient: orgSelect,
    },
  },
} as const satisfies Prisma.ProjectSelect

type Row = Prisma.ProjectGetPayload<{ select: typeof select }>

type PlaceRow = Row['territories'][number]['territory']

function iatiPlace(t: PlaceRow): IatiPlace {
  // Levels go no deeper than 3, so two parents at most; the top first.
  const ancestors = [t.parent?.parent, t.parent].flatMap((a) => (a ? [place(a)] : []))
  return { ...place(t), ancestors }
}

function toIatiProject(p: Row): IatiProject {
  return {
    ...toListedProject(p),
    description: text(p.description),
    partnership: p.partnership && {
      slug: p.partnership.slug,
      title: requiredText(p.partnership.title),
      summary: text(p.partnership.summary),
      status: p.partnership.status,
      start: partialDate(p.partnership.startDate, p.partnership.startPrecision),
      themes: p.partnership.themes,
      parties: p.partnership.parties.map((x) => ({
        ...partyRef(x.organization, x.nameAsReported),
        organizationKind: kindOf(x.organization),
        partyType: x.partyType,
        isLead: x.isLead,
      })),
    },
    programme: p.programme && {
      slug: p.programme.slug,
      title: requiredText(p.programme.title),
      description: text(p.programme.description),
      start: partialDate(p.programme.startDate, p.programme.startPrecision),
      themes: p.programme.themes,
      parties: p.programme.parties.flatMap((x) => {
        const organization = orgRef(x.organization)
        return organization ? [{ organization, organizationKind: x.organization.kind, role: x.role }] : []
      }),
    },
    places: p.territories.map((t) => iatiPlace(t.territory)),
    contributions: p.contributions.map((c) => ({
      ...toPublicContribution(c),
      organizationKind: kindOf(c.partyOrganization),
    })),
    outcomes: p.outcomes.map(toPublicOutcome),
    grants: p.grants.map((g) => ({
      ...toPublicGrant(g),
      valueDate: g.amountWithheld ? null : g.valueDate,
      start: partialDate(g.startDate, g.startPrecision),
      end: partialDate(g.endDate, g.endPrecision),
      funderKind: kindOf(g.funder),
      recipientKind: kindOf(g.recipient),
    })),
  }
}

/**
 * The `where` of the public projects a filter selects; null when a filter names no public record (an
 * unknown territory code, or an organization or programme that is unknown or not published).
 * `territory`: projects with a place in its subtree; `organization`: projects it takes part in (a
 * party of the partnership or programme, a contributor, a grant's funder or recipient).
 */
async function projectFilterWhere(filters: IatiFilters): Promise<Prisma.ProjectWhereInput | null> {
  const and: Prisma.ProjectWhereInput[] = [publicProjectWhere]
  if (filters.territory !== undefined) {
    const t = await prisma.territory.findUnique({ where: { code: filters.territory }, select: { path: true } })
    if (!t) return null
    and.push({
      territories: { some: { territory: { OR: [{ path: t.path }, { path: { startsWith: `${t.path}/` } }] } } },
    })
  }
  if (filters.organization !== undefined) {
    const o = await prisma.organization.findFirst({
      where: { AND: [{ slug: filters.organization }, publicOrganizationWhere] },
      select: { id: true },
    })
    if (!o) return null
    const id = o.id
    and.push({
      OR: [
        { partnership: { is: { parties: { some: { organizationId: id } } } } },
        { programme: { is: { parties: { some: { organizationId: id } } } } },
        {
          contributions: {
            some: {
              AND: [
                published,
                { OR: [{ partyOrganizationId: id }, { groupMembers: { some: { organizationId: id } } }] },
              ],
            },
          },
        },
        { grants: { some: { AND: [publicGrantWhere, { OR: [{ funderId: id }, { recipientId: id }] }] } } },
      ],
    })
  }
  if (filters.programme !== undefined) {
    const pg = await prisma.programme.findFirst({
      where: { AND: [{ slug: filters.programme }, publicProgrammeWhere] },
      select: { id: true },
    })
    if (!pg) return null
    and.push({ programmeId: pg.id })
  }
  return { AND: and }
}

/**
 * The public projects of a filter (see projectFilterWhere), oldest first, with their public ledger
 * lines, outcomes and grants: the IATI export, the row-level exports and /api/v1/projects read them.
 * `range` pages through them (the JSON API); null when a filter names no public record.
 */
export async function listIatiProjects(
  filters: IatiFilters = {},
  range?: { skip: number; take: number },
): Promise<IatiProject[] | null> {
  const where = await projectFilterWhere(filters)
  if (!where) return null
  const rows = await prisma.project.findMany({
    where,
    select,
    orderBy: [{ startDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    ...range,
  })
  return rows.map(toIatiProject)
}

/** How many public projects a filter selects; null when it names no public record. */
export async function countIatiProjects(filters: IatiFilters = {}): Promise<number | null> {
  const where = await projectFilterWhere(filters)
  return where && prisma.project.count({ where })
}
