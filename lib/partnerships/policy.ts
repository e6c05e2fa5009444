// Who may change a partnership, and what its other parties may do. Seeded partnerships: admins only. Pure (ADR 005).
import type { Prisma } from '@/lib/generated/prisma/client'
import type { PartyType } from '@/lib/generated/prisma/enums'
import {
  accessThrough,
  actingOrgIds,
  editPolicy,
  isSeededOwner,
  memberOrgIds,
  REGISTRY_EDITORS_ID,
  type Access,
  type Actor,
} from '@/lib/auth/roles'

export type PartnershipPolicyRow = {
  ownerOrganizationId: string
  parties: { organizationId: string | null; partyType: PartyType }[]
}

/**
 * Who may change a partnership (and, through it, its projects, outcomes and the owner's ledger lines):
 * its owner's editors and officials, and admins. Its other parties do not: a co-party records only
 * the lines it contributes itself (`partnershipPartyAccess`) and confirms or disputes what others
 * wrote about it; it never edits, unpublishes or deletes the owner's records (ADR 005).
 */
export function partnershipEditAccess(actor: Actor, p: PartnershipPolicyRow): Access | null {
  return editPolicy(actor, p.ownerOrganizationId)
}
export const canEditPartnership = (actor: Actor, p: PartnershipPolicyRow) => partnershipEditAccess(actor, p) !== null

export function partnershipEditableWhere(actor: Actor): Prisma.PartnershipWhereInput {
  if (actor.isAdmin) return {}
  return { ownerOrganizationId: { in: actingOrgIds(actor), not: REGISTRY_EDITORS_ID } }
}

/**
 * Access through one of the partnership's parties other than its owner: editors of a non-LSG party,
 * officials of an LSG party. It lets them enter their own organization's contributions, nothing else.
 */
export function partnershipPartyAccess(actor: Actor, p: PartnershipPolicyRow): Access | null {
  if (isSeededOwner(p.ownerOrganizationId)) return null
  const partiesOf = (lsg: boolean) =>
    p.parties
      .filter((x) => (x.partyType === 'LSG') === lsg && x.organizationId !== p.ownerOrganizationId)
      .map((x) => x.organizationId)
  return accessThrough(actor, partiesOf(false), ['EDITOR']) ?? accessThrough(actor, partiesOf(true), ['OFFICIAL'])
}

/**
 * What a signed-in person sees of a partnership on the manage side:
 * - 'keeper': everything (admins, those who may change it, every member of its owner);
 * - 'party':  a member of one of its other parties: the partnership as the public will see it once
 *             published (drafts included, the same masking), plus their own organization's lines;
 * - 'public': anyone else, while it is published: its public page;
 * - null:     nothing (a draft of others).
 */
export function partnershipViewOf(
  actor: Actor,
  p: PartnershipPolicyRow & { publicationStatus: string },
): 'keeper' | 'party' | 'public' | null {
  const mine = memberOrgIds(actor)
  if (canEditPartnership(actor, p) || mine.includes(p.ownerOrganizationId)) return 'keeper'
  if (p.parties.some((x) => x.organizationId !== null && mine.includes(x.organizationId))) return 'party'
  return p.publicationStatus === 'PUBLISHED' ? 'public' : null
}

/** What a policy needs from a partnership row: select this. */
export const partnershipPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  parties: { select: { organizationId: true, partyType: true } },
} as const
