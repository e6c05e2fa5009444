import 'server-only'
import type { Access, Actor } from '@/lib/auth/roles'

/**
 * The owner of a record entered below another (a project in a partnership, a ledger line in a
 * project): the organization through which the actor may change the parent — the one they act for
 * here. For an admin, the parent's owner, so the people who keep the parent keep the child too (an
 * admin-owned child would be admin-only). Never taken from the form.
 */
export function ownerForChild(
  actor: Actor,
  parentOwnerId: string,
  parentAccess: Access,
): { ownerOrganizationId: string; access: Access } {
  if (parentAccess.via === 'admin' || actor.isAdmin) return { ownerOrganizationId: parentOwnerId, access: parentAccess }
  return { ownerOrganizationId: parentAccess.organizationId, access: parentAccess }
}
