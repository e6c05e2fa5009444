import 'server-only'
import { adminAccess, REGISTRY_EDITORS_ID, type Actor } from '@/lib/auth/roles'
import { hashPassword } from '@/lib/auth/password'
import { hashToken, INVITATION_TTL_MS, newToken, RESET_TTL_MS } from '@/lib/auth/tokens'
import { writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { AppError, invalid, notFound } from '@/lib/errors'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import type { AcceptInvitationInput, InvitationInput, MembershipInput, SetPasswordInput } from './schema'

// Account administration. Admin-only mutations check `actor.isAdmin` themselves (callers may be any
// action); the token mutations are for people without a session and check the token instead.

function assertAdmin(actor: Actor) {
  if (!actor.isAdmin) throw notFound()
}

/** A membership fits its organization: officials belong to LSG bodies, editors and viewers to others. */
async function checkMembership(organizationId: string, role: string, field: string) {
  if (organizationId === REGISTRY_EDITORS_ID) throw invalid(field, 'unknownRecord') // admins act for it, not members
  const org = await prisma.organization.findUnique({ where: { id: organizationId }, select: { kind: true } })
  if (!org) throw invalid(field, 'unknownRecord')
  const isLsg = partyTypeOfKind[org.kind] === 'LSG'
  if ((role === 'OFFICIAL') !== isLsg) throw invalid('role', 'invalidChoice')
}

/** The audit's actor for what a person does to their own account before they are signed in. */
const selfActor = (user: { id: string; email: string; name: string }): Actor => ({
  userId: user.id,
  email: user.email,
  name: user.name,
  locale: 'ru',
  isAdmin: false,
  memberships: [],
})

export async function inviteUser(
  actor: Actor,
  input: InvitationInput,
): Promise<{ invitationId: string; token: string; email: string }> {
  assertAdmin(actor)
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw invalid('email', 'emailTaken')
  if (input.organizationId) await checkMembership(input.organizationId, input.role!, 'organizationId')
  const { token, hash } = newToken()
  const invitation = await prisma.$transaction(async (tx) => {
    // A new invitation replaces any open one for the same address.
    await tx.invitation.updateMany({
      where: { email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    })
    const created = await tx.invitation.create({
      data: {
        email: input.email,
        tokenHash: hash,
        globalRole: input.globalRole,
        organizationId: input.organizationId ?? null,
        role: input.role ?? null,
        invitedById: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      },
    })
    const { tokenHash: _secret, ...visible } = created
    await writeAudit(tx, actor, adminAccess, {
      entity: 'Invitation',
      entityId: created.id,
      action: 'CREATE',
      after: visible,
    })
    return created
  })
  return { invitationId: invitation.id, token, email: invitation.email }
}

export async function revokeInvitation(actor: Actor, invitationId: string) {
  assertAdmin(actor)
  await prisma.$transaction(async (tx) => {
    const n = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    })
    if (n.count !== 1) throw notFound()
    await writeAudit(tx, actor, adminAccess, {
      entity: 'Invitation',
      entityId: invitationId,
      action: 'DELETE',
      before: { id: invitationId },
    })
  })
}

/** Creates the account of an invitation and its membership; the link works once. */
export async function acceptInvitation(
  token: string,
  input: AcceptInvitationInput,
): Promise<{ userId: string; email: string }> {
  const passwordHash = await hashPassword(input.password)
  return prisma.$transaction(async (tx) => {
    const now = new Date()
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } })
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < now)
      throw new AppError('not_found', 'linkInvalid')
    // Claim the invitation first: of two simultaneous submissions only one gets count 1.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: now },
    })
    if (claimed.count !== 1) throw new AppError('not_found', 'linkInvalid')
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
      throw new AppError('not_found', 'linkInvalid')
    const user = await tx.user.create({
      data: { email: invitation.email, name: input.name, passwordHash, globalRole: invitation.globalRole },
    })
    const self = selfActor(user)
    await writeAudit(tx, self, null, { entity: 'User', entityId: user.id, action: 'CREATE', after: publicUser(user) })
    if (invitation.organizationId && invitation.role) {
      const m = await tx.membership.create({
        data: { userId: user.id, organizationId: invitation.organizationId, role: invitation.role },
      })
      await writeAudit(tx, self, null, { entity: 'Membership', entityId: m.id, action: 'CREATE', after: m })
    }
    return { userId: user.id, email: user.email }
  })
}

export async function issuePasswordReset(
  actor: Actor | null,
  userId: string,
): Promise<{ token: string; email: string }> {
  if (actor) assertAdmin(actor) // null: the command-line bootstrap of the first admin
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true } })
  if (!user) throw notFound()
  const { token, hash } = newToken()
  await prisma.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.create({
      data: {
        userId,
        tokenHash: hash,
        issuedById: actor?.userId ?? null,
        expiresAt: new Date(Date.now() + RESET_TTL_MS),
      },
    })
    await writeAudit(tx, actor, actor ? adminAccess : null, {
      entity: 'User',
      entityId: userId,
      action: 'UPDATE',
      before: { passwordResetIssued: null },
      after: { passwordResetIssued: row.createdAt },
    })
  })
  return { token, email: user.email }
}

/**
 * "Forgot password?": a reset link for the account with this address, if there is one and it is not
 * disabled. Null otherwise, and the caller answers the same either way (no one learns who has an
 * account). Audited as the user's own request.
 */
export async function requestPasswordReset(email: string): Promise<{ token: string; email: string } | null> {
  const user = await prisma.user.findFirst({
    where: { email: { equals: email.trim(), mode: 'insensitive' }, disabledAt: null },
    select: { id: true, email: true },
  })
  if (!user) return null
  const { token, hash } = newToken()
  await prisma.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_TTL_MS) },
    })
    await writeAudit(tx, null, null, {
      entity: 'User',
      entityId: user.id,
      action: 'UPDATE',
      before: { passwordResetRequested: null },
      after: { passwordResetRequested: row.createdAt },
    })
  })
  return { token, email: user.email }
}

/** Sets a new password from a reset link and ends every session of the user (sessionVersion + 1). */
export async function resetPassword(token: string, input: SetPasswordInput): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password)
  return prisma.$transaction(async (tx) => {
    const now = new Date()
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { user: true },
    })
    if (!row || row.usedAt || row.expiresAt < now || row.user.disabledAt) throw new AppError('not_found', 'linkInvalid')
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: now },
    })
    if (claimed.count !== 1) throw new AppError('not_found', 'linkInvalid')
    // Other open links of this user die with this one.
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } })
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    })
    const self = selfActor(user)
    await writeAudit(tx, self, null, {
      entity: 'User',
      entityId: user.id,
      action: 'UPDATE',
      before: { passwordChanged: null, sessionVersion: row.user.sessionVersion },
      after: { passwordChanged: now, sessionVersion: user.sessionVersion },
    })
    return { email: user.email }
  })
}

export async function addMembership(actor: Actor, userId: string, input: MembershipInput) {
  assertAdmin(actor)
  if (!(await prisma.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound()
  await checkMembership(input.organizationId, input.role, 'organizationId')
  await prisma.$transaction(async (tx) => {
    const before = await tx.membership.findUnique({
      where: { userId_organizationId: { userId, organizationId: input.organizationId } },
    })
    const after = await tx.membership.upsert({
      where: { userId_organizationId: { userId, organizationId: input.organizationId } },
      create: { userId, organizationId: input.organizationId, role: input.role },
      update: { role: input.role },
    })
    await writeAudit(tx, actor, adminAccess, {
      entity: 'Membership',
      entityId: after.id,
      action: before ? 'UPDATE' : 'CREATE',
      before,
      after,
    })
  })
}

export async function removeMembership(actor: Actor, membershipId: string) {
  assertAdmin(actor)
  await prisma.$transaction(async (tx) => {
    const before = await tx.membership.findUnique({ where: { id: membershipId } })
    if (!before) throw notFound()
    await tx.membership.delete({ where: { id: membershipId } })
    await writeAudit(tx, actor, adminAccess, { entity: 'Membership', entityId: membershipId, action: 'DELETE', before })
  })
}

/** Admin rights and disabling. An admin cannot take either from themselves (no locking out the last one by accident). */
export async function setUserAccess(actor: Actor, userId: string, change: { admin?: boolean; disabled?: boolean }) {
  assertAdmin(actor)
  if (userId === actor.userId) throw invalid('_form', 'invalid')
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } })
    if (!before) throw notFound()
    const disabling = change.disabled === true && !before.disabledAt
    const after = await tx.user.update({
      where: { id: userId },
      data: {
        ...(change.admin === undefined ? {} : { globalRole: change.admin ? 'ADMIN' : 'USER' }),
        ...(change.disabled === undefined
          ? {}
          : { disabledAt: change.disabled ? (before.disabledAt ?? new Date()) : null }),
        // Disabling ends the user's sessions at once (they are also refused while disabled).
        ...(disabling ? { sessionVersion: { increment: 1 } } : {}),
      },
    })
    await writeAudit(tx, actor, adminAccess, {
      entity: 'User',
      entityId: userId,
      action: 'UPDATE',
      before: publicUser(before),
      after: publicUser(after),
    })
  })
}

function publicUser(u: {
  id: string
  email: string
  name: string
  globalRole: string
  disabledAt: Date | null
  sessionVersion: number
}) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    globalRole: u.globalRole,
    disabledAt: u.disabledAt,
    sessionVersion: u.sessionVersion,
  }
}
