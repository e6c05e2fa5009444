// A ledger line is changed by whoever may change its project (and its owner's editors). Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import { editableWhere, editPolicy, type Access, type Actor } from '@/lib/auth/roles'
import { partnershipPartyAccess } from '@/lib/partnerships/policy'
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
  return editableWhere<Prisma.ContributionWhereInput>(actor, () => [{ project: { is: projectEditableWhere(actor) } }])
}

/**
 * Who may add a line to a project: whoever may change the project, or — for its own contribution
 * only — a party of the project's partnership. `partyOrganizationId` is the line's party; the
 * access returned says through which organization (the line's owner).
 */
export function contributionCreateAccess(
  actor: Actor,
  project: ProjectPolicyRow,
  partyOrganizationId: string | null | undefined,
): Access | null {
  const access = projectEditAccess(actor, project)
  if (access) return access
  const asParty = project.partnership ? partnershipPartyAccess(actor, project.partnership) : null
  return asParty?.via === 'organization' && asParty.organizationId === partyOrganizationId ? asParty : null
}

/** The organizations through which the actor may add their own lines to this project as a co-party. */
export function coPartyOrgIds(actor: Actor, project: ProjectPolicyRow): string[] {
  if (!project.partnership || projectEditAccess(actor, project)) return []
  const p = project.partnership
  return p.parties.flatMap((x) =>
    x.organizationId && partnershipPartyAccess(actor, { ...p, parties: [x] }) ? [x.organizationId] : [],
  )
}

export const contributionPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  project: { select: projectPolicySelect },
} as const
