import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { resetConfirmations } from '@/lib/confirmations/mutations'
import { prisma } from '@/lib/db'
import { conflict, notFound } from '@/lib/errors'
import { recordIdFor } from '@/lib/forms/submission'
import { Prisma } from '@/lib/generated/prisma/client'
import { ownerForChild } from '@/lib/manage/child-owner'
import { createOnce } from '@/lib/manage/create-once'
import { projectEditAccess, projectPolicySelect } from '@/lib/projects/policy'
import { outcomeEditAccess, outcomePolicySelect } from './policy'
import { disaggregationOf, type CreateOutcomeInput, type UpdateOutcomeInput } from './schema'

function data(input: Omit<CreateOutcomeInput, 'submissionKey'>) {
  const breakdown = disaggregationOf(input)
  return {
    indicator: input.indicator,
    kind: input.kind,
    value: new Prisma.Decimal(input.value),
    qualifier: input.qualifier,
    unit: input.unit,
    date: input.date?.date ?? null,
    datePrecision: input.date?.precision ?? null,
    theme: input.theme ?? null,
    disaggregation: breakdown ?? Prisma.DbNull,
    note: Object.keys(input.note).length ? input.note : Prisma.DbNull,
  }
}

export async function createOutcome(
  actor: Actor,
  projectId: string,
  input: CreateOutcomeInput,
): Promise<{ id: string; duplicate: boolean }> {
  const project = await prisma.project.findUnique({
    where: { id: projectId },
    select: { id: true, ...projectPolicySelect },
  })
  const parentAccess = project ? projectEditAccess(actor, project) : null
  if (!project || !parentAccess) throw notFound()
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.outcome.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true }
  const { ownerOrganizationId, access } = ownerForChild(actor, project.ownerOrganizationId, parentAccess)
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      const position = await tx.outcome.count({ where: { projectId } })
      const row = await tx.outcome.create({ data: { id, projectId, ownerOrganizationId, position, ...data(input) } })
      await writeAudit(tx, actor, access, { entity: 'Outcome', entityId: id, action: 'CREATE', after: row })
      await resetConfirmations(tx, actor, access, 'Outcome', id)
    }),
  )
  return { id, duplicate: created.duplicate }
}

export async function updateOutcome(
  actor: Actor,
  id: string,
  input: UpdateOutcomeInput,
): Promise<{ projectId: string | null }> {
  const current = await prisma.outcome.findUnique({
    where: { id },
    select: { version: true, projectId: true, ...outcomePolicySelect },
  })
  const access = current ? outcomeEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  await prisma.$transaction(async (tx) => {
    const before = await tx.outcome.findUniqueOrThrow({ where: { id } })
    const n = await tx.outcome.updateMany({
      where: { id, version: input.version },
      data: { ...data(input), version: { increment: 1 } },
    })
    if (n.count !== 1) throw conflict()
    const after = await tx.outcome.findUniqueOrThrow({ where: { id } })
    await writeAudit(tx, actor, access, { entity: 'Outcome', entityId: id, action: 'UPDATE', before, after })
    await resetConfirmations(tx, actor, access, 'Outcome', id)
  })
  return { projectId: current.projectId }
}

export async function deleteOutcome(actor: Actor, id: string, version: number): Promise<{ projectId: string | null }> {
  const current = await prisma.outcome.findUnique({
    where: { id },
    select: { projectId: true, ...outcomePolicySelect },
  })
  const access = current ? outcomeEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  await prisma.$transaction(async (tx) => {
    const before = await tx.outcome.findUniqueOrThrow({ where: { id } })
    const n = await tx.outcome.deleteMany({ where: { id, version } })
    await tx.confirmation.deleteMany({ where: { entity: 'Outcome', entityId: id } })
    if (n.count !== 1) throw conflict()
    await writeAudit(tx, actor, access, { entity: 'Outcome', entityId: id, action: 'DELETE', before })
  })
  return { projectId: current.projectId }
}
