import 'server-only'
import { accessThrough, type Access, type Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { AppError, notFound } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { notifyKeepers, notifyOfficials } from '@/lib/confirmations/notify'
import { bodiesForContribution, bodiesForParties, type ConfirmableEntity } from './required'

type Tx = Prisma.TransactionClient
const partyOrg = { select: { kind: true } } as const

/** The bodies that confirm a record, and its owner, read in `db`. Null when the record does not exist. */
export async function confirmingBodies(
  db: Tx | typeof prisma,
  entity: ConfirmableEntity,
  id: string,
): Promise<{ bodies: string[]; ownerOrganizationId: string } | null> {
  switch (entity) {
    case 'Contribution': {
      const c = await db.contribution.findUnique({
        where: { id },
        select: { ownerOrganizationId: true, partyOrganizationId: true, partyOrganization: partyOrg },
      })
      return c && { bodies: bodiesForContribution(c), ownerOrganizationId: c.ownerOrganizationId }
    }
    case 'Outcome': {
      const o = await db.outcome.findUnique({
        where: { id },
        select: {
          ownerOrganizationId: true,
          project: {
            select: {
              partnership: { select: { parties: { select: { organizationId: true, organization: partyOrg } } } },
            },
          },
        },
      })
      return (
        o && {
          bodies: bodiesForParties(o.ownerOrganizationId, o.project?.partnership?.parties ?? []),
          ownerOrganizationId: o.ownerOrganizationId,
        }
      )
    }
    case 'Agreement': {
      const a = await db.agreement.findUnique({
        where: { id },
        select: { ownerOrganizationId: true, parties: { select: { organizationId: true, organization: partyOrg } } },
      })
      return (
        a && { bodies: bodiesForParties(a.ownerOrganizationId, a.parties), ownerOrganizationId: a.ownerOrganizationId }
      )
    }
  }
}

/**
 * A body's answer: confirmed, or disputed with a comment (seen by the two sides only). Only an
 * official of one of the record's confirming bodies may answer, for that body; a dispute needs a
 * comment. The record's keepers are told.
 */
export async function answerConfirmation(
  actor: Actor,
  entity: ConfirmableEntity,
  id: string,
  answer: { state: 'CONFIRMED' | 'DISPUTED'; comment?: string },
): Promise<{ organizationId: string }> {
  const found = await confirmingBodies(prisma, entity, id)
  const access = found ? accessThrough(actor, found.bodies, ['OFFICIAL']) : null
  if (!found || !access || access.via !== 'organization') throw notFound()
  if (answer.state === 'DISPUTED' && !answer.comment) throw new AppError('invalid', 'disputeNeedsComment', 'comment')
  const organizationId = access.organizationId
  await prisma.$transaction(async (tx) => {
    const before = await tx.confirmation.findUnique({
      where: { entity_entityId_organizationId: { entity, entityId: id, organizationId } },
    })
    const data = {
      state: answer.state,
      comment: answer.state === 'DISPUTED' ? answer.comment! : null,
      decidedById: actor.userId,
      decidedAt: new Date(),
    }
    const row = await tx.confirmation.upsert({
      where: { entity_entityId_organizationId: { entity, entityId: id, organizationId } },
      create: { entity, entityId: id, organizationId, ...data },
      update: data,
    })
    await writeAudit(tx, actor, access, {
      entity: 'Confirmation',
      entityId: row.id,
      action: before ? 'UPDATE' : 'CREATE',
      before,
      after: row,
    })
    await notifyKeepers(tx, {
      ownerOrganizationId: found.ownerOrganizationId,
      kind: answer.state === 'CONFIRMED' ? 'confirmed' : 'disputed',
      entity,
      entityId: id,
      byOrganizationId: organizationId,
      dedupe: `${row.id}:${row.decidedAt.toISOString()}`,
    })
  })
  return { organizationId }
}

/**
 * After a change to a confirmable record, inside its transaction: the answers of the other bodies no
 * longer hold (they confirmed, or disputed, what was there before) and are removed, and their
 * officials are told; a body that made the change itself has confirmed it by doing so.
 */
export async function resetConfirmations(
  tx: Tx,
  actor: Actor,
  access: Access,
  entity: ConfirmableEntity,
  id: string,
): Promise<void> {
  const found = await confirmingBodies(tx, entity, id)
  if (!found) return
  const own =
    access.via === 'organization' && found.bodies.includes(access.organizationId) ? access.organizationId : null
  const removed = await tx.confirmation.findMany({
    where: { entity, entityId: id, ...(own ? { NOT: { organizationId: own } } : {}) },
    select: { organizationId: true },
  })
  await tx.confirmation.deleteMany({
    where: { entity, entityId: id, ...(own ? { NOT: { organizationId: own } } : {}) },
  })
  if (own) {
    const data = { state: 'CONFIRMED' as const, comment: null, decidedById: actor.userId, decidedAt: new Date() }
    await tx.confirmation.upsert({
      where: { entity_entityId_organizationId: { entity, entityId: id, organizationId: own } },
      create: { entity, entityId: id, organizationId: own, ...data },
      update: data,
    })
  }
  const version = Date.now()
  for (const body of found.bodies.filter((b) => b !== own))
    await notifyOfficials(tx, {
      organizationId: body,
      kind: removed.some((r) => r.organizationId === body) ? 'changed' : 'toConfirm',
      entity,
      entityId: id,
      dedupe: `${version}`,
    })
}
