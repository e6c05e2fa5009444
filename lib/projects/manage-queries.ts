import 'server-only'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { partnershipViewOf } from '@/lib/partnerships/policy'
import { publicProjectWhere } from '@/lib/public/where'
import { coPartyOrgIds } from '@/lib/contributions/policy'
import { canEditProject } from './policy'

const fullInclude = {
  ownerOrganization: { select: { id: true, name: true } },
  partnership: {
    select: {
      id: true,
      title: true,
      sourceLocale: true,
      ownerOrganizationId: true,
      publicationStatus: true,
      parties: {
        select: {
          organizationId: true,
          partyType: true,
          nameAsReported: true,
          organization: { select: { name: true, kind: true } },
        },
        orderBy: { position: 'asc' },
      },
    },
  },
  programme: {
    select: {
      id: true,
      title: true,
      ownerOrganizationId: true,
      parties: { select: { organizationId: true, role: true } },
    },
  },
  territories: { select: { territoryId: true, territory: { select: { code: true, name: true, validTo: true } } } },
  contributions: {
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    include: {
      partyOrganization: { select: { name: true } },
      grant: { select: { id: true, title: true, recipient: { select: { name: true } } } },
    },
  },
  outcomes: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
  grants: {
    select: {
      id: true,
      title: true,
      amountMinor: true,
      currency: true,
      funder: { select: { name: true } },
      contribution: { select: { id: true } },
    },
  },
} satisfies Prisma.ProjectInclude

/**
 * A project for its manage page. Its keepers (who may change it, members of its owner or of its
 * partnership's owner, admins) get the row — with another organization's withheld amounts masked;
 * a party of its partnership is sent to the partnership's party view; anyone else to the public page
 * while the project is public. Null: not found for this actor.
 */
export async function getProjectForView(actor: Actor, id: string) {
  const row = await prisma.project.findUnique({ where: { id }, include: fullInclude })
  if (!row) return null
  const canEdit = canEditProject(actor, row)
  const partnershipView = row.partnership ? partnershipViewOf(actor, row.partnership) : null
  if (canEdit || memberOrgIds(actor).includes(row.ownerOrganizationId) || partnershipView === 'keeper') {
    const project = { ...row, contributions: row.contributions.map((c) => maskForeignWithheld(actor, c)) }
    return { view: 'keeper', project, canEdit } as const
  }
  if (partnershipView === 'party')
    return { view: 'elsewhere', href: `/manage/partnerships/${row.partnershipId}/party#project-${id}` } as const
  const isPublic = await prisma.project.count({ where: { AND: [{ id }, publicProjectWhere] } })
  return isPublic ? ({ view: 'elsewhere', href: `/projects/${id}` } as const) : null
}

/**
 * A ledger line as a keeper of its project sees it: a line that another organization entered and
 * withheld stays withheld from them too ("a withheld amount leaves no trace outside its organization").
 */
function maskForeignWithheld<
  C extends {
    amountWithheld: boolean
    ownerOrganizationId: string
    amountMinor: bigint | null
    amountKgsMinor: bigint | null
    amountUsdMinor: bigint | null
    shareMin: unknown
    shareMax: unknown
    quantityValue: unknown
    quantityAsReported: string | null
    unitValueMinor: bigint | null
    valueDate: Date | null
    valuationNote: unknown
    note: unknown
  },
>(actor: Actor, c: C): C & { masked: boolean } {
  if (!c.amountWithheld || actor.isAdmin || memberOrgIds(actor).includes(c.ownerOrganizationId))
    return { ...c, masked: false }
  return {
    ...c,
    masked: true,
    amountMinor: null,
    amountKgsMinor: null,
    amountUsdMinor: null,
    shareMin: null,
    shareMax: null,
    quantityValue: null,
    quantityAsReported: null,
    unitValueMinor: null,
    valueDate: null,
    valuationNote: null,
    note: null,
  }
}

/**
 * A project to add a ledger line to: for those who may change it (any party, grants and recipients to
 * choose from), or for a co-party of its partnership, who adds its own contribution only (`onlyParty`:
 * the organizations it may name as the line's party; nothing else of the project is offered).
 */
export async function getProjectForNewLine(actor: Actor, id: string) {
  const row = await prisma.project.findUnique({ where: { id }, include: fullInclude })
  if (!row) return null
  if (canEditProject(actor, row)) return { project: row, onlyParty: null }
  const orgs = coPartyOrgIds(actor, row)
  if (!orgs.length) return null
  // A co-party gets the project's name and partnership, never its ledger (others' withheld amounts), grants or outcomes.
  const { id: projectId, title, sourceLocale, partnershipId } = row
  return { project: { id: projectId, title, sourceLocale, partnershipId }, onlyParty: orgs }
}

export async function getProjectForEdit(actor: Actor, id: string) {
  const row = await prisma.project.findUnique({ where: { id }, include: fullInclude })
  return row && canEditProject(actor, row) ? row : null
}
export type ProjectForEdit = NonNullable<Awaited<ReturnType<typeof getProjectForEdit>>>

/**
 * The actor's own organizations' projects a new project may copy its words and places from (never its
 * money): the most recent first. Admins too see only projects of organizations they are members of.
 */
export async function listProjectsToCopy(actor: Actor) {
  const own = memberOrgIds(actor)
  if (!own.length) return []
  return prisma.project.findMany({
    where: { ownerOrganizationId: { in: own } },
    select: { id: true, title: true, sourceLocale: true },
    orderBy: { createdAt: 'desc' },
    take: 50,
  })
}

/** One of those projects, for prefilling the form: null when it is not one of the actor's organizations'. */
export async function getProjectToCopy(actor: Actor, id: string) {
  const own = memberOrgIds(actor)
  if (!own.length) return null
  return prisma.project.findFirst({
    where: { AND: [{ id }, { ownerOrganizationId: { in: own } }] },
    select: {
      title: true,
      description: true,
      sourceLocale: true,
      territories: { select: { territoryId: true } },
    },
  })
}
