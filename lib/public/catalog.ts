import 'server-only'
// Whole public lists, page by page: the organizations, partnerships and programmes of the JSON API
// (/api/v1/…) and of the exports (lib/export). Built on the where-fragments and mappers of this
// folder, so a list holds exactly the records whose own pages are public, in the same public shape.
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { OrganizationKind, PartyType } from '@/lib/generated/prisma/enums'
import { orgRefSelect, partyRef, place, placeSelect } from './dto'
import type { PartyRef, Place } from './dto'
import { partnershipHeadSelect, toPartnershipHead, type PartnershipHead } from './partnerships'
import { organizationFieldsSelect, toOrganizationFields, type OrganizationFields } from './organizations'
import { programmeFieldsSelect, toProgrammeFields, type ProgrammeFields } from './programmes'
import { publicOrganizationWhere, publicPartnershipWhere, publicProgrammeWhere } from './where'

export type Range = { skip: number; take: number }
export type Page<T> = { rows: T[]; total: number }

export type CatalogFilters = {
  /** A territory code: records with a place (or, for an organization, its home or governed place) in its subtree. */
  territory?: string
  /** An organization's slug: records it is a party of. */
  organization?: string
  theme?: string
  kind?: OrganizationKind
}

/** The subtree of a territory code as a Prisma filter on a territory; null when the code is unknown. */
async function subtree(code: string): Promise<Prisma.TerritoryWhereInput | null> {
  const t = await prisma.territory.findUnique({ where: { code }, select: { path: true } })
  return t && { OR: [{ path: t.path }, { path: { startsWith: `${t.path}/` } }] }
}

/** The id of a public organization by slug; null when unknown or not published. */
async function publicOrganizationId(slug: string): Promise<string | null> {
  const o = await prisma.organization.findFirst({
    where: { AND: [{ slug }, publicOrganizationWhere] },
    select: { id: true },
  })
  return o?.id ?? null
}

/**
 * The theme, place and party filters of partnerships and programmes (both have themes, places and
 * parties); null when a filter names no territory or no public organization.
 */
async function themePlacePartyFilters(f: CatalogFilters) {
  const and: (Prisma.PartnershipWhereInput & Prisma.ProgrammeWhereInput)[] = []
  if (f.theme !== undefined) and.push({ themes: { has: f.theme } })
  if (f.territory !== undefined) {
    const t = await subtree(f.territory)
    if (!t) return null
    and.push({ territories: { some: { territory: t } } })
  }
  if (f.organization !== undefined) {
    const id = await publicOrganizationId(f.organization)
    if (!id) return null
    and.push({ parties: { some: { organizationId: id } } })
  }
  return and
}

// ---- organizations ---------------------------------------------------------------------------------

export type CatalogOrganization = OrganizationFields

/** Published organizations by slug; null when the territory filter names no territory. */
export async function listPublicOrganizations(
  f: CatalogFilters,
  range: Range,
): Promise<Page<CatalogOrganization> | null> {
  const and: Prisma.OrganizationWhereInput[] = [publicOrganizationWhere]
  if (f.kind !== undefined) and.push({ kind: f.kind })
  if (f.territory !== undefined) {
    const t = await subtree(f.territory)
    if (!t) return null
    and.push({ OR: [{ homeTerritory: { is: t } }, { governsTerritory: { is: t } }] })
  }
  const where = { AND: and }
  const [rows, total] = await Promise.all([
    prisma.organization.findMany({
      where,
      select: organizationFieldsSelect,
      orderBy: { slug: 'asc' },
      ...range,
    }),
    prisma.organization.count({ where }),
  ])
  return {
    total,
    rows: rows.map(toOrganizationFields),
  }
}

// ---- partnerships ----------------------------------------------------------------------------------

export type CatalogPartnership = PartnershipHead & {
  /** Parties as the public may name them: a published organization, or a name the source gives. */
  parties: (PartyRef & { partyType: PartyType; isLead: boolean })[]
  places: Place[]
}

/** Published partnerships, oldest first; null when a filter names no public territory or organization. */
export async function listPublicPartnerships(
  f: CatalogFilters,
  range: Range,
): Promise<Page<CatalogPartnership> | null> {
  const and = await themePlacePartyFilters(f)
  if (!and) return null
  const where: Prisma.PartnershipWhereInput = { AND: [publicPartnershipWhere, ...and] }
  const [rows, total] = await Promise.all([
    prisma.partnership.findMany({
      where,
      select: {
        ...partnershipHeadSelect,
        parties: {
          orderBy: { position: 'asc' },
          select: { nameAsReported: true, partyType: true, isLead: true, organization: orgRefSelect },
        },
        territories: { orderBy: { territory: { code: 'asc' } }, select: { territory: placeSelect } },
      },
      orderBy: [{ startDate: { sort: 'asc', nulls: 'last' } }, { slug: 'asc' }],
      ...range,
    }),
    prisma.partnership.count({ where }),
  ])
  return {
    total,
    rows: rows.map((p) => ({
      ...toPartnershipHead(p),
      parties: p.parties.map((x) => ({
        ...partyRef(x.organization, x.nameAsReported),
        partyType: x.partyType,
        isLead: x.isLead,
      })),
      places: p.territories.map((t) => place(t.territory)),
    })),
  }
}

// ---- programmes ------------------------------------------------------------------------------------

export type CatalogProgramme = ProgrammeFields

/** Published programmes, oldest first; null when a filter names no public territory or organization. */
export async function listPublicProgrammes(f: CatalogFilters, range: Range): Promise<Page<CatalogProgramme> | null> {
  const and = await themePlacePartyFilters(f)
  if (!and) return null
  const where: Prisma.ProgrammeWhereInput = { AND: [publicProgrammeWhere, ...and] }
  const [rows, total] = await Promise.all([
    prisma.programme.findMany({
      where,
      select: programmeFieldsSelect,
      orderBy: [{ startDate: { sort: 'asc', nulls: 'last' } }, { slug: 'asc' }],
      ...range,
    }),
    prisma.programme.count({ where }),
  ])
  return { total, rows: rows.map(toProgrammeFields) }
}
