import 'server-only'
import type { Access, Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { conflict, errorCollector, invalid, notFound, throwIfInvalid } from '@/lib/errors'
import { recordIdFor } from '@/lib/forms/submission'
import { Prisma } from '@/lib/generated/prisma/client'
import type { PartyType } from '@/lib/generated/prisma/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { ownerForChild } from '@/lib/manage/child-owner'
import { createOnce } from '@/lib/manage/create-once'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { organizationViewableWhere } from '@/lib/organizations/policy'
import { projectEditAccess, projectPolicySelect } from '@/lib/projects/policy'
import { conversionColumns, noConversion, valueDateOf } from './ledger'
import { resetConfirmations } from '@/lib/confirmations/mutations'
import { contributionCreateAccess, contributionEditAccess } from './policy'
import { withheldColumns } from './withheld'
import { valuedAmount } from './valuation'
import { IN_KIND, type CreateContributionInput, type UpdateContributionInput } from './schema'

type Fields = Omit<CreateContributionInput, 'submissionKey'>
type Tx = Prisma.TransactionClient

const projectSelect = {
  ...projectPolicySelect,
  id: true,
  programmeId: true,
  startDate: true,
  endDate: true,
  partnership: { select: { ...projectPolicySelect.partnership.select, startDate: true } },
} as const
type ProjectRow = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>

const json = (v: object) => (Object.keys(v).length ? (v as Prisma.InputJsonValue) : Prisma.DbNull)

/**
 * Turns the form into ledger columns, checking what needs the database: the party organization (one
 * the actor can see), the grant (this project's, and not counted by another line), the grant's
 * recipient, the value date (derived when not given) and the conversion. Reports every problem at once.
 */
async function resolve(
  actor: Actor,
  project: ProjectRow,
  input: Fields,
  selfId: string | null,
  linkedGrantId: string | null = null,
) {
  const problems = errorCollector()
  const viewable = organizationViewableWhere(actor)
  const org =
    input.partyForm === 'ORGANIZATION' && input.partyOrganizationId
      ? await prisma.organization.findFirst({
          where: { AND: [{ id: input.partyOrganizationId }, viewable] },
          select: { id: true, kind: true, name: true },
        })
      : null
  if (input.partyForm === 'ORGANIZATION' && !org) problems.add('partyOrganizationId', 'unknownRecord')

  // A grant already recorded for this project: the line takes its money from it.
  // (A line already linked keeps its grant and leads it: its money comes from the form, and the grant follows.)
  const grant =
    input.grantId && !linkedGrantId
      ? await prisma.grant.findFirst({
          where: { id: input.grantId, projectId: project.id },
          include: { contribution: { select: { id: true } } },
        })
      : null
  if (input.grantId && !linkedGrantId && !grant) problems.add('grantId', 'unknownRecord')
  if (grant?.contribution && grant.contribution.id !== selfId) problems.add('grantId', 'grantAlreadyCounted')
  if (grant && org && grant.funderId !== org.id) problems.add('partyOrganizationId', 'invalid') // a grant's party is its funder

  const recipient =
    input.isGrant && input.grantRecipientId
      ? await prisma.organization.findFirst({
          where: { AND: [{ id: input.grantRecipientId }, viewable] },
          select: { id: true },
        })
      : null
  if (input.isGrant && !linkedGrantId && !recipient) problems.add('grantRecipientId', 'unknownRecord')

  // Not money: a quantity, its unit and what one unit is worth; both given, the amount is their product.
  const inKind = input.kind !== 'CASH' && !grant
  const quantity = inKind && input.quantity ? input.quantity : null
  const unitValueMinor = quantity && input.unitValue !== undefined ? input.unitValue : null
  const valued = valuedAmount(quantity, unitValueMinor)
  if (valued === 'tooLarge') problems.add('unitValue', 'amountTooLarge')
  if (typeof valued === 'bigint' && input.amount !== undefined && input.amount !== valued)
    problems.add('amount', 'amountDisagreesWithValuation')
  const amountMinor = grant ? grant.amountMinor : (input.amount ?? (typeof valued === 'bigint' ? valued : null))
  // A currency names an amount's (a quantity alone has none: the form's default currency is dropped).
  const currency = grant ? grant.currency : amountMinor !== null ? (input.currency ?? null) : null
  const withheld = grant ? grant.amountWithheld || input.amountWithheld : input.amountWithheld
  const given = grant?.valueDate ? { date: grant.valueDate, precision: 'DAY' as const } : input.valueDate
  const valueDate = amountMinor !== null || given ? valueDateOf(given, project) : null
  if (amountMinor !== null && !valueDate) problems.add('valueDate', 'required') // nothing to derive it from
  throwIfInvalid(problems.errors)

  const conversion =
    amountMinor !== null && currency && valueDate
      ? await conversionColumns(amountMinor, currency, valueDate.date, valueDate.estimated)
      : noConversion
  // Derived, never asked, where it can be: from the organization's kind, or a community's own type.
  const partyType: PartyType = org ? partyTypeOfKind[org.kind] : (input.partyType ?? 'COMMUNITY')
  const columns = {
    partyForm: input.partyForm,
    partyOrganizationId: org?.id ?? null,
    partyNameAsReported: org ? (pickLocalized(org.name, 'en')?.text ?? org.id) : input.partyNameAsReported!,
    partyType,
    kind: input.kind,
    nature: input.nature ?? 'COST_SHARE',
    amountMinor,
    currency,
    valueDate: valueDate?.date ?? null,
    valueDatePrecision: valueDate?.precision ?? null,
    valueDateEstimated: valueDate?.estimated ?? false,
    shareMin: input.shareMin ?? null,
    shareMax: input.shareMax ?? input.shareMin ?? null,
    isPledge: input.isPledge,
    amountWithheld: withheld,
    valuationBasis: amountMinor !== null && IN_KIND.includes(input.kind) ? (input.valuationBasis ?? null) : null,
    quantityValue: quantity,
    quantityUnit: quantity ? (input.quantityUnit ?? null) : null,
    unitValueMinor,
    valuationNote: json(input.valuationNote),
    note: json(input.note),
    ...conversion,
  }
  return { columns, grant, recipientId: recipient?.id ?? null }
}

/** A grant entered through its ledger line ("this is a grant"): made in the same transaction. */
async function createGrantFor(
  tx: Tx,
  actor: Actor,
  access: Access,
  line: {
    ownerOrganizationId: string
    columns: Awaited<ReturnType<typeof resolve>>['columns'] & { withheldByOrganizationId: string | null }
  },
  project: ProjectRow,
  recipientId: string,
  title: object,
) {
  const g = await tx.grant.create({
    data: {
      funderId: line.columns.partyOrganizationId!,
      recipientId,
      projectId: project.id,
      programmeId: project.programmeId,
      title: json(title),
      amountMinor: line.columns.amountMinor,
      currency: line.columns.currency,
      valueDate: line.columns.valueDate,
      amountWithheld: line.columns.amountWithheld,
      withheldByOrganizationId: line.columns.withheldByOrganizationId,
      ownerOrganizationId: line.ownerOrganizationId,
    },
  })
  await writeAudit(tx, actor, access, { entity: 'Grant', entityId: g.id, action: 'CREATE', after: g })
  return g.id
}

/** A grant's money follows its ledger line (one figure, entered once). */
async function syncGrant(
  tx: Tx,
  actor: Actor,
  access: Access,
  grantId: string,
  columns: {
    amountMinor: bigint | null
    currency: string | null
    valueDate: Date | null
    amountWithheld: boolean
    withheldByOrganizationId: string | null
  },
) {
  const before = await tx.grant.findUniqueOrThrow({ where: { id: grantId } })
  const same =
    before.amountMinor === columns.amountMinor &&
    before.currency === columns.currency &&
    before.amountWithheld === columns.amountWithheld &&
    before.withheldByOrganizationId === columns.withheldByOrganizationId &&
    before.valueDate?.getTime() === columns.valueDate?.getTime()
  if (same) return
  const after = await tx.grant.update({
    where: { id: grantId },
    data: {
      amountMinor: columns.amountMinor,
      currency: columns.currency,
      valueDate: columns.valueDate,
      amountWithheld: columns.amountWithheld,
      withheldByOrganizationId: columns.withheldByOrganizationId,
      version: { increment: 1 },
    },
  })
  await writeAudit(tx, actor, access, { entity: 'Grant', entityId: grantId, action: 'UPDATE', before, after })
}

export async function createContribution(
  actor: Actor,
  projectId: string,
  input: CreateContributionInput,
): Promise<{ id: string; duplicate: boolean }> {
  const project = await prisma.project.findUnique({ where: { id: projectId }, select: projectSelect })
  const asEditor = project ? projectEditAccess(actor, project) : null
  // A co-party of the partnership may add its own contribution, and only that (ADR 005).
  const parentAccess = project && (asEditor ?? contributionCreateAccess(actor, project, input.partyOrganizationId))
  if (!project || !parentAccess) throw notFound()
  if (!asEditor && input.partyForm !== 'ORGANIZATION') throw invalid('partyOrganizationId', 'notYourOrganization')
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.contribution.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true }
  const { ownerOrganizationId, access } = ownerForChild(actor, project.ownerOrganizationId, parentAccess)
  const resolved = await resolve(actor, project, input, null)
  const { grant, recipientId } = resolved
  const columns = {
    ...resolved.columns,
    ...withheldColumns(actor, access, grant, resolved.columns.amountWithheld),
  }
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      const grantId =
        grant?.id ??
        (input.isGrant
          ? await createGrantFor(
              tx,
              actor,
              access,
              { ownerOrganizationId, columns },
              project,
              recipientId!,
              input.grantTitle,
            )
          : null)
      const position = await tx.contribution.count({ where: { projectId } })
      const row = await tx.contribution.create({
        data: { id, projectId, ownerOrganizationId, position, grantId, ...columns },
      })
      await writeAudit(tx, actor, access, { entity: 'Contribution', entityId: id, action: 'CREATE', after: row })
      // A line about a local self-government that another organization entered asks the body to confirm it.
      await resetConfirmations(tx, actor, access, 'Contribution', id)
      // Withholding the line of an already recorded grant withholds the grant too (one figure).
      if (grant) await syncGrant(tx, actor, access, grant.id, columns)
    }),
  )
  return { id, duplicate: created.duplicate }
}

const lineSelect = {
  version: true,
  grantId: true,
  projectId: true,
  amountWithheld: true,
  withheldByOrganizationId: true,
  ...{ ownerOrganizationId: true, publicationStatus: true },
  project: { select: projectSelect },
} as const

export async function updateContribution(
  actor: Actor,
  id: string,
  input: UpdateContributionInput,
): Promise<{ projectId: string }> {
  const current = await prisma.contribution.findUnique({ where: { id }, select: lineSelect })
  const access = current ? contributionEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current.version !== input.version) throw conflict()
  const resolved = await resolve(actor, current.project, input, id, current.grantId)
  const { grant, recipientId } = resolved
  const columns = {
    ...resolved.columns,
    ...withheldColumns(actor, access, current, resolved.columns.amountWithheld),
  }
  await prisma.$transaction(async (tx) => {
    const before = await tx.contribution.findUniqueOrThrow({ where: { id } })
    let grantId = current.grantId ?? grant?.id ?? null
    if (!grantId && input.isGrant)
      grantId = await createGrantFor(
        tx,
        actor,
        access,
        { ownerOrganizationId: before.ownerOrganizationId, columns },
        current.project,
        recipientId!,
        input.grantTitle,
      )
    const n = await tx.contribution.updateMany({
      where: { id, version: input.version },
      data: { ...columns, grantId, version: { increment: 1 } },
    })
    if (n.count !== 1) throw conflict()
    if (current.grantId) await syncGrant(tx, actor, access, current.grantId, columns)
    const after = await tx.contribution.findUniqueOrThrow({ where: { id } })
    await writeAudit(tx, actor, access, { entity: 'Contribution', entityId: id, action: 'UPDATE', before, after })
    // A changed figure is no longer what its body confirmed: the body is asked again.
    await resetConfirmations(tx, actor, access, 'Contribution', id)
  })
  return { projectId: current.projectId }
}

/** Deletes a ledger line. A grant it counted stays recorded, no longer in the cost-share. */
export async function deleteContribution(actor: Actor, id: string, version: number): Promise<{ projectId: string }> {
  const current = await prisma.contribution.findUnique({ where: { id }, select: lineSelect })
  const access = current ? contributionEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  await prisma.$transaction(async (tx) => {
    const before = await tx.contribution.findUniqueOrThrow({ where: { id } })
    const n = await tx.contribution.deleteMany({ where: { id, version } })
    await tx.confirmation.deleteMany({ where: { entity: 'Contribution', entityId: id } })
    if (n.count !== 1) throw conflict()
    await writeAudit(tx, actor, access, { entity: 'Contribution', entityId: id, action: 'DELETE', before })
  })
  return { projectId: current.projectId }
}
