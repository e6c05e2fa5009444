// A grant is changed by editors of its owner, funder or recipient, and by whoever may change the
// project or programme it funds. Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import { accessThrough, actingOrgIds, editPolicy, REGISTRY_EDITORS_ID, type Access, type Actor } from '@/lib/auth/roles'
import {
  programmeEditAccess,
  programmeEditableWhere,
  programmePolicySelect,
  type ProgrammePolicyRow,
} from '@/lib/programmes/policy'
import {
  projectEditAccess,
  projectEditableWhere,
  projectPolicySelect,
  type ProjectPolicyRow,
} from '@/lib/projects/policy'

export type GrantPolicyRow = {
  ownerOrganizationId: string
  funderId: string
  recipientId: string
  project: ProjectPolicyRow | null
  programme: ProgrammePolicyRow | null
}

export function grantEditAccess(actor: Actor, g: GrantPolicyRow): Access | null {
  return editPolicy(
    actor,
    g.ownerOrganizationId,
    () => accessThrough(actor, [g.recipientId, g.funderId], ['EDITOR', 'OFFICIAL']),
    () => (g.project ? projectEditAccess(actor, g.project) : null),
    () => (g.programme ? programmeEditAccess(actor, g.programme) : null),
  )
}
export const canEditGrant = (actor: Actor, g: GrantPolicyRow) => grantEditAccess(actor, g) !== null

export function grantEditableWhere(actor: Actor): Prisma.GrantWhereInput {
  if (actor.isAdmin) return {}
  const acting = actingOrgIds(actor)
  return {
    ownerOrganizationId: { not: REGISTRY_EDITORS_ID },
    OR: [
      { ownerOrganizationId: { in: acting } },
      { recipientId: { in: acting } },
      { funderId: { in: acting } },
      { project: { is: projectEditableWhere(actor) } },
      { programme: { is: programmeEditableWhere(actor) } },
    ],
  }
}

export const grantPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  funderId: true,
  recipientId: true,
  project: { select: projectPolicySelect },
  programme: { select: programmePolicySelect },
} as const
