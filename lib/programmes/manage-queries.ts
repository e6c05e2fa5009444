import 'server-only'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { canEditProgramme, programmeEditableWhere } from './policy'

export async function listManagedProgrammes(actor: Actor) {
  const where: Prisma.ProgrammeWhereInput = actor.isAdmin
    ? {}
    : { OR: [programmeEditableWhere(actor), { parties: { some: { organizationId: { in: memberOrgIds(actor) } } } }] }
  return prisma.programme.findMany({
    where,
    orderBy: { updatedAt: 'desc' },
    take: 200,
    select: {
      id: true,
      title: true,
      sourceLocale: true,
      publicationStatus: true,
      _count: { select: { projects: true, grants: true } },
    },
  })
}

const fullInclude = {
  ownerOrganization: { select: { name: true } },
  parties: { select: { organizationId: true, role: true, organization: { select: { name: true } } } },
  territories: { select: { territoryId: true, territory: { select: { code: true, name: true } } } },
  _count: { select: { projects: true, grants: true, targets: true } },
} satisfies Prisma.ProgrammeInclude

export async function getProgrammeForView(actor: Actor, id: string) {
  const row = await prisma.programme.findUnique({ where: { id }, include: fullInclude })
  if (!row) return null
  const canEdit = canEditProgramme(actor, row)
  // Its keepers see the record; anyone else its public page while it is published, or nothing.
  if (canEdit || memberOrgIds(actor).includes(row.ownerOrganizationId))
    return { view: 'keeper', programme: row, canEdit } as const
  return row.publicationStatus === 'PUBLISHED'
    ? ({ view: 'elsewhere', href: `/programmes/${row.slug}` } as const)
    : null
}

export async function getProgrammeForEdit(actor: Actor, id: string) {
  const row = await prisma.programme.findUnique({ where: { id }, include: fullInclude })
  return row && canEditProgramme(actor, row) ? row : null
}
export type ProgrammeForEdit = NonNullable<Awaited<ReturnType<typeof getProgrammeForEdit>>>
