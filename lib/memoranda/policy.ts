// Who may change a memorandum, and what its parties see. Pure (ADR 005, 010).
// A memorandum is kept by the organization that recorded it (an NGO or an LSG body): its editors and
// officials change it, amend, renew and end it; admins may too, and only admins change the 2006
// handbook's memoranda. Its other parties do not change it: a local self-government confirms or
// disputes it (lib/confirmations). Attaching it to a partnership or a project needs edit rights there.
import type { Prisma } from '@/lib/generated/prisma/client'
import type { AgreementStatus } from '@/lib/generated/prisma/enums'
import { actingOrgIds, editPolicy, memberOrgIds, REGISTRY_EDITORS_ID, type Access, type Actor } from '@/lib/auth/roles'

export type MemorandumPolicyRow = {
  ownerOrganizationId: string
  publicationStatus: string
  parties: { organizationId: string | null }[]
}

export function memorandumEditAccess(actor: Actor, m: Pick<MemorandumPolicyRow, 'ownerOrganizationId'>): Access | null {
  return editPolicy(actor, m.ownerOrganizationId)
}
export const canEditMemorandum = (actor: Actor, m: Pick<MemorandumPolicyRow, 'ownerOrganizationId'>) =>
  memorandumEditAccess(actor, m) !== null

export function memorandumEditableWhere(actor: Actor): Prisma.AgreementWhereInput {
  if (actor.isAdmin) return {}
  return { ownerOrganizationId: { in: actingOrgIds(actor), not: REGISTRY_EDITORS_ID } }
}

/**
 * What a signed-in person sees of a memorandum: its keepers everything; a member of one of its party
 * organizations the memorandum with its confirmation panel (never another organization's private
 * documents or the owner's notes — a memorandum has none); anyone else its public page, or nothing.
 */
export function memorandumViewOf(actor: Actor, m: MemorandumPolicyRow): 'keeper' | 'party' | null {
  const mine = memberOrgIds(actor)
  if (canEditMemorandum(actor, m) || mine.includes(m.ownerOrganizationId)) return 'keeper'
  if (m.parties.some((p) => p.organizationId !== null && mine.includes(p.organizationId))) return 'party'
  return null
}

/** Memoranda the actor works with: kept by their organizations, or with one of them as a party. */
export function myMemorandaWhere(actor: Actor): Prisma.AgreementWhereInput {
  if (actor.isAdmin) return {}
  const mine = memberOrgIds(actor)
  return { OR: [{ ownerOrganizationId: { in: mine } }, { parties: { some: { organizationId: { in: mine } } } }] }
}

export const memorandumPolicySelect = {
  ownerOrganizationId: true,
  publicationStatus: true,
  parties: { select: { organizationId: true } },
} as const

/** Statuses a memorandum leaves only through a renewal or not at all: an edit keeps them. */
export const FINAL_STATUSES: readonly AgreementStatus[] = ['TERMINATED', 'SUPERSEDED']

type Lifecycle = { status: AgreementStatus; renewals: unknown[] | number }
const renewalCount = (m: Lifecycle) => (typeof m.renewals === 'number' ? m.renewals : m.renewals.length)

/** Renewable: it was in force (active, suspended, or of unknown status) and nothing renews it yet. */
export const canRenew = (m: Lifecycle) =>
  !FINAL_STATUSES.includes(m.status) && m.status !== 'DRAFT' && renewalCount(m) === 0

/** Still running (amendable, terminable): neither terminated nor superseded. */
export const isRunning = (m: { status: AgreementStatus }) => !FINAL_STATUSES.includes(m.status)
