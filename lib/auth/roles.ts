// The actor and the role vocabulary. Pure: no database, no Next.js, so policies and tests use it as is.
// See docs/decisions/005-accounts-and-authorization.md.
import type { MembershipRole, OrganizationKind } from '@/lib/generated/prisma/enums'
import type { Locale } from '@/lib/i18n/locales'

/**
 * The organization the seed's handbook records and LSG bodies belong to (stableId of
 * 'org:system:registry-editors', see prisma/seed/plan/rows.ts): only admins act for it.
 */
export const REGISTRY_EDITORS_ID = 'c09524d6e1a79384c503b5f1f'

export type ActorMembership = {
  organizationId: string
  role: MembershipRole
  organization: { name: unknown; kind: OrganizationKind; governsTerritoryId: string | null }
}

/** Who is acting: loaded from the database on every request (lib/auth/actor.ts), never from the token alone. */
export type Actor = {
  userId: string
  email: string
  name: string
  locale: Locale
  isAdmin: boolean
  memberships: ActorMembership[]
}

/** The four roles of the issue, as shown on the dashboard. A user may hold several. */
export type RoleName = 'admin' | 'editor' | 'official' | 'viewer'

export function roleNames(actor: Actor): RoleName[] {
  const roles: RoleName[] = []
  if (actor.isAdmin) roles.push('admin')
  if (actor.memberships.some((m) => m.role === 'EDITOR')) roles.push('editor')
  if (actor.memberships.some((m) => m.role === 'OFFICIAL')) roles.push('official')
  if (!roles.length) roles.push('viewer')
  return roles
}

/** Records owned by the registry editors (the seed's) are changed by admins only. */
export const isSeededOwner = (ownerOrganizationId: string) => ownerOrganizationId === REGISTRY_EDITORS_ID

/** Organizations whose records the actor may change as an NGO editor. */
export function editorOrgIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.role === 'EDITOR').map((m) => m.organizationId)
}

/** LSG bodies the actor is an official of. */
export function officialOrgIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.role === 'OFFICIAL').map((m) => m.organizationId)
}

/** Every organization the actor belongs to, in any role (viewers read their organizations' drafts). */
export function memberOrgIds(actor: Actor): string[] {
  return actor.memberships.map((m) => m.organizationId)
}

/** Organizations the actor may enter new records for (the owner of a new record is one of these). */
export function actingOrgIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.role === 'EDITOR' || m.role === 'OFFICIAL').map((m) => m.organizationId)
}

export function canCreateRecords(actor: Actor): boolean {
  return actor.isAdmin || actingOrgIds(actor).length > 0
}

/**
 * Why a policy lets the actor act: as an admin, or through one of their organizations (in which role).
 * Written to the audit trail, so a record's history shows "organization X, editor" and no person.
 */
export type Access = { via: 'admin' } | { via: 'organization'; organizationId: string; role: MembershipRole }

export const adminAccess: Access = { via: 'admin' }

/** The actor's access through the first of `orgIds` where they hold one of `roles`, if any. */
export function accessThrough(
  actor: Actor,
  orgIds: readonly (string | null | undefined)[],
  roles: readonly MembershipRole[],
): Access | null {
  for (const id of orgIds) {
    if (!id) continue
    const m = actor.memberships.find((x) => x.organizationId === id && roles.includes(x.role))
    if (m) return { via: 'organization', organizationId: id, role: m.role }
  }
  return null
}

/** AuditEvent.actorRole and actorOrganizationId for an action taken with `access`. */
export function auditActor(access: Access): { role: string; organizationId: string | null } {
  return access.via === 'admin'
    ? { role: 'admin', organizationId: null }
    : { role: access.role.toLowerCase(), organizationId: access.organizationId }
}

const ACTING: readonly MembershipRole[] = ['EDITOR', 'OFFICIAL']

/** Access to a record through its owning organization (editors and officials of the owner). */
export function ownerAccess(actor: Actor, ownerOrganizationId: string): Access | null {
  return accessThrough(actor, [ownerOrganizationId], ACTING)
}

/**
 * The start of every edit policy: admins may; nobody else may touch the seed's records; then the
 * domain's own rules. `rules` run only for non-admins on non-seeded records.
 */
export function editPolicy(
  actor: Actor,
  ownerOrganizationId: string,
  ...rules: (() => Access | null)[]
): Access | null {
  if (actor.isAdmin) return adminAccess
  if (isSeededOwner(ownerOrganizationId)) return null
  const own = ownerAccess(actor, ownerOrganizationId)
  if (own) return own
  for (const rule of rules) {
    const access = rule()
    if (access) return access
  }
  return null
}

/** What `editableWhere` builds: any entity's where-input with an `ownerOrganizationId` accepts it. */
export type EditableWhere<W> = {
  ownerOrganizationId?: { not: string }
  OR?: (W | { ownerOrganizationId: { in: string[] } })[]
}

/**
 * The where-builder twin of `editPolicy`: admins every row; anyone else no seeded row, and of the rest
 * those their organizations own (as editors or officials) or that one of `through` reaches. `through`
 * gets the actor's acting organizations and returns the entity's own where-inputs for its other rules.
 */
export function editableWhere<W>(actor: Actor, through: (acting: string[]) => W[]): EditableWhere<W> {
  if (actor.isAdmin) return {}
  const acting = actingOrgIds(actor)
  return {
    ownerOrganizationId: { not: REGISTRY_EDITORS_ID },
    OR: [{ ownerOrganizationId: { in: acting } }, ...through(acting)],
  }
}
