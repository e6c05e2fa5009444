import 'server-only'
import type { Access, Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { caseStudyEditAccess, caseStudyPolicySelect } from '@/lib/case-studies/policy'
import { contributionEditAccess, contributionPolicySelect } from '@/lib/contributions/policy'
import { prisma } from '@/lib/db'
import { planContents } from './contents'
import { conflict, notFound } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { grantEditAccess, grantPolicySelect } from '@/lib/grants/policy'
import { memorandumEditAccess } from '@/lib/memoranda/policy'
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
  'Agreement',
] as const
export type PublishableEntity = (typeof publishableEntities)[number]
type Status = 'DRAFT' | 'PUBLISHED'
type Tx = Prisma.TransactionClient

type Db = Tx | typeof prisma
const base = { id: true, version: true, publicationStatus: true } as const
type Loaded = { row: { id: string; version: number; publicationStatus: Status }; access: Access }

/** The row and the actor's access to it, when the policy allows it. */
function allowed<R extends Loaded['row']>(row: R | null, access: (row: R) => Access | null): Loaded | null {
  const a = row ? access(row) : null
  return row && a ? { row, access: a } : null
}

/** Each entity's row with what its policy needs, checked by that policy. */
const loaders: { [E in PublishableEntity]: (db: Db, actor: Actor, id: string) => Promise<Loaded | null> } = {
  Organization: async (db, actor, id) =>
    allowed(await db.organization.findUnique({ where: { id }, select: { ...base, ownerOrganizationId: true } }), (r) =>
      organizationEditAccess(actor, r),
    ),
  Partnership: async (db, actor, id) =>
    allowed(await db.partnership.findUnique({ where: { id }, select: { ...base, ...partnershipPolicySelect } }), (r) =>
      partnershipEditAccess(actor, r),
    ),
  Project: async (db, actor, id) =>
    allowed(await db.project.findUnique({ where: { id }, select: { ...base, ...projectPolicySelect } }), (r) =>
      projectEditAccess(actor, r),
    ),
  Contribution: async (db, actor, id) =>
    allowed(
      await db.contribution.findUnique({ where: { id }, select: { ...base, ...contributionPolicySelect } }),
      (r) => contributionEditAccess(actor, r),
    ),
  Outcome: async (db, actor, id) =>
    allowed(await db.outcome.findUnique({ where: { id }, select: { ...base, ...outcomePolicySelect } }), (r) =>
      outcomeEditAccess(actor, r),
    ),
  Grant: async (db, actor, id) =>
    allowed(await db.grant.findUnique({ where: { id }, select: { ...base, ...grantPolicySelect } }), (r) =>
      grantEditAccess(actor, r),
    ),
  Programme: async (db, actor, id) =>
    allowed(await db.programme.findUnique({ where: { id }, select: { ...base, ...programmePolicySelect } }), (r) =>
      programmeEditAccess(actor, r),
    ),
  Agreement: async (db, actor, id) =>
    allowed(await db.agreement.findUnique({ where: { id }, select: { ...base, ownerOrganizationId: true } }), (r) =>
      memorandumEditAccess(actor, r),
    ),
  CaseStudy: async (db, actor, id) =>
    allowed(await db.caseStudy.findUnique({ where: { id }, select: { ...base, ...caseStudyPolicySelect } }), (r) =>
      caseStudyEditAccess(actor, r),
    ),
}

type StatusWhere = { id: string; version?: number; publicationStatus?: Status }
const statusData = (to: Status) => ({ publicationStatus: to, version: { increment: 1 } })

/** Each entity's status update: one row, guarded by its version or its current status. */
const setStatus: { [E in PublishableEntity]: (tx: Tx, where: StatusWhere, to: Status) => Promise<{ count: number }> } =
  {
    Organization: (tx, where, to) => tx.organization.updateMany({ where, data: statusData(to) }),
    Partnership: (tx, where, to) => tx.partnership.updateMany({ where, data: statusData(to) }),
    Project: (tx, where, to) => tx.project.updateMany({ where, data: statusData(to) }),
    Contribution: (tx, where, to) => tx.contribution.updateMany({ where, data: statusData(to) }),
    Outcome: (tx, where, to) => tx.outcome.updateMany({ where, data: statusData(to) }),
    Grant: (tx, where, to) => tx.grant.updateMany({ where, data: statusData(to) }),
    Programme: (tx, where, to) => tx.programme.updateMany({ where, data: statusData(to) }),
    CaseStudy: (tx, where, to) => tx.caseStudy.updateMany({ where, data: statusData(to) }),
    Agreement: (tx, where, to) => tx.agreement.updateMany({ where, data: statusData(to) }),
  }

export async function loadWithAccess(actor: Actor, entity: PublishableEntity, id: string) {
  return loaders[entity](prisma, actor, id)
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
  const where: StatusWhere =
    version === undefined ? { id, publicationStatus: to === 'PUBLISHED' ? 'DRAFT' : 'PUBLISHED' } : { id, version }
  const n = await setStatus[entity](tx, where, to)
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

/** Publishes what the plan lists (lib/publishing/contents.ts): the confirmation showed the same list. */
async function publishContents(tx: Tx, actor: Actor, entity: 'Partnership' | 'Project', id: string): Promise<number> {
  let changed = 0
  for (const item of await planContents(tx, actor, entity, id))
    if (await flip(tx, actor, item.access, item.entity, item.id, 'PUBLISHED')) changed++
  return changed
}
