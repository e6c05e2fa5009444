import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { hashToken } from '@/lib/auth/tokens'
import { prisma } from '@/lib/db'

// Account lists for admins. Every query takes the actor and returns nothing to anyone else.

/** What an admin sees of an account (never its password hash or session version). */
const accountSelect = {
  id: true,
  email: true,
  name: true,
  globalRole: true,
  disabledAt: true,
  createdAt: true,
} as const

export async function listUsersForAdmin(actor: Actor) {
  if (!actor.isAdmin) return []
  return prisma.user.findMany({
    orderBy: { email: 'asc' },
    select: {
      ...accountSelect,
      memberships: { select: { id: true, role: true, organization: { select: { id: true, name: true } } } },
    },
  })
}

export async function getUserForAdmin(actor: Actor, userId: string) {
  if (!actor.isAdmin) return null
  return prisma.user.findUnique({
    where: { id: userId },
    select: {
      ...accountSelect,
      memberships: {
        select: { id: true, role: true, organization: { select: { id: true, name: true, kind: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  })
}

export async function listOpenInvitations(actor: Actor) {
  if (!actor.isAdmin) return []
  return prisma.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      email: true,
      globalRole: true,
      role: true,
      expiresAt: true,
      organization: { select: { name: true } },
    },
  })
}

/** An open invitation for a link, or null (unknown, used, revoked or expired: the page says only "not valid"). */
export async function findOpenInvitation(token: string) {
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      role: true,
      organization: { select: { name: true } },
    },
  })
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date()) return null
  return invitation
}

export async function findOpenReset(token: string) {
  const row = await prisma.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, disabledAt: true } } },
  })
  if (!row || row.usedAt || row.expiresAt < new Date() || row.user.disabledAt) return null
  return { email: row.user.email }
}
