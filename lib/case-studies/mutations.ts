import 'server-only'
import { canCreateRecords, type Actor } from '@/lib/auth/roles'
import { recordAudit, writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { conflict, errorCollector, notFound, throwIfInvalid } from '@/lib/errors'
import { recordIdFor } from '@/lib/forms/submission'
import type { Prisma } from '@/lib/generated/prisma/client'
import { createOnce } from '@/lib/manage/create-once'
import { ownerForNewRecord } from '@/lib/manage/owner'
import { canEditOrganization } from '@/lib/organizations/policy'
import { canEditPartnership, partnershipPolicySelect } from '@/lib/partnerships/policy'
import { recordSlug } from '@/lib/slug'
import { caseStudyEditAccess, caseStudyPolicySelect } from './policy'
import { statusesOf, type CreateCaseStudyInput, type UpdateCaseStudyInput } from './schema'

type Fields = Omit<CreateCaseStudyInput, 'ownerOrganizationId' | 'submissionKey'>

/**
 * Content attached to another organization's records needs that organization's edit rights: the
 * organization a case study tells about, and its partnership, must be ones the actor may change.
 * Unchanged links on an update are kept as they are.
 */
async function check(
  actor: Actor,
  input: Fields,
  current?: { organizationId: string | null; partnershipId: string | null },
) {
  const problems = errorCollector()
  if (input.organizationId && input.organizationId !== current?.organizationId) {
    const org = await prisma.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true, ownerOrganizationId: true },
    })
    if (!org || !canEditOrganization(actor, org)) problems.add('organizationId', 'unknownRecord')
  }
  if (input.partnershipId && input.partnershipId !== current?.partnershipId) {
    const p = await prisma.partnership.findUnique({
      where: { id: input.partnershipId },
      select: partnershipPolicySelect,
    })
    if (!p || !canEditPartnership(actor, p)) problems.add('partnershipId', 'unknownRecord')
  }
  throwIfInvalid(problems.errors)
}

const data = (input: Fields) => ({
  title: input.title,
  sourceLocale: input.sourceLocale,
  organizationId: input.organizationId ?? null,
  partnershipId: input.partnershipId ?? null,
})

async function writeSections(tx: Prisma.TransactionClient, caseStudyId: string, input: Fields) {
  await tx.caseStudySection.deleteMany({ where: { caseStudyId } })
  await tx.caseStudySection.createMany({
    data: input.sections.map((s, position) => ({
      caseStudyId,
      kind: s.kind,
      position,
      body: s.body,
      translationStatus: statusesOf(s.body, s.status, input.sourceLocale),
    })),
  })
}

const snapshot = (tx: Prisma.TransactionClient, id: string) =>
  tx.caseStudy.findUniqueOrThrow({
    where: { id },
    include: {
      sections: {
        orderBy: { position: 'asc' },
        select: { kind: true, position: true, body: true, translationStatus: true },
      },
    },
  })
const audit = recordAudit('CaseStudy', snapshot)

export async function createCaseStudy(
  actor: Actor,
  input: CreateCaseStudyInput,
): Promise<{ id: string; duplicate: boolean }> {
  if (!canCreateRecords(actor)) throw notFound()
  const { ownerOrganizationId, access } = ownerForNewRecord(actor, input.ownerOrganizationId)
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.caseStudy.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true }
  await check(actor, input)
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      await tx.caseStudy.create({
        data: { id, slug: recordSlug(input.title, id), ownerOrganizationId, ...data(input) },
      })
      await writeSections(tx, id, input)
      await audit(tx, actor, access, id, 'CREATE')
    }),
  )
  return { id, duplicate: created.duplicate }
}

export async function updateCaseStudy(actor: Actor, id: string, input: UpdateCaseStudyInput): Promise<void> {
  const current = await prisma.caseStudy.findUnique({
    where: { id },
    select: { version: true, partnershipId: true, ...caseStudyPolicySelect },
  })
  const access = current ? caseStudyEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current.version !== input.version) throw conflict()
  await check(actor, input, current)
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    const n = await tx.caseStudy.updateMany({
      where: { id, version: input.version },
      data: { ...data(input), version: { increment: 1 } },
    })
    if (n.count !== 1) throw conflict()
    await writeSections(tx, id, input)
    await audit(tx, actor, access, id, 'UPDATE', before)
  })
}

export async function deleteCaseStudy(actor: Actor, id: string, version: number): Promise<void> {
  const current = await prisma.caseStudy.findUnique({ where: { id }, select: caseStudyPolicySelect })
  const access = current ? caseStudyEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    const n = await tx.caseStudy.deleteMany({ where: { id, version } })
    if (n.count !== 1) throw conflict()
    await writeAudit(tx, actor, access, { entity: 'CaseStudy', entityId: id, action: 'DELETE', before })
  })
}
