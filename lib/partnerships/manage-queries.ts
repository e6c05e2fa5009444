import 'server-only'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { canEditPartnership, partnershipEditableWhere, partnershipViewOf } from './policy'
import { listedMemorandumSelect } from '@/lib/memoranda/selects'
import { managedPartySelect } from '@/lib/organizations/party-select'

/** Partnerships the actor works on: those they may edit, and those of their organizations (viewers). */
export function myPartnershipsWhere(actor: Actor): Prisma.PartnershipWhereInput {
  if (actor.isAdmin) return {}
  const mine = memberOrgIds(actor)
  return {
    OR: [
      partnershipEditableWhere(actor),
      { ownerOrganizationId: { in: mine } },
      { parties: { some: { organizationId: { in: mine } } } },
    ],
  }
}

export async function listManagedPartnerships(actor: Actor, take = 200) {
  return prisma.partnership.findMany({
    where: myPartnershipsWhere(actor),
    orderBy: { updatedAt: 'desc' },
    take,
    select: {
      id: true,
      title: true,
      sourceLocale: true,
      status: true,
      publicationStatus: true,
      updatedAt: true,
      ownerOrganization: { select: { name: true } },
      _count: { select: { projects: true } },
    },
  })
}

const fullInclude = {
  ownerOrganization: { select: { id: true, name: true } },
  parties: {
    orderBy: { position: 'asc' },
    select: { ...managedPartySelect, isLead: true, role: true },
  },
  territories: {
    orderBy: [{ isPrimary: 'desc' }, { territoryId: 'asc' }],
    select: {
      territoryId: true,
      isPrimary: true,
      territory: { select: { code: true, name: true, path: true, validTo: true } },
    },
  },
  projects: {
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      title: true,
      sourceLocale: true,
      publicationStatus: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
    },
  },
  agreements: {
    orderBy: [{ signedDate: { sort: 'desc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: listedMemorandumSelect,
  },
} satisfies Prisma.PartnershipInclude

/**
 * A partnership for its manage page, with what the actor sees of it (lib/partnerships/policy.ts
 * `partnershipViewOf`); null when it does not exist or the actor may not see it at all. Only a
 * keeper's result carries the full row: the others get what the page may show them.
 */
export async function getPartnershipForView(actor: Actor, id: string) {
  const row = await prisma.partnership.findUnique({ where: { id }, include: fullInclude })
  const view = row ? partnershipViewOf(actor, row) : null
  if (!row || !view) return null
  if (view === 'keeper') return { view, partnership: row, canEdit: canEditPartnership(actor, row) } as const
  const href = view === 'party' ? `/manage/partnerships/${row.id}/party` : `/partnerships/${row.slug}`
  return { view: 'elsewhere', href } as const
}

/** A partnership for its edit form: null unless the actor may change it (the page then says not found). */
export async function getPartnershipForEdit(actor: Actor, id: string) {
  const row = await prisma.partnership.findUnique({ where: { id }, include: fullInclude })
  if (!row || !canEditPartnership(actor, row)) return null
  return row
}
export type PartnershipForEdit = NonNullable<Awaited<ReturnType<typeof getPartnershipForEdit>>>
