// An outcome is changed by whoever may change its project or programme (and its owner's editors). Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import { actingOrgIds, editPolicy, REGISTRY_EDITORS_ID, type Access, type Actor } from '@/lib/auth/roles'
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

export type OutcomePolicyRow = {
  ownerOrganizationId: string
  project: ProjectPolicyRow | null
  programme: ProgrammePolicyRow | null
}

export function outcomeEditAccess(actor: Actor, o: OutcomePolicyRow): Access | null {
  return editPolicy(
    actor,
    o.ownerOrganizationId,
    () => (o.project ? projectEditAccess(actor, o.project) : null),
    () => (o.programme ? programmeEditAccess(actor, o.programme) : null),
  )
}
export const canEditOutcome = (actor: Actor, o: OutcomePolicyRow) => outcomeEditAccess(actor, o) !== null

export function outcomeEditableWhere(actor: Actor): Prisma.OutcomeWhereInput {
  if (actor.isAdmin) return {}
  return {
    ownerOrganizationId: { not: REGISTRY_EDITORS_ID },
    OR: [
      { ownerOrganizationId: { in: actingOrgIds(actor) } },
      { project: { is: projectEditableWhere(actor) } },
      { programme: { is: programmeEditableWhere(actor) } },
    ],
  }
}

export const outcomePolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  project: { select: projectPolicySelect },
  programme: { select: programmePolicySelect },
} as const
