// A ledger line is changed by whoever may change its project (and its owner's editors). Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import { actingOrgIds, editPolicy, REGISTRY_EDITORS_ID, type Access, type Actor } from '@/lib/auth/roles'
import {
  projectEditAccess,
  projectEditableWhere,
  projectPolicySelect,
  type ProjectPolicyRow,
} from '@/lib/projects/policy'

export type ContributionPolicyRow = { ownerOrganizationId: string; project: ProjectPolicyRow }

export function contributionEditAccess(actor: Actor, c: ContributionPolicyRow): Access | null {
  return editPolicy(actor, c.ownerOrganizationId, () => projectEditAccess(actor, c.project))
}
export const canEditContribution = (actor: Actor, c: ContributionPolicyRow) => contributionEditAccess(actor, c) !== null

export function contributionEditableWhere(actor: Actor): Prisma.ContributionWhereInput {
  if (actor.isAdmin) return {}
  return {
    ownerOrganizationId: { not: REGISTRY_EDITORS_ID },
    OR: [{ ownerOrganizationId: { in: actingOrgIds(actor) } }, { project: { is: projectEditableWhere(actor) } }],
  }
}

export const contributionPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  project: { select: projectPolicySelect },
} as const
