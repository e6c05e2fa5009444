import 'server-only'
import { periodColumns } from '@/lib/dates'
import { canCreateRecords, type Actor } from '@/lib/auth/roles'
import { recordAudit, writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { AppError, conflict, errorCollector, notFound, throwIfInvalid } from '@/lib/errors'
import type { WarningKey } from '@/lib/forms/errors'
import { recordIdFor } from '@/lib/forms/submission'
import { Prisma } from '@/lib/generated/prisma/client'
import { createOnce } from '@/lib/manage/create-once'
import { ownerForNewRecord } from '@/lib/manage/owner'
import { organizationViewableWhere } from '@/lib/organizations/policy'
import { recordSlug } from '@/lib/slug'
import { checkTerritories } from '@/lib/territories/checks'
import { programmeEditAccess, programmePolicySelect } from './policy'
import type { CreateProgrammeInput, UpdateProgrammeInput } from './schema'

type Fields = Omit<CreateProgrammeInput, 'ownerOrganizationId' | 'submissionKey'>

async function resolve(actor: Actor, input: Fields): Promise<{ warnings: WarningKey[] }> {
  const problems = errorCollector()
  const ids = [...new Set(input.parties.map((p) => p.organizationId))]
  const found = new Set(
    (
      await prisma.organization.findMany({
        where: { AND: [{ id: { in: ids } }, organizationViewableWhere(actor)] },
        select: { id: true },
      })
    ).map((o) => o.id),
  )
  input.parties.forEach(
    (p, i) => !found.has(p.organizationId) && problems.add(`parties.${i}.organizationId`, 'unknownRecord'),
  )
  const places = await checkTerritories([...new Set(input.territoryIds)])
  if (places.error) problems.add('territoryIds', places.error)
  throwIfInvalid(problems.errors)
  return { warnings: places.warnings }
}

function data(input: Fields) {
  return {
    title: input.title,
    description: Object.keys(input.description).length ? input.description : Prisma.DbNull,
    sourceLocale: input.sourceLocale,
    ...periodColumns(input),
    budgetMinor: input.budget ?? null,
    budgetCurrency: input.budget !== undefined ? (input.budgetCurrency ?? null) : null,
    themes: input.themes,
    national: input.national,
  }
}

const snapshot = (tx: Prisma.TransactionClient, id: string) =>
  tx.programme.findUniqueOrThrow({
    where: { id },
    include: {
      parties: { orderBy: [{ organizationId: 'asc' }, { role: 'asc' }] },
      territories: { orderBy: { territoryId: 'asc' }, select: { territoryId: true } },
    },
  })
const audit = recordAudit('Programme', snapshot)

async function writeLinks(tx: Prisma.TransactionClient, id: string, input: Fields) {
  await tx.programmeParty.deleteMany({ where: { programmeId: id } })
  await tx.programmeParty.createMany({
    data: input.parties.map((p) => ({ programmeId: id, organizationId: p.organizationId, role: p.role })),
  })
  await tx.programmeTerritory.deleteMany({ where: { programmeId: id } })
  await tx.programmeTerritory.createMany({
    data: [...new Set(input.territoryIds)].map((territoryId) => ({ programmeId: id, territoryId })),
  })
}

export async function createProgramme(
  actor: Actor,
  input: CreateProgrammeInput,
): Promise<{ id: string; duplicate: boolean; warnings: WarningKey[] }> {
  if (!canCreateRecords(actor)) throw notFound()
  const { ownerOrganizationId, access } = ownerForNewRecord(actor, input.ownerOrganizationId)
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.programme.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true, warnings: [] }
  const { warnings } = await resolve(actor, input)
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      await tx.programme.create({
        data: { id, slug: recordSlug(input.title, id), ownerOrganizationId, ...data(input) },
      })
      await writeLinks(tx, id, input)
      await audit(tx, actor, access, id, 'CREATE')
    }),
  )
  return { id, duplicate: created.duplicate, warnings }
}

export async function updateProgramme(
  actor: Actor,
  id: string,
  input: UpdateProgrammeInput,
): Promise<{ warnings: WarningKey[] }> {
  const current = await prisma.programme.findUnique({
    where: { id },
    select: { version: true, ...programmePolicySelect },
  })
  const access = current ? programmeEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current.version !== input.version) throw conflict()
  const { warnings } = await resolve(actor, input)
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    const n = await tx.programme.updateMany({
      where: { id, version: input.version },
      data: { ...data(input), version: { increment: 1 } },
    })
    if (n.count !== 1) throw conflict()
    await writeLinks(tx, id, input)
    await audit(tx, actor, access, id, 'UPDATE', before)
  })
  return { warnings }
}

export async function deleteProgramme(actor: Actor, id: string, version: number): Promise<void> {
  const current = await prisma.programme.findUnique({
    where: { id },
    select: { ...programmePolicySelect, _count: { select: { projects: true, grants: true, targets: true } } },
  })
  const access = current ? programmeEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current._count.projects || current._count.grants || current._count.targets)
    throw new AppError('invalid', 'deleteHasChildren', '_form')
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    const n = await tx.programme.deleteMany({ where: { id, version } })
    if (n.count !== 1) throw conflict()
    await writeAudit(tx, actor, access, { entity: 'Programme', entityId: id, action: 'DELETE', before })
  })
}
