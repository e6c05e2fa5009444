// Accounts: the actor is loaded from the database on every request; invitations and password resets are
// one-time links; admin-only mutations refuse everyone else. Rows and audit events are asserted.
import { afterAll, describe, expect, it } from 'vitest'
import { loadActor } from '@/lib/auth/load-actor'
import { verifyPassword } from '@/lib/auth/password'
import { hashToken } from '@/lib/auth/tokens'
import { AppError } from '@/lib/errors'
import {
  acceptInvitation,
  addMembership,
  inviteUser,
  issuePasswordReset,
  removeMembership,
  requestPasswordReset,
  resetPassword,
  setUserAccess,
} from '@/lib/users/mutations'
import { findOpenInvitation } from '@/lib/users/queries'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

const rejects = async (p: Promise<unknown>, code: AppError['code'], key?: string) => {
  const e = await p.then(
    () => null,
    (err) => err,
  )
  expect(e, 'expected an AppError').toBeInstanceOf(AppError)
  expect(e.code).toBe(code)
  if (key) expect(e.key).toBe(key)
  return e as AppError
}

describe('the actor of a session', () => {
  it('comes from the database: memberships, a removed role and disabling count at once', async () => {
    const org = await f.organization()
    const user = await f.user({ memberships: [{ organizationId: org.id, role: 'EDITOR' }] })
    const actor = await loadActor(user.id, user.sessionVersion)
    expect(actor).toMatchObject({
      userId: user.id,
      isAdmin: false,
      memberships: [{ organizationId: org.id, role: 'EDITOR' }],
    })

    await prisma.membership.deleteMany({ where: { userId: user.id } })
    expect((await loadActor(user.id, user.sessionVersion))?.memberships).toEqual([])

    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } })
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull()
  })

  it('is null for a session issued before the sessionVersion moved on, or for an unknown user', async () => {
    const user = await f.user()
    expect(await loadActor(user.id, user.sessionVersion + 1)).toBeNull()
    expect(await loadActor('cnosuchuser000000000000000', 1)).toBeNull()
  })
})

describe('invitations', () => {
  it('an admin invites; the link creates the account and membership once; every step is audited', async () => {
    const admin = await actorOf(await f.user({ admin: true }))
    const org = await f.organization()
    const email = `${f.tag}-invited@test.example`
    const { invitationId, token } = await inviteUser(admin, {
      email,
      globalRole: 'USER',
      organizationId: org.id,
      role: 'EDITOR',
    })

    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } })
    expect(row).toMatchObject({
      email,
      organizationId: org.id,
      role: 'EDITOR',
      invitedById: admin.userId,
      acceptedAt: null,
    })
    expect(row.tokenHash).toBe(hashToken(token)) // only the hash is stored
    const created = await prisma.auditEvent.findFirstOrThrow({
      where: { entity: 'Invitation', entityId: invitationId },
    })
    expect(created).toMatchObject({ action: 'CREATE', actorUserId: admin.userId, actorRole: 'admin' })
    expect(JSON.stringify(created.after)).not.toContain(row.tokenHash)
    expect(await findOpenInvitation(token)).toMatchObject({ email })

    const { userId } = await acceptInvitation(token, {
      name: 'Gulnara',
      password: 'a long enough password',
      passwordConfirm: 'a long enough password',
    })
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } })
    expect(user).toMatchObject({
      email,
      name: 'Gulnara',
      globalRole: 'USER',
      memberships: [{ organizationId: org.id, role: 'EDITOR' }],
    })
    expect(await verifyPassword('a long enough password', user.passwordHash!)).toBe(true)
    expect(await prisma.auditEvent.count({ where: { entity: 'User', entityId: userId, action: 'CREATE' } })).toBe(1)
    expect(
      await prisma.auditEvent.count({
        where: { entity: 'Membership', entityId: user.memberships[0].id, action: 'CREATE' },
      }),
    ).toBe(1)

    // Used: the same link creates nothing more.
    await rejects(
      acceptInvitation(token, {
        name: 'Again',
        password: 'a long enough password',
        passwordConfirm: 'a long enough password',
      }),
      'not_found',
      'linkInvalid',
    )
    expect(await prisma.user.count({ where: { email } })).toBe(1)
    expect(await findOpenInvitation(token)).toBeNull()
  })

  it('refuses non-admins (as not found), existing e-mails, mismatched roles and expired links; nothing is written', async () => {
    const org = await f.organization()
    const editor = await actorOf(await f.user({ memberships: [{ organizationId: org.id, role: 'EDITOR' }] }))
    const admin = await actorOf(await f.user({ admin: true }))
    const before = await prisma.invitation.count()

    await rejects(inviteUser(editor, { email: `${f.tag}-x@test.example`, globalRole: 'ADMIN' }), 'not_found')
    await rejects(inviteUser(admin, { email: editor.email, globalRole: 'USER' }), 'invalid', 'emailTaken')
    const e = await rejects(
      inviteUser(admin, {
        email: `${f.tag}-y@test.example`,
        globalRole: 'USER',
        organizationId: org.id,
        role: 'OFFICIAL',
      }),
      'invalid',
      'invalidChoice',
    )
    expect(e.field).toBe('role') // an NGO has editors, not officials
    expect(await prisma.invitation.count()).toBe(before)

    const { invitationId, token } = await inviteUser(admin, { email: `${f.tag}-late@test.example`, globalRole: 'USER' })
    await prisma.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } })
    await rejects(
      acceptInvitation(token, {
        name: 'Late',
        password: 'a long enough password',
        passwordConfirm: 'a long enough password',
      }),
      'not_found',
      'linkInvalid',
    )
    expect(await prisma.user.count({ where: { email: `${f.tag}-late@test.example` } })).toBe(0)
  })
})

describe('password reset', () => {
  it('sets the new password and ends every session; the link works once', async () => {
    const admin = await actorOf(await f.user({ admin: true }))
    const user = await f.user()
    expect(await loadActor(user.id, user.sessionVersion)).not.toBeNull()

    const { token } = await issuePasswordReset(admin, user.id)
    await resetPassword(token, { password: 'brand new password', passwordConfirm: 'brand new password' })
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(after.sessionVersion).toBe(user.sessionVersion + 1)
    expect(await verifyPassword('brand new password', after.passwordHash!)).toBe(true)
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull() // the old session is over
    expect(await loadActor(user.id, after.sessionVersion)).not.toBeNull()
    const audit = await prisma.auditEvent.findMany({
      where: { entity: 'User', entityId: user.id },
      orderBy: { id: 'asc' },
    })
    expect(audit.map((a) => a.action)).toEqual(['UPDATE', 'UPDATE']) // issued by the admin, used by the user
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(after.passwordHash!)

    await rejects(
      resetPassword(token, { password: 'another password!', passwordConfirm: 'another password!' }),
      'not_found',
      'linkInvalid',
    )
  })

  it('only admins issue links', async () => {
    const editor = await actorOf(await f.user())
    const user = await f.user()
    await rejects(issuePasswordReset(editor, user.id), 'not_found')
    expect(await prisma.passwordResetToken.count({ where: { userId: user.id } })).toBe(0)
  })

  it('"forgot password?" gives a working link for an account’s address in any case, and nothing for others', async () => {
    const user = await f.user()
    const asked = await requestPasswordReset(`  ${user.email.toUpperCase()} `)
    expect(asked?.email).toBe(user.email)
    await resetPassword(asked!.token, { password: 'remembered at last', passwordConfirm: 'remembered at last' })
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(await verifyPassword('remembered at last', after.passwordHash!)).toBe(true)

    expect(await requestPasswordReset('nobody-here@test.example')).toBeNull()
    const disabled = await f.user()
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } })
    expect(await requestPasswordReset(disabled.email)).toBeNull()
    expect(await prisma.passwordResetToken.count({ where: { userId: disabled.id } })).toBe(0)
  })
})

describe('memberships and access', () => {
  it('admins add and remove memberships (audited); officials only for LSG bodies', async () => {
    const admin = await actorOf(await f.user({ admin: true }))
    const user = await f.user()
    const aiylOkmot = await f.lsgBody('KG07232820000')
    await addMembership(admin, user.id, { organizationId: aiylOkmot.id, role: 'OFFICIAL' })
    const actor = await actorOf(user)
    expect(actor.memberships).toMatchObject([{ organizationId: aiylOkmot.id, role: 'OFFICIAL' }])
    await rejects(
      addMembership(admin, user.id, { organizationId: aiylOkmot.id, role: 'EDITOR' }),
      'invalid',
      'invalidChoice',
    )

    const m = await prisma.membership.findFirstOrThrow({ where: { userId: user.id } })
    await removeMembership(admin, m.id)
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(0)
    expect(
      await prisma.auditEvent.findMany({
        where: { entity: 'Membership', entityId: m.id },
        select: { action: true },
        orderBy: { id: 'asc' },
      }),
    ).toEqual([{ action: 'CREATE' }, { action: 'DELETE' }])
  })

  it('disabling ends the sessions at once; an admin cannot disable themselves', async () => {
    const adminUser = await f.user({ admin: true })
    const admin = await actorOf(adminUser)
    const user = await f.user()
    await setUserAccess(admin, user.id, { disabled: true })
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull()
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(row.disabledAt).not.toBeNull()
    expect(await loadActor(user.id, row.sessionVersion)).toBeNull() // refused while disabled, whatever the version
    await rejects(setUserAccess(admin, admin.userId, { disabled: true }), 'invalid')
    expect((await prisma.user.findUniqueOrThrow({ where: { id: adminUser.id } })).disabledAt).toBeNull()
  })
})
