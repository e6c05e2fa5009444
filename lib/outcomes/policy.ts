// An outcome is changed by whoever may change its project or programme (and its owner's editors). Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import { editableWhere, editPolicy, type Access, type Actor } from '@/lib/auth/roles'
import {
  projectOrProgrammeEditableWhere,
  projectOrProgrammePolicySelect,
  projectOrProgrammeRules,
  type ProjectOrProgrammeRow,
} from '@/lib/projects/parent-policy'

export type OutcomePolicyRow = { ownerOrganizationId: string } & ProjectOrProgrammeRow

export function outcomeEditAccess(actor: Actor, o: OutcomePolicyRow): Access | null {
  return editPolicy(actor, o.ownerOrganizationId, ...projectOrProgrammeRules(actor, o))
}
export const canEditOutcome = (actor: Actor, o: OutcomePolicyRow) => outcomeEditAccess(actor, o) !== null

export function outcomeEditableWhere(actor: Actor): Prisma.OutcomeWhereInput {
  return editableWhere<Prisma.OutcomeWhereInput>(actor, () => projectOrProgrammeEditableWhere(actor))
}

export const outcomePolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  ...projectOrProgrammePolicySelect,
} as const
