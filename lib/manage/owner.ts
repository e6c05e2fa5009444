import 'server-only'
import {
  accessThrough,
  actingOrgIds,
  adminAccess,
  REGISTRY_EDITORS_ID,
  type Access,
  type Actor,
} from '@/lib/auth/roles'
import { invalid, notFound } from '@/lib/errors'

/**
 * The organization a new record is entered for. The form may name one (people who work for several);
 * it must be one the actor acts for (editor or official). Admins may name any, and default to the
 * registry editors. The only owner id ever taken from a form, and it is checked against the actor.
 */
export function ownerForNewRecord(
  actor: Actor,
  requested: string | undefined,
  field = 'ownerOrganizationId',
): { ownerOrganizationId: string; access: Access } {
  if (actor.isAdmin) return { ownerOrganizationId: requested ?? REGISTRY_EDITORS_ID, access: adminAccess }
  const acting = actingOrgIds(actor)
  if (!acting.length) throw notFound()
  const id = requested ?? (acting.length === 1 ? acting[0] : undefined)
  if (!id) throw invalid(field, 'required')
  const access = accessThrough(actor, [id], ['EDITOR', 'OFFICIAL'])
  if (!access) throw invalid(field, 'notYourOrganization')
  return { ownerOrganizationId: id, access }
}
