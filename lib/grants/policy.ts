// A grant is changed by editors of its owner, funder or recipient, and by whoever may change the
// project or programme it funds. Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import { accessThrough, editableWhere, editPolicy, type Access, type Actor } from '@/lib/auth/roles'
import {
  projectOrProgrammeEditableWhere,
  projectOrProgrammePolicySelect,
  projectOrProgrammeRules,
  type ProjectOrProgrammeRow,
} from '@/lib/projects/parent-policy'

export type GrantPolicyRow = {
  ownerOrganizationId: string
  funderId: string
  recipientId: string
} & ProjectOrProgrammeRow

export function grantEditAccess(actor: Actor, g: GrantPolicyRow): Access | null {
  return editPolicy(
    actor,
    g.ownerOrganizationId,
    () => accessThrough(actor, [g.recipientId, g.funderId], ['EDITOR', 'OFFICIAL']),
    ...projectOrProgrammeRules(actor, g),
  )
}
export const canEditGrant = (actor: Actor, g: GrantPolicyRow) => grantEditAccess(actor, g) !== null

export function grantEditableWhere(actor: Actor): Prisma.GrantWhereInput {
  return editableWhere<Prisma.GrantWhereInput>(actor, (acting) => [
    { recipientId: { in: acting } },
    { funderId: { in: acting } },
    ...projectOrProgrammeEditableWhere(actor),
  ])
}

export const grantPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  funderId: true,
  recipientId: true,
  ...projectOrProgrammePolicySelect,
} as const
