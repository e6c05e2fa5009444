// Who reads and who changes a memorandum's signed scans. Pure (ADR 005).
import { actingOrgIds, memberOrgIds, type Actor } from '@/lib/auth/roles'
import { canEditMemorandum, type MemorandumPolicyRow } from '@/lib/memoranda/policy'

/** Uploading, deleting and making a scan public: whoever may change the memorandum. */
export const canManageDocuments = (actor: Actor, m: Pick<MemorandumPolicyRow, 'ownerOrganizationId'>) =>
  canEditMemorandum(actor, m)

/**
 * A scan that is not public is read by the memorandum's keepers (those who may change it, and the
 * members of the organization that keeps it) and by the editors and officials of its parties: they
 * signed it. A party's plain readers, other organizations and the public see only public scans.
 */
export function canReadPrivateDocuments(actor: Actor, m: MemorandumPolicyRow): boolean {
  if (canEditMemorandum(actor, m) || memberOrgIds(actor).includes(m.ownerOrganizationId)) return true
  const acting = actingOrgIds(actor)
  return m.parties.some((p) => p.organizationId !== null && acting.includes(p.organizationId))
}
