import 'server-only'
import { agreementDateColumns } from '@/lib/dates'
import { canCreateRecords, type Actor } from '@/lib/auth/roles'
import { changedSince, recordAudit, writeAudit } from '@/lib/audit'
import { resetConfirmations } from '@/lib/confirmations/mutations'
import { prisma } from '@/lib/db'
import { AppError, conflict, errorCollector, invalid, notFound, throwIfInvalid } from '@/lib/errors'
import { recordIdFor } from '@/lib/forms/submission'
import { Prisma } from '@/lib/generated/prisma/client'
import type { PartyType } from '@/lib/generated/prisma/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { createOnce } from '@/lib/manage/create-once'
import { ownerForNewRecord } from '@/lib/manage/owner'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { organizationViewableWhere } from '@/lib/organizations/policy'
import { canEditPartnership, partnershipPolicySelect } from '@/lib/partnerships/policy'
import { canEditProject, projectPolicySelect } from '@/lib/projects/policy'
import { canRenew, isRunning, memorandumEditAccess } from './policy'
import type {
  AmendmentInput,
  CreateMemorandumInput,
  RenewalInput,
  TerminationInput,
  UpdateMemorandumInput,
} from './schema'
import { signatureSelect } from './selects'

type Fields = Omit<CreateMemorandumInput, 'ownerOrganizationId' | 'submissionKey' | 'status'>
type Tx = Prisma.TransactionClient

/**
 * Parties and links as stored, checked against the database (every problem at once): a party
 * organization must be one the actor can see, its party type comes from its kind; the partnership
 * and projects it is attached to must be ones the actor may change (unless already attached).
 */
async function resolve(actor: Actor, input: Fields, current?: { partnershipId: string | null; projectIds: string[] }) {
  const problems = errorCollector()
  const orgIds = input.parties.flatMap((p) => (p.organizationId ? [p.organizationId] : []))
  const orgs = new Map(
    (
      await prisma.organization.findMany({
        where: { AND: [{ id: { in: orgIds } }, organizationViewableWhere(actor)] },
        select: { id: true, kind: true, name: true },
      })
    ).map((o) => [o.id, o]),
  )
  const parties = input.parties.map((p, position) => {
    const org = p.organizationId ? orgs.get(p.organizationId) : undefined
    if (p.organizationId && !org) problems.add(`parties.${position}.organizationId`, 'unknownRecord')
    return {
      organizationId: org?.id ?? null,
      nameAsReported: p.nameAsReported ?? (org ? (pickLocalized(org.name, 'en')?.text ?? org.id) : ''),
      partyType: (org ? partyTypeOfKind[org.kind] : p.partyType!) as PartyType,
      signatoryName: p.signatoryName ?? null,
      signatoryTitle: p.signatoryTitle ?? null,
      signedDate: p.signedDate?.date ?? null,
      signedPrecision: p.signedDate?.precision ?? null,
      position,
    }
  })
  if (input.partnershipId && input.partnershipId !== current?.partnershipId) {
    const p = await prisma.partnership.findUnique({
      where: { id: input.partnershipId },
      select: partnershipPolicySelect,
    })
    if (!p || !canEditPartnership(actor, p)) problems.add('partnershipId', 'unknownRecord')
  }
  const added = input.projectIds.filter((p) => !current?.projectIds.includes(p))
  if (added.length) {
    const projects = await prisma.project.findMany({
      where: { id: { in: added } },
      select: { id: true, ...projectPolicySelect },
    })
    if (projects.length !== new Set(added).size || projects.some((p) => !canEditProject(actor, p)))
      problems.add('projectIds', 'unknownRecord')
  }
  throwIfInvalid(problems.errors)
  return { parties, projectIds: [...new Set(input.projectIds)] }
}

function data(input: Fields) {
  return {
    kind: input.kind,
    subject: input.subject,
    sourceLocale: input.sourceLocale,
    ...agreementDateColumns(input),
    documentRef: input.documentRef ?? null,
    partnershipId: input.partnershipId ?? null,
  }
}

const snapshotInclude = {
  parties: {
    orderBy: { position: 'asc' as const },
    select: { organizationId: true, nameAsReported: true, partyType: true, ...signatureSelect },
  },
  amendments: { orderBy: { number: 'asc' as const }, select: { number: true, date: true, summary: true } },
  projects: { orderBy: { projectId: 'asc' as const }, select: { projectId: true } },
}

const snapshot = (tx: Tx, id: string) => tx.agreement.findUniqueOrThrow({ where: { id }, include: snapshotInclude })
const audit = recordAudit('Agreement', snapshot)

/** The memorandum with what its policy and the version check need, or "not found" for this actor. */
async function loadForChange(actor: Actor, id: string, version: number) {
  const current = await prisma.agreement.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      status: true,
      ownerOrganizationId: true,
      signedDate: true,
      partnershipId: true,
      publicationStatus: true,
      projects: { select: { projectId: true } },
      _count: { select: { renewals: true, documents: true } },
    },
  })
  const access = current ? memorandumEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  // Someone saved first: refuse, and say which fields they changed.
  if (current.version !== version) throw conflict(await changedSince(prisma, 'Agreement', id, version, current.version))
  return { current, access }
}

/** Within the transaction: bump the version (nobody else saved meanwhile), or refuse. */
async function bump(tx: Tx, id: string, version: number, extra: Prisma.AgreementUncheckedUpdateManyInput = {}) {
  const n = await tx.agreement.updateMany({ where: { id, version }, data: { ...extra, version: { increment: 1 } } })
  if (n.count !== 1) throw conflict()
}

export async function createMemorandum(
  actor: Actor,
  input: CreateMemorandumInput,
): Promise<{ id: string; duplicate: boolean }> {
  if (!canCreateRecords(actor)) throw notFound()
  const { ownerOrganizationId, access } = ownerForNewRecord(actor, input.ownerOrganizationId)
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.agreement.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true }
  const { parties, projectIds } = await resolve(actor, input)
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      await tx.agreement.create({
        data: {
          id,
          ownerOrganizationId,
          status: input.status,
          ...data(input),
          parties: { create: parties },
          projects: { create: projectIds.map((projectId) => ({ projectId })) },
        },
      })
      await audit(tx, actor, access, id, 'CREATE')
      // A memorandum with an LSG party asks that body's officials to confirm it.
      await resetConfirmations(tx, actor, access, 'Agreement', id)
    }),
  )
  return { id, duplicate: created.duplicate }
}

export async function updateMemorandum(actor: Actor, id: string, input: UpdateMemorandumInput): Promise<void> {
  const { current, access } = await loadForChange(actor, id, input.version)
  const { parties, projectIds } = await resolve(actor, input, {
    partnershipId: current.partnershipId,
    projectIds: current.projects.map((p) => p.projectId),
  })
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    await bump(tx, id, input.version, {
      ...data(input),
      status: !isRunning(current) ? current.status : (input.status ?? current.status),
    })
    await tx.agreementParty.deleteMany({ where: { agreementId: id } })
    await tx.agreementParty.createMany({ data: parties.map((p) => ({ ...p, agreementId: id })) })
    await tx.agreementProject.deleteMany({ where: { agreementId: id } })
    await tx.agreementProject.createMany({ data: projectIds.map((projectId) => ({ agreementId: id, projectId })) })
    await audit(tx, actor, access, id, 'UPDATE', before)
    await resetConfirmations(tx, actor, access, 'Agreement', id)
  })
}

/**
 * A numbered amendment, in order: its number follows the last one, and its date is not before the
 * last amendment's nor before the signing. The memorandum's version moves with it (two people adding
 * amendments at once: the second is told).
 */
export async function addAmendment(
  actor: Actor,
  agreementId: string,
  input: AmendmentInput,
): Promise<{ number: number; duplicate: boolean }> {
  const { current, access } = await loadForChange(actor, agreementId, input.version)
  if (!isRunning(current)) throw new AppError('invalid', 'memorandumEnded', '_form')
  const id = recordIdFor(actor.userId, input.submissionKey)
  const existing = await prisma.agreementAmendment.findUnique({ where: { id }, select: { number: true } })
  if (existing) return { number: existing.number, duplicate: true }
  const last = await prisma.agreementAmendment.findFirst({
    where: { agreementId },
    orderBy: { number: 'desc' },
    select: { number: true, date: true },
  })
  const earliest = [last?.date, current.signedDate].filter((d): d is Date => Boolean(d))
  if (earliest.some((d) => input.date.date.getTime() < d.getTime())) throw invalid('date', 'amendmentOutOfOrder')
  const number = (last?.number ?? 0) + 1
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, agreementId)
    await bump(tx, agreementId, input.version)
    await tx.agreementAmendment.create({
      data: {
        id,
        agreementId,
        number,
        date: input.date.date,
        datePrecision: input.date.precision,
        summary: input.summary,
      },
    })
    await audit(tx, actor, access, agreementId, 'UPDATE', before)
    await resetConfirmations(tx, actor, access, 'Agreement', agreementId)
  })
  return { number, duplicate: false }
}

/**
 * Renews a memorandum: a new one between the same parties, on the same subject and attached to the
 * same partnership and projects, with its own dates, that names the one it renews; the renewed one
 * becomes superseded. Public if the renewed one was (it is the same cooperation, continued).
 */
export async function renewMemorandum(
  actor: Actor,
  id: string,
  input: RenewalInput,
): Promise<{ id: string; duplicate: boolean }> {
  const newId = recordIdFor(actor.userId, input.submissionKey)
  if (await prisma.agreement.findUnique({ where: { id: newId }, select: { id: true } }))
    return { id: newId, duplicate: true }
  const { current, access } = await loadForChange(actor, id, input.version)
  if (!canRenew({ status: current.status, renewals: current._count.renewals }))
    throw new AppError('invalid', 'cannotRenew', '_form')
  await prisma.$transaction(async (tx) => {
    const old = await tx.agreement.findUniqueOrThrow({
      where: { id },
      include: { parties: { orderBy: { position: 'asc' } }, projects: true },
    })
    const before = await snapshot(tx, id)
    await bump(tx, id, input.version, { status: 'SUPERSEDED' })
    await tx.agreement.create({
      data: {
        id: newId,
        kind: old.kind,
        subject: old.subject as Prisma.InputJsonValue,
        sourceLocale: old.sourceLocale,
        partnershipId: old.partnershipId,
        ownerOrganizationId: old.ownerOrganizationId,
        publicationStatus: old.publicationStatus,
        status: 'ACTIVE',
        renewsAgreementId: id,
        ...agreementDateColumns(input),
        // The same parties; who signs the renewal, and when, is recorded on it.
        parties: {
          create: old.parties.map((p) => ({
            organizationId: p.organizationId,
            nameAsReported: p.nameAsReported,
            partyType: p.partyType,
            position: p.position,
          })),
        },
        projects: { create: old.projects.map((p) => ({ projectId: p.projectId })) },
      },
    })
    await audit(tx, actor, access, id, 'UPDATE', before)
    await audit(tx, actor, access, newId, 'CREATE')
    await resetConfirmations(tx, actor, access, 'Agreement', newId)
  })
  return { id: newId, duplicate: false }
}

/** Ends a memorandum before its time, with the date and the reason; a terminated one stays terminated. */
export async function terminateMemorandum(actor: Actor, id: string, input: TerminationInput): Promise<void> {
  const { current, access } = await loadForChange(actor, id, input.version)
  if (!isRunning(current)) throw new AppError('invalid', 'memorandumEnded', '_form')
  if (current.signedDate && input.date.date.getTime() < current.signedDate.getTime()) throw invalid('date', 'dateOrder')
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    await bump(tx, id, input.version, {
      status: 'TERMINATED',
      terminatedDate: input.date.date,
      terminationReason: input.reason,
    })
    await audit(tx, actor, access, id, 'UPDATE', before)
    await resetConfirmations(tx, actor, access, 'Agreement', id)
  })
}

/** Deletes a draft that nothing renews or depends on. */
export async function deleteMemorandum(actor: Actor, id: string, version: number): Promise<void> {
  const { current, access } = await loadForChange(actor, id, version)
  if (current.publicationStatus !== 'DRAFT' || current._count.renewals || current._count.documents)
    throw new AppError('invalid', 'memorandumNotDeletable', '_form')
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    await tx.confirmation.deleteMany({ where: { entity: 'Agreement', entityId: id } })
    const n = await tx.agreement.deleteMany({ where: { id, version } })
    if (n.count !== 1) throw conflict()
    await writeAudit(tx, actor, access, { entity: 'Agreement', entityId: id, action: 'DELETE', before })
  })
}
