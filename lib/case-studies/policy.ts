// A case study is changed by its owner's editors, editors of the CSO it tells about, and whoever may
// change its partnership. Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import { accessThrough, editableWhere, editPolicy, editorOrgIds, type Access, type Actor } from '@/lib/auth/roles'
import {
  partnershipEditAccess,
  partnershipEditableWhere,
  partnershipPolicySelect,
  type PartnershipPolicyRow,
} from '@/lib/partnerships/policy'

export type CaseStudyPolicyRow = {
  ownerOrganizationId: string
  organizationId: string | null
  partnership: PartnershipPolicyRow | null
}

export function caseStudyEditAccess(actor: Actor, c: CaseStudyPolicyRow): Access | null {
  return editPolicy(
    actor,
    c.ownerOrganizationId,
    () => accessThrough(actor, [c.organizationId], ['EDITOR']),
    () => (c.partnership ? partnershipEditAccess(actor, c.partnership) : null),
  )
}
export const canEditCaseStudy = (actor: Actor, c: CaseStudyPolicyRow) => caseStudyEditAccess(actor, c) !== null

export function caseStudyEditableWhere(actor: Actor): Prisma.CaseStudyWhereInput {
  return editableWhere<Prisma.CaseStudyWhereInput>(actor, () => [
    { organizationId: { in: editorOrgIds(actor) } },
    { partnership: { is: partnershipEditableWhere(actor) } },
  ])
}

export const caseStudyPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  organizationId: true,
  partnership: { select: partnershipPolicySelect },
} as const
