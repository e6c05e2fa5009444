import 'server-only'
import { canCreateRecords, type Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { conflict, invalid, notFound } from '@/lib/errors'
import { recordIdFor } from '@/lib/forms/submission'
import type { Prisma } from '@/lib/generated/prisma/client'
import { createOnce } from '@/lib/manage/create-once'
import { ownerForNewRecord } from '@/lib/manage/owner'
import { recordSlug } from '@/lib/slug'
import { organizationEditAccess } from './policy'
import type { CreateOrganizationInput, UpdateOrganizationInput } from './schema'

type Fields = Omit<CreateOrganizationInput, 'ownerOrganizationId' | 'submissionKey'>

/** Checks that reach the database: a home territory that exists, TIN and OKPO not used by another organization. */
async function checkFields(input: Fields, selfId: string | null) {
  if (
    input.homeTerritoryId &&
    !(await prisma.territory.findUnique({ where: { id: input.homeTerritoryId }, select: { id: true } }))
  )
    throw invalid('homeTerritoryId', 'unknownRecord')
  const others = selfId ? { id: { not: selfId } } : {}
  if (
    input.tin &&
    (await prisma.organization.findFirst({ where: { tin: input.tin, ...others }, select: { id: true } }))
  )
    throw invalid('tin', 'tinTaken')
  if (
    input.okpo &&
    (await prisma.organization.findFirst({ where: { okpo: input.okpo, ...others }, select: { id: true } }))
  )
    throw invalid('okpo', 'okpoTaken')
}

function data(input: Fields) {
  return {
    name: input.name,
    sourceLocale: input.sourceLocale,
    kind: input.kind,
    homeTerritoryId: input.homeTerritoryId ?? null,
    tin: input.tin ?? null,
    okpo: input.okpo ?? null,
    foundedYear: input.foundedYear ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    contactAddress: input.contactAddress ?? null,
    internalNote: input.internalNote ?? null,
  } satisfies Prisma.OrganizationUncheckedUpdateInput
}

export async function createOrganization(
  actor: Actor,
  input: CreateOrganizationInput,
): Promise<{ id: string; duplicate: boolean }> {
  if (!canCreateRecords(actor)) throw notFound()
  const { ownerOrganizationId, access } = ownerForNewRecord(actor, input.ownerOrganizationId)
  if (
    actor.isAdmin &&
    input.ownerOrganizationId &&
    !(await prisma.organization.findUnique({ where: { id: input.ownerOrganizationId }, select: { id: true } }))
  )
    throw invalid('ownerOrganizationId', 'unknownRecord')
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.organization.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true } // the same form sent again: before any check it would now fail
  await checkFields(input, null)
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      const row = await tx.organization.create({
        data: { id, slug: recordSlug(input.name, id), ownerOrganizationId, ...data(input) },
      })
      await writeAudit(tx, actor, access, { entity: 'Organization', entityId: id, action: 'CREATE', after: row })
      return row
    }),
  )
  return { id, duplicate: created.duplicate }
}

export async function updateOrganization(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<void> {
  const before = await prisma.organization.findUnique({ where: { id } })
  const access = before ? organizationEditAccess(actor, before) : null
  if (!before || !access) throw notFound()
  await checkFields(input, id)
  await prisma.$transaction(async (tx) => {
    // Optimistic locking: only the version the form was opened with may be changed.
    const n = await tx.organization.updateMany({
      where: { id, version: input.version },
      data: { ...data(input), version: { increment: 1 } },
    })
    if (n.count !== 1) throw conflict()
    const after = await tx.organization.findUniqueOrThrow({ where: { id } })
    await writeAudit(tx, actor, access, { entity: 'Organization', entityId: id, action: 'UPDATE', before, after })
  })
}
