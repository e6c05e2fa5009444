import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { confirmationDesk, disputesOfMine } from '@/lib/confirmations/queries'
import { prisma } from '@/lib/db'
import { canEditMemorandum } from '@/lib/memoranda/policy'
import { listMyMemoranda } from '@/lib/memoranda/queries'
import { displayStatus } from '@/lib/memoranda/status'
import { contributionEditableWhere } from '@/lib/contributions/policy'
import { outcomeEditableWhere } from '@/lib/outcomes/policy'
import { myPartnershipsWhere } from '@/lib/partnerships/manage-queries'
import { partnershipEditableWhere } from '@/lib/partnerships/policy'
import { projectEditableWhere } from '@/lib/projects/policy'

/** Everything the dashboard shows, scoped to the actor (ADR 005): nothing here is public data. */
/** The desk's lists: the twenty records changed last, each with its title in its source language. */
const latestChanged = { orderBy: { updatedAt: 'desc' }, take: 20 } as const
const titleSelect = { id: true, title: true, sourceLocale: true } as const

export async function getDashboard(actor: Actor) {
  const mine = myPartnershipsWhere(actor)
  const [
    partnerships,
    draftPartnerships,
    draftProjects,
    draftContributions,
    draftOutcomes,
    activity,
    users,
    invitations,
    toConfirm,
    disputes,
    memoranda,
  ] = await Promise.all([
    prisma.partnership.findMany({
      where: mine,
      ...latestChanged,
      select: {
        ...titleSelect,
        publicationStatus: true,
        status: true,
        updatedAt: true,
        _count: { select: { projects: true } },
      },
    }),
    prisma.partnership.count({ where: { AND: [partnershipEditableWhere(actor), { publicationStatus: 'DRAFT' }] } }),
    prisma.project.findMany({
      where: { AND: [projectEditableWhere(actor), { publicationStatus: 'DRAFT' }] },
      ...latestChanged,
      select: {
        ...titleSelect,
        updatedAt: true,
        partnership: { select: { id: true, title: true } },
      },
    }),
    prisma.contribution.count({ where: { AND: [contributionEditableWhere(actor), { publicationStatus: 'DRAFT' }] } }),
    prisma.outcome.count({ where: { AND: [outcomeEditableWhere(actor), { publicationStatus: 'DRAFT' }] } }),
    prisma.auditEvent.findMany({
      where: { actorUserId: actor.userId },
      orderBy: { id: 'desc' },
      take: 10,
      select: { id: true, at: true, entity: true, entityId: true, action: true },
    }),
    actor.isAdmin ? prisma.user.count() : Promise.resolve(null),
    actor.isAdmin
      ? prisma.invitation.count({ where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } })
      : Promise.resolve(null),
    confirmationDesk(actor),
    disputesOfMine(actor),
    listMyMemoranda(actor),
  ])
  return {
    // The desk: what waits for the actor's answer or decision, most pressing first.
    toConfirm,
    disputes,
    expiring: memoranda
      .map((m) => ({ ...m, display: displayStatus(m), canEdit: canEditMemorandum(actor, m) }))
      .filter((m) => m.display.kind === 'expiring' || m.display.kind === 'expired'),
    partnerships,
    drafts: {
      partnerships: draftPartnerships,
      projects: draftProjects.length,
      contributions: draftContributions,
      outcomes: draftOutcomes,
    },
    draftProjects,
    activity: activity.map((a) => ({ ...a, id: a.id.toString() })),
    admin: actor.isAdmin ? { users: users ?? 0, invitations: invitations ?? 0 } : null,
  }
}
