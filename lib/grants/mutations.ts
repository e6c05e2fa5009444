import 'server-only'
import { periodColumns } from '@/lib/dates'
import { canCreateRecords, type Access, type Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { conversionColumns, noConversion, valueDateOf } from '@/lib/contributions/ledger'
import { prisma } from '@/lib/db'
import { AppError, conflict, errorCollector, notFound, throwIfInvalid } from '@/lib/errors'
import { recordIdFor } from '@/lib/forms/submission'
import { Prisma } from '@/lib/generated/prisma/client'
import type { OrganizationKind } from '@/lib/generated/prisma/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { createOnce } from '@/lib/manage/create-once'
import { ownerForNewRecord } from '@/lib/manage/owner'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { organizationViewableWhere } from '@/lib/organizations/policy'
import { canEditProgramme, programmePolicySelect } from '@/lib/programmes/policy'
import { canEditProject, projectPolicySelect } from '@/lib/projects/policy'
import { grantEditAccess, grantPolicySelect } from './policy'
import { contributionEditAccess, contributionPolicySelect } from '@/lib/contributions/policy'
import { withheldColumns } from '@/lib/contributions/withheld'
import type { CreateGrantInput, UpdateGrantInput } from './schema'

type Fields = Omit<CreateGrantInput, 'ownerOrganizationId' | 'submissionKey'>
type Tx = Prisma.TransactionClient
type Withheld = { amountWithheld: boolean; withheldByOrganizationId: string | null }

/**
 * Database checks: funder and recipient are organizations the actor can see; a project must be one the
 * actor may change (a grant shown in its cost-share changes its figures); a programme must be the
 * actor's or published. Every problem at once.
 */
async function resolve(actor: Actor, input: Fields) {
  const problems = errorCollector()
  const viewable = organizationViewableWhere(actor)
  const orgs = await prisma.organization.findMany({
    where: { AND: [{ id: { in: [input.funderId, input.recipientId] } }, viewable] },
    select: { id: true, kind: true, name: true },
  })
  const funder = orgs.find((o) => o.id === input.funderId)
  if (!funder) problems.add('funderId', 'unknownRecord')
  if (!orgs.some((o) => o.id === input.recipientId)) problems.add('recipientId', 'unknownRecord')
  const project = input.projectId
    ? await prisma.project.findUnique({
        where: { id: input.projectId },
        select: {
          id: true,
          startDate: true,
          endDate: true,
          ...projectPolicySelect,
          partnership: { select: { ...projectPolicySelect.partnership.select, startDate: true } },
        },
      })
    : null
  if (input.projectId && (!project || !canEditProject(actor, project))) problems.add('projectId', 'unknownRecord')
  const programme = input.programmeId
    ? await prisma.programme.findUnique({
        where: { id: input.programmeId },
        select: { id: true, ...programmePolicySelect },
      })
    : null
  if (
    input.programmeId &&
    (!programme || (programme.publicationStatus !== 'PUBLISHED' && !canEditProgramme(actor, programme)))
  )
    problems.add('programmeId', 'unknownRecord')
  throwIfInvalid(problems.errors)
  return { funder: funder!, project }
}

function data(input: Fields) {
  return {
    title: Object.keys(input.title).length ? input.title : Prisma.DbNull,
    funderId: input.funderId,
    recipientId: input.recipientId,
    projectId: input.projectId ?? null,
    programmeId: input.programmeId ?? null,
    amountMinor: input.amount ?? null,
    currency: input.amount !== undefined ? (input.currency ?? null) : null,
    valueDate: input.valueDate?.date ?? null,
    ...periodColumns(input),
  }
}

/** The grant's line in its project's ledger: its funder, its money, converted (one figure, two views). */
async function ledgerColumns(
  grant: ReturnType<typeof data> & Withheld,
  f: { id: string; kind: OrganizationKind; name: unknown },
  project: { startDate: Date | null; endDate: Date | null; partnership: { startDate: Date | null } | null },
) {
  const valueDate =
    grant.amountMinor !== null
      ? valueDateOf(grant.valueDate ? { date: grant.valueDate, precision: 'DAY' } : undefined, project)
      : null
  const conversion =
    grant.amountMinor !== null && grant.currency && valueDate
      ? await conversionColumns(grant.amountMinor, grant.currency, valueDate.date, valueDate.estimated)
      : noConversion
  return {
    partyForm: 'ORGANIZATION' as const,
    partyOrganizationId: f.id,
    partyNameAsReported: pickLocalized(f.name, 'en')?.text ?? f.id,
    partyType: partyTypeOfKind[f.kind],
    kind: 'CASH' as const,
    amountMinor: grant.amountMinor,
    currency: grant.currency,
    valueDate: valueDate?.date ?? null,
    valueDatePrecision: valueDate?.precision ?? null,
    valueDateEstimated: valueDate?.estimated ?? false,
    amountWithheld: grant.amountWithheld,
    withheldByOrganizationId: grant.withheldByOrganizationId,
    ...conversion,
  }
}

async function countInLedger(
  tx: Tx,
  actor: Actor,
  access: Access,
  grantId: string,
  ownerOrganizationId: string,
  projectId: string,
  columns: Awaited<ReturnType<typeof ledgerColumns>>,
) {
  const existing = await tx.contribution.findUnique({ where: { grantId } })
  if (existing) {
    if (existing.projectId !== projectId) throw new AppError('invalid', 'grantAlreadyCounted', 'countInCostShare')
    const after = await tx.contribution.update({
      where: { id: existing.id },
      data: { ...columns, version: { increment: 1 } },
    })
    await writeAudit(tx, actor, access, {
      entity: 'Contribution',
      entityId: existing.id,
      action: 'UPDATE',
      before: existing,
      after,
    })
    return
  }
  const position = await tx.contribution.count({ where: { projectId } })
  const line = await tx.contribution.create({ data: { projectId, grantId, ownerOrganizationId, position, ...columns } })
  await writeAudit(tx, actor, access, { entity: 'Contribution', entityId: line.id, action: 'CREATE', after: line })
}

export async function createGrant(actor: Actor, input: CreateGrantInput): Promise<{ id: string; duplicate: boolean }> {
  if (!canCreateRecords(actor)) throw notFound()
  const { ownerOrganizationId, access } = ownerForNewRecord(actor, input.ownerOrganizationId)
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.grant.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true }
  const { funder, project } = await resolve(actor, input)
  const fields = { ...data(input), ...withheldColumns(actor, access, null, input.amountWithheld) }
  // Rates are read before the transaction: every query inside it must go through `tx`.
  const line = input.countInCostShare && project ? await ledgerColumns(fields, funder, project) : null
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      const row = await tx.grant.create({ data: { id, ownerOrganizationId, ...fields } })
      await writeAudit(tx, actor, access, { entity: 'Grant', entityId: id, action: 'CREATE', after: row })
      if (line && project) await countInLedger(tx, actor, access, id, ownerOrganizationId, project.id, line)
    }),
  )
  return { id, duplicate: created.duplicate }
}

export async function updateGrant(actor: Actor, id: string, input: UpdateGrantInput): Promise<void> {
  const current = await prisma.grant.findUnique({
    where: { id },
    select: {
      version: true,
      amountWithheld: true,
      withheldByOrganizationId: true,
      ...grantPolicySelect,
      contribution: { select: { id: true, projectId: true } },
    },
  })
  const access = current ? grantEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current.version !== input.version) throw conflict()
  const { funder, project } = await resolve(actor, input)
  // A grant counted in one project's ledger stays with that project (delete the line to move it).
  if (current.contribution && project?.id !== current.contribution.projectId)
    throw new AppError('invalid', 'grantAlreadyCounted', 'projectId')
  const fields = { ...data(input), ...withheldColumns(actor, access, current, input.amountWithheld) }
  const line =
    project && (input.countInCostShare || current.contribution) ? await ledgerColumns(fields, funder, project) : null
  await prisma.$transaction(async (tx) => {
    const before = await tx.grant.findUniqueOrThrow({ where: { id } })
    const n = await tx.grant.updateMany({
      where: { id, version: input.version },
      data: { ...fields, version: { increment: 1 } },
    })
    if (n.count !== 1) throw conflict()
    const after = await tx.grant.findUniqueOrThrow({ where: { id } })
    await writeAudit(tx, actor, access, { entity: 'Grant', entityId: id, action: 'UPDATE', before, after })
    // A grant counted in a ledger keeps its line in step; asking to count it adds the line.
    if (line && project) await countInLedger(tx, actor, access, id, before.ownerOrganizationId, project.id, line)
  })
}

/**
 * Deletes a grant; a ledger line that counted it is deleted with it (both audited). A grant counted in
 * a ledger needs edit rights on that ledger line too: a funder's editor cannot take a line out of
 * another organization's cost-share.
 */
export async function deleteGrant(actor: Actor, id: string, version: number): Promise<void> {
  const current = await prisma.grant.findUnique({
    where: { id },
    select: { ...grantPolicySelect, contribution: { select: contributionPolicySelect } },
  })
  const access = current ? grantEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current.contribution && !contributionEditAccess(actor, current.contribution))
    throw new AppError('invalid', 'grantCountedElsewhere', '_form')
  await prisma.$transaction(async (tx) => {
    const line = await tx.contribution.findUnique({ where: { grantId: id } })
    if (line) {
      await tx.contribution.delete({ where: { id: line.id } })
      await tx.confirmation.deleteMany({ where: { entity: 'Contribution', entityId: line.id } })
      await writeAudit(tx, actor, access, { entity: 'Contribution', entityId: line.id, action: 'DELETE', before: line })
    }
    const before = await tx.grant.findUniqueOrThrow({ where: { id } })
    const n = await tx.grant.deleteMany({ where: { id, version } })
    if (n.count !== 1) throw conflict()
    await writeAudit(tx, actor, access, { entity: 'Grant', entityId: id, action: 'DELETE', before })
  })
}
