import 'server-only'
import type { Access, Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { caseStudyEditAccess, caseStudyPolicySelect } from '@/lib/case-studies/policy'
import { contributionEditAccess, contributionPolicySelect } from '@/lib/contributions/policy'
import { prisma } from '@/lib/db'
import { conflict, notFound } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { grantEditAccess, grantPolicySelect } from '@/lib/grants/policy'
import { organizationEditAccess } from '@/lib/organizations/policy'
import { outcomeEditAccess, outcomePolicySelect } from '@/lib/outcomes/policy'
import { partnershipEditAccess, partnershipPolicySelect } from '@/lib/partnerships/policy'
import { programmeEditAccess, programmePolicySelect } from '@/lib/programmes/policy'
import { projectEditAccess, projectPolicySelect } from '@/lib/projects/policy'

export const publishableEntities = [
  'Organization',
  'Partnership',
  'Project',
  'Contribution',
  'Outcome',
  'Grant',
  'Programme',
  'CaseStudy',
] as const
export type PublishableEntity = (typeof publishableEntities)[number]
type Status = 'DRAFT' | 'PUBLISHED'
type Tx = Prisma.TransactionClient

type Delegate = {
  findUnique(args: object): Promise<({ version: number; publicationStatus: Status } & Record<string, unknown>) | null>
  updateMany(args: object): Promise<{ count: number }>
}
const delegate = (tx: Tx | typeof prisma, entity: PublishableEntity) =>
  (tx as unknown as Record<string, Delegate>)[entity[0].toLowerCase() + entity.slice(1)]

/** Each entity's policy, on the row loaded with what the policy needs. */
const policies: Record<PublishableEntity, { select: object; access: (actor: Actor, row: never) => Access | null }> = {
  Organization: { select: { id: true, ownerOrganizationId: true }, access: organizationEditAccess as never },
  Partnership: { select: partnershipPolicySelect, access: partnershipEditAccess as never },
  Project: { select: projectPolicySelect, access: projectEditAccess as never },
  Contribution: { select: contributionPolicySelect, access: contributionEditAccess as never },
  Outcome: { select: outcomePolicySelect, access: outcomeEditAccess as never },
  Grant: { select: grantPolicySelect, access: grantEditAccess as never },
  Programme: { select: programmePolicySelect, access: programmeEditAccess as never },
  CaseStudy: { select: caseStudyPolicySelect, access: caseStudyEditAccess as never },
}

export async function loadWithAccess(actor: Actor, entity: PublishableEntity, id: string) {
  const row = await delegate(prisma, entity).findUnique({
    where: { id },
    select: { id: true, version: true, publicationStatus: true, ...policies[entity].select },
  })
  const access = row ? policies[entity].access(actor, row as never) : null
  return row && access ? { row, access } : null
}

/** Sets one row's status (with its version check when the user named one), and audits it. */
async function flip(
  tx: Tx,
  actor: Actor,
  access: Access,
  entity: PublishableEntity,
  id: string,
  to: Status,
  version?: number,
): Promise<boolean> {
  const where =
    version === undefined ? { id, publicationStatus: to === 'PUBLISHED' ? 'DRAFT' : 'PUBLISHED' } : { id, version }
  const n = await delegate(tx, entity).updateMany({ where, data: { publicationStatus: to, version: { increment: 1 } } })
  if (n.count !== 1) return false
  const from: Status = to === 'PUBLISHED' ? 'DRAFT' : 'PUBLISHED'
  await writeAudit(tx, actor, access, {
    entity,
    entityId: id,
    action: to === 'PUBLISHED' ? 'PUBLISH' : 'UNPUBLISH',
    before: { publicationStatus: from },
    after: { publicationStatus: to },
  })
  return true
}

/**
 * Publishes or withdraws a record. With `withContents`, publishing a partnership also publishes its
 * draft projects and, below them, their ledger lines, outcomes and the grants those lines count, and
 * the draft organizations among its parties — each only where the actor may change it, each audited.
 * Returns how many records changed.
 */
export async function setPublication(
  actor: Actor,
  entity: PublishableEntity,
  id: string,
  version: number,
  to: Status,
  { withContents = false } = {},
): Promise<{ changed: number }> {
  const found = await loadWithAccess(actor, entity, id)
  if (!found) throw notFound()
  return prisma.$transaction(async (tx) => {
    if (found.row.version !== version || found.row.publicationStatus === to) throw conflict()
    if (!(await flip(tx, actor, found.access, entity, id, to, version))) throw conflict()
    let changed = 1
    if (to === 'PUBLISHED' && withContents && (entity === 'Partnership' || entity === 'Project'))
      changed += await publishContents(tx, actor, entity, id)
    return { changed }
  })
}

async function publishContents(tx: Tx, actor: Actor, entity: 'Partnership' | 'Project', id: string): Promise<number> {
  let changed = 0
  const publish = async (e: PublishableEntity, rowId: string, access: Access | null) => {
    if (access && (await flip(tx, actor, access, e, rowId, 'PUBLISHED'))) changed++
  }
  if (entity === 'Partnership') {
    const parties = await tx.partnershipParty.findMany({
      where: { partnershipId: id, organization: { publicationStatus: 'DRAFT' } },
      select: { organization: { select: { id: true, ownerOrganizationId: true } } },
    })
    for (const p of parties)
      if (p.organization)
        await publish('Organization', p.organization.id, organizationEditAccess(actor, p.organization))
  }
  const projects = await tx.project.findMany({
    where: entity === 'Partnership' ? { partnershipId: id } : { id },
    select: { id: true, ...projectPolicySelect },
  })
  for (const project of projects) {
    if (project.publicationStatus === 'DRAFT') await publish('Project', project.id, projectEditAccess(actor, project))
    const lines = await tx.contribution.findMany({
      where: { projectId: project.id, publicationStatus: 'DRAFT' },
      select: { id: true, grantId: true, ...contributionPolicySelect },
    })
    for (const line of lines) {
      await publish('Contribution', line.id, contributionEditAccess(actor, line))
      if (line.grantId) {
        const grant = await tx.grant.findFirst({
          where: { id: line.grantId, publicationStatus: 'DRAFT' },
          select: { id: true, ...grantPolicySelect },
        })
        if (grant) await publish('Grant', grant.id, grantEditAccess(actor, grant))
      }
    }
    const outcomes = await tx.outcome.findMany({
      where: { projectId: project.id, publicationStatus: 'DRAFT' },
      select: { id: true, ...outcomePolicySelect },
    })
    for (const o of outcomes) await publish('Outcome', o.id, outcomeEditAccess(actor, o))
  }
  return changed
}
