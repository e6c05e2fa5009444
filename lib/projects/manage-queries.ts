import 'server-only'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { canViewPartnership } from '@/lib/partnerships/policy'
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

/** A project for its manage page: visible with its partnership (or to its owner's members); null otherwise. */
export async function getProjectForView(actor: Actor, id: string) {
  const row = await prisma.project.findUnique({ where: { id }, include: fullInclude })
  if (!row) return null
  const canEdit = canEditProject(actor, row)
  const visible =
    canEdit ||
    row.publicationStatus === 'PUBLISHED' ||
    memberOrgIds(actor).includes(row.ownerOrganizationId) ||
    (row.partnership !== null && canViewPartnership(actor, row.partnership))
  return visible ? { project: row, canEdit } : null
}

export async function getProjectForEdit(actor: Actor, id: string) {
  const row = await prisma.project.findUnique({ where: { id }, include: fullInclude })
  return row && canEditProject(actor, row) ? row : null
}
export type ProjectForEdit = NonNullable<Awaited<ReturnType<typeof getProjectForEdit>>>
