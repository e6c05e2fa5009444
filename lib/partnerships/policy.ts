// Who may change a partnership: its owner's editors, editors of any CSO party, officials of any LSG
// party (their body is involved). Seeded partnerships: admins only. Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import type { PartyType } from '@/lib/generated/prisma/enums'
import {
  accessThrough,
  actingOrgIds,
  editPolicy,
  editorOrgIds,
  memberOrgIds,
  officialOrgIds,
  REGISTRY_EDITORS_ID,
  type Access,
  type Actor,
} from '@/lib/auth/roles'

export type PartnershipPolicyRow = {
  ownerOrganizationId: string
  parties: { organizationId: string | null; partyType: PartyType }[]
}

export function partnershipEditAccess(actor: Actor, p: PartnershipPolicyRow): Access | null {
  const partiesOf = (type: PartyType) => p.parties.filter((x) => x.partyType === type).map((x) => x.organizationId)
  return editPolicy(
    actor,
    p.ownerOrganizationId,
    () => accessThrough(actor, partiesOf('CSO'), ['EDITOR']),
    () => accessThrough(actor, partiesOf('LSG'), ['OFFICIAL']),
  )
}
export const canEditPartnership = (actor: Actor, p: PartnershipPolicyRow) => partnershipEditAccess(actor, p) !== null

export function partnershipEditableWhere(actor: Actor): Prisma.PartnershipWhereInput {
  if (actor.isAdmin) return {}
  return {
    ownerOrganizationId: { not: REGISTRY_EDITORS_ID },
    OR: [
      { ownerOrganizationId: { in: actingOrgIds(actor) } },
      { parties: { some: { partyType: 'CSO', organizationId: { in: editorOrgIds(actor) } } } },
      { parties: { some: { partyType: 'LSG', organizationId: { in: officialOrgIds(actor) } } } },
    ],
  }
}

/** Published partnerships, and drafts that involve one of the actor's organizations in any role. */
export function canViewPartnership(actor: Actor, p: PartnershipPolicyRow & { publicationStatus: string }): boolean {
  if (p.publicationStatus === 'PUBLISHED' || canEditPartnership(actor, p)) return true
  const mine = memberOrgIds(actor)
  return (
    mine.includes(p.ownerOrganizationId) ||
    p.parties.some((x) => x.organizationId !== null && mine.includes(x.organizationId))
  )
}

export function partnershipViewableWhere(actor: Actor): Prisma.PartnershipWhereInput {
  if (actor.isAdmin) return {}
  const mine = memberOrgIds(actor)
  return {
    OR: [
      { publicationStatus: 'PUBLISHED' },
      partnershipEditableWhere(actor),
      { ownerOrganizationId: { in: mine } },
      { parties: { some: { organizationId: { in: mine } } } },
    ],
  }
}

/** What a policy needs from a partnership row: select this. */
export const partnershipPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  parties: { select: { organizationId: true, partyType: true } },
} as const
