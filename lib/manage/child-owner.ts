import 'server-only'
import type { Access, Actor } from '@/lib/auth/roles'
import { ownerForNewRecord } from './owner'

/**
 * The owner of a record entered below another (a project in a partnership, a ledger line in a
 * project): the organization the actor enters it for; for an admin, the parent's owner, so that the
 * people who keep the parent keep the child too (an admin-owned child would be admin-only).
 */
export function ownerForChild(actor: Actor, requested: string | undefined, parentOwnerId: string, parentAccess: Access) {
  if (actor.isAdmin) return { ownerOrganizationId: parentOwnerId, access: parentAccess }
  const { ownerOrganizationId } = ownerForNewRecord(actor, requested)
  return { ownerOrganizationId, access: parentAccess }
}
