// Who may change a programme: its owner's editors and editors of its donors and implementers. Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ProgrammeRole } from '@/lib/generated/prisma/enums'
import { accessThrough, editableWhere, editPolicy, editorOrgIds, type Access, type Actor } from '@/lib/auth/roles'

export type ProgrammePolicyRow = {
  ownerOrganizationId: string
  parties: { organizationId: string; role: ProgrammeRole }[]
}

export function programmeEditAccess(actor: Actor, p: ProgrammePolicyRow): Access | null {
  return editPolicy(actor, p.ownerOrganizationId, () =>
    accessThrough(
      actor,
      p.parties.filter((x) => x.role !== 'PARTNER').map((x) => x.organizationId),
      ['EDITOR'],
    ),
  )
}
export const canEditProgramme = (actor: Actor, p: ProgrammePolicyRow) => programmeEditAccess(actor, p) !== null

export function programmeEditableWhere(actor: Actor): Prisma.ProgrammeWhereInput {
  return editableWhere<Prisma.ProgrammeWhereInput>(actor, () => [
    { parties: { some: { role: { in: ['DONOR', 'IMPLEMENTER'] }, organizationId: { in: editorOrgIds(actor) } } } },
  ])
}

export const programmePolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  parties: { select: { organizationId: true, role: true } },
} as const
