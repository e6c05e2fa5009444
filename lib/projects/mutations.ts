import 'server-only'
import { periodColumns } from '@/lib/dates'
import type { Actor } from '@/lib/auth/roles'
import { recordAudit, writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { AppError, conflict, invalid, notFound } from '@/lib/errors'
import type { WarningKey } from '@/lib/forms/errors'
import { recordIdFor } from '@/lib/forms/submission'
import { Prisma } from '@/lib/generated/prisma/client'
import { ownerForChild } from '@/lib/manage/child-owner'
import { createOnce } from '@/lib/manage/create-once'
import { partnershipEditAccess, partnershipPolicySelect } from '@/lib/partnerships/policy'
import { checkTerritories } from '@/lib/territories/checks'
import { projectEditAccess, projectPolicySelect } from './policy'
import type { CreateProjectInput, UpdateProjectInput } from './schema'

type Fields = Omit<CreateProjectInput, 'submissionKey'>

function data(input: Fields) {
  return {
    title: input.title,
    description: Object.keys(input.description).length ? input.description : Prisma.DbNull,
    sourceLocale: input.sourceLocale,
    ...periodColumns(input),
  }
}

/** Places must exist; an abolished unit is kept with a warning; none at all is allowed with a warning. */
async function places(ids: string[]): Promise<{ territoryIds: string[]; warnings: WarningKey[] }> {
  const territoryIds = [...new Set(ids)]
  const check = await checkTerritories(territoryIds)
  if (check.error) throw invalid('territoryIds', check.error)
  return { territoryIds, warnings: territoryIds.length ? check.warnings : ['noTerritory'] }
}

const snapshot = (tx: Prisma.TransactionClient, id: string) =>
  tx.project.findUniqueOrThrow({
    where: { id },
    include: { territories: { orderBy: { territoryId: 'asc' }, select: { territoryId: true } } },
  })
const audit = recordAudit('Project', snapshot)

/** Adds a project to a partnership the actor may change; the partnership comes from the page, re-checked here. */
export async function createProject(
  actor: Actor,
  partnershipId: string,
  input: CreateProjectInput,
): Promise<{ id: string; duplicate: boolean; warnings: WarningKey[] }> {
  const partnership = await prisma.partnership.findUnique({
    where: { id: partnershipId },
    select: { id: true, ...partnershipPolicySelect },
  })
  const parentAccess = partnership ? partnershipEditAccess(actor, partnership) : null
  if (!partnership || !parentAccess) throw notFound()
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.project.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true, warnings: [] }
  const { ownerOrganizationId, access } = ownerForChild(actor, partnership.ownerOrganizationId, parentAccess)
  const { territoryIds, warnings } = await places(input.territoryIds)
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      const position = await tx.project.count({ where: { partnershipId } })
      await tx.project.create({
        data: {
          id,
          partnershipId,
          ownerOrganizationId,
          position,
          ...data(input),
          territories: { create: territoryIds.map((territoryId) => ({ territoryId })) },
        },
      })
      await audit(tx, actor, access, id, 'CREATE')
    }),
  )
  return { id, duplicate: created.duplicate, warnings }
}

export async function updateProject(
  actor: Actor,
  id: string,
  input: UpdateProjectInput,
): Promise<{ warnings: WarningKey[] }> {
  const current = await prisma.project.findUnique({ where: { id }, select: { version: true, ...projectPolicySelect } })
  const access = current ? projectEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current.version !== input.version) throw conflict()
  const { territoryIds, warnings } = await places(input.territoryIds)
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    const n = await tx.project.updateMany({
      where: { id, version: input.version },
      data: { ...data(input), version: { increment: 1 } },
    })
    if (n.count !== 1) throw conflict()
    await tx.projectTerritory.deleteMany({ where: { projectId: id } })
    await tx.projectTerritory.createMany({ data: territoryIds.map((territoryId) => ({ projectId: id, territoryId })) })
    await audit(tx, actor, access, id, 'UPDATE', before)
  })
  return { warnings }
}

/** Deletes a project with nothing recorded in it yet (ledger lines, outcomes and grants go first, each audited). */
export async function deleteProject(
  actor: Actor,
  id: string,
  version: number,
): Promise<{ partnershipId: string | null }> {
  const current = await prisma.project.findUnique({
    where: { id },
    select: {
      partnershipId: true,
      ...projectPolicySelect,
      _count: { select: { contributions: true, outcomes: true, grants: true } },
    },
  })
  const access = current ? projectEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current._count.contributions || current._count.outcomes || current._count.grants)
    throw new AppError('invalid', 'deleteHasChildren', '_form')
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    const n = await tx.project.deleteMany({ where: { id, version } })
    if (n.count !== 1) throw conflict()
    await writeAudit(tx, actor, access, { entity: 'Project', entityId: id, action: 'DELETE', before })
  })
  return { partnershipId: current.partnershipId }
}
