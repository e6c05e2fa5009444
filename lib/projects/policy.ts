// A project is changed by its owner's editors and by whoever may change its partnership or programme. Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import { editableWhere, editPolicy, type Access, type Actor } from '@/lib/auth/roles'
import {
  partnershipEditAccess,
  partnershipEditableWhere,
  partnershipPolicySelect,
  type PartnershipPolicyRow,
} from '@/lib/partnerships/policy'
import {
  programmeEditAccess,
  programmeEditableWhere,
  programmePolicySelect,
  type ProgrammePolicyRow,
} from '@/lib/programmes/policy'

export type ProjectPolicyRow = {
  ownerOrganizationId: string
  partnership: PartnershipPolicyRow | null
  programme: ProgrammePolicyRow | null
}

export function projectEditAccess(actor: Actor, p: ProjectPolicyRow): Access | null {
  return editPolicy(
    actor,
    p.ownerOrganizationId,
    () => (p.partnership ? partnershipEditAccess(actor, p.partnership) : null),
    () => (p.programme ? programmeEditAccess(actor, p.programme) : null),
  )
}
export const canEditProject = (actor: Actor, p: ProjectPolicyRow) => projectEditAccess(actor, p) !== null

export function projectEditableWhere(actor: Actor): Prisma.ProjectWhereInput {
  return editableWhere<Prisma.ProjectWhereInput>(actor, () => [
    { partnership: { is: partnershipEditableWhere(actor) } },
    { programme: { is: programmeEditableWhere(actor) } },
  ])
}

export const projectPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  partnership: { select: partnershipPolicySelect },
  programme: { select: programmePolicySelect },
} as const
