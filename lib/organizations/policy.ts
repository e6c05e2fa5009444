// Who may change an organization's profile. Pure functions (ADR 005); the where-builder gives the same
// answer as a database filter for lists, and tests/integration/policies.test.ts holds them together.
import type { Prisma } from '@/lib/generated/prisma/client'
import { accessThrough, editableWhere, editPolicy, memberOrgIds, type Access, type Actor } from '@/lib/auth/roles'

export type OrganizationPolicyRow = { id: string; ownerOrganizationId: string; publicationStatus?: string }

/** Admins; otherwise, unless seeded, editors/officials of the organization itself or of its owner. */
export function organizationEditAccess(actor: Actor, org: OrganizationPolicyRow): Access | null {
  return editPolicy(actor, org.ownerOrganizationId, () => accessThrough(actor, [org.id], ['EDITOR', 'OFFICIAL']))
}
export const canEditOrganization = (actor: Actor, org: OrganizationPolicyRow) =>
  organizationEditAccess(actor, org) !== null

export function organizationEditableWhere(actor: Actor): Prisma.OrganizationWhereInput {
  return editableWhere<Prisma.OrganizationWhereInput>(actor, (acting) => [{ id: { in: acting } }])
}

/** Drafts are seen by those who may edit them and by every member (viewers too) of the organization or its owner. */
export function canViewOrganization(actor: Actor, org: OrganizationPolicyRow & { publicationStatus: string }): boolean {
  if (org.publicationStatus === 'PUBLISHED' || canEditOrganization(actor, org)) return true
  const mine = memberOrgIds(actor)
  return mine.includes(org.id) || mine.includes(org.ownerOrganizationId)
}

/** The same rule as a filter: organizations the actor may see (published ones, and drafts of their own). */
export function organizationViewableWhere(actor: Actor): Prisma.OrganizationWhereInput {
  if (actor.isAdmin) return {}
  const mine = memberOrgIds(actor)
  return { OR: [{ publicationStatus: 'PUBLISHED' }, { id: { in: mine } }, { ownerOrganizationId: { in: mine } }] }
}
