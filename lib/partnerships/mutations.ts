import 'server-only'
import { periodColumns } from '@/lib/dates'
import { canCreateRecords, type Actor } from '@/lib/auth/roles'
import { recordAudit, writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { AppError, conflict, errorCollector, notFound, throwIfInvalid } from '@/lib/errors'
import type { WarningKey } from '@/lib/forms/errors'
import { recordIdFor } from '@/lib/forms/submission'
import { Prisma } from '@/lib/generated/prisma/client'
import type { PartyType } from '@/lib/generated/prisma/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { createOnce } from '@/lib/manage/create-once'
import { ownerForNewRecord } from '@/lib/manage/owner'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { organizationViewableWhere } from '@/lib/organizations/policy'
import { recordSlug } from '@/lib/slug'
import { checkTerritories } from '@/lib/territories/checks'
import { partnershipEditAccess } from './policy'
import type { CreatePartnershipInput, PartyInput, UpdatePartnershipInput } from './schema'

type Fields = Omit<CreatePartnershipInput, 'ownerOrganizationId' | 'submissionKey'>
type PartyRow = {
  id?: string
  organizationId: string | null
  nameAsReported: string
  partyType: PartyType
  isLead: boolean
  role: object | undefined
  position: number
}

const GOVERNMENT: PartyType[] = ['LSG', 'STATE']

/**
 * Parties as stored: an organization must be one the actor can see (published, or their own draft);
 * its party type comes from its kind. A partnership needs a CSO and a local or state government body.
 * Places: those chosen, else the units the LSG parties govern. Every problem found is reported at once.
 */
async function resolve(
  actor: Actor,
  input: Fields,
): Promise<{ parties: PartyRow[]; territoryIds: string[]; warnings: WarningKey[] }> {
  const problems = errorCollector()
  const orgIds = input.parties.flatMap((p) => (p.organizationId ? [p.organizationId] : []))
  const orgs = new Map(
    (
      await prisma.organization.findMany({
        where: { AND: [{ id: { in: orgIds } }, organizationViewableWhere(actor)] },
        select: { id: true, kind: true, name: true, governsTerritoryId: true },
      })
    ).map((o) => [o.id, o]),
  )
  const parties: PartyRow[] = input.parties.map((p: PartyInput, i) => {
    const org = p.organizationId ? orgs.get(p.organizationId) : undefined
    if (p.organizationId && !org) problems.add(`parties.${i}.organizationId`, 'unknownRecord')
    return {
      id: p.id,
      organizationId: org?.id ?? null,
      nameAsReported: p.nameAsReported ?? (org ? (pickLocalized(org.name, 'en')?.text ?? org.id) : ''),
      partyType: org ? partyTypeOfKind[org.kind] : p.partyType!,
      isLead: p.isLead,
      role: Object.keys(p.role).length ? p.role : undefined,
      position: i,
    }
  })
  if (!parties.some((p) => p.partyType === 'CSO') || !parties.some((p) => GOVERNMENT.includes(p.partyType)))
    problems.add('parties', 'partiesNeedCsoAndGovernment')

  let territoryIds = [...new Set(input.territoryIds)]
  const warnings: WarningKey[] = []
  if (!territoryIds.length)
    territoryIds = [
      ...new Set(
        parties
          .flatMap((p) => (p.organizationId ? [orgs.get(p.organizationId)?.governsTerritoryId ?? null] : []))
          .filter((t): t is string => Boolean(t)),
      ),
    ]
  const places = await checkTerritories(territoryIds)
  if (places.error) problems.add('territoryIds', places.error)
  warnings.push(...places.warnings)
  if (!territoryIds.length) warnings.push('noTerritory')
  throwIfInvalid(problems.errors)
  return { parties, territoryIds, warnings }
}

function data(input: Fields) {
  return {
    title: input.title,
    summary: Object.keys(input.summary).length ? input.summary : Prisma.DbNull,
    sourceLocale: input.sourceLocale,
    status: input.status,
    ...periodColumns(input),
    themes: input.themes,
    internalNote: input.internalNote ?? null,
  }
}

const snapshotInclude = {
  parties: {
    orderBy: { position: 'asc' as const },
    select: { organizationId: true, nameAsReported: true, partyType: true, isLead: true, role: true },
  },
  territories: { orderBy: { territoryId: 'asc' as const }, select: { territoryId: true, isPrimary: true } },
}

async function snapshot(tx: Pick<typeof prisma, 'partnership'>, id: string) {
  return tx.partnership.findUniqueOrThrow({ where: { id }, include: snapshotInclude })
}
const audit = recordAudit('Partnership', snapshot)

export async function createPartnership(
  actor: Actor,
  input: CreatePartnershipInput,
): Promise<{ id: string; duplicate: boolean; warnings: WarningKey[] }> {
  if (!canCreateRecords(actor)) throw notFound()
  const { ownerOrganizationId, access } = ownerForNewRecord(actor, input.ownerOrganizationId)
  const id = recordIdFor(actor.userId, input.submissionKey)
  const exists = async () => Boolean(await prisma.partnership.findUnique({ where: { id }, select: { id: true } }))
  if (await exists()) return { id, duplicate: true, warnings: [] }
  const { parties, territoryIds, warnings } = await resolve(actor, input)
  const created = await createOnce(exists, () =>
    prisma.$transaction(async (tx) => {
      await tx.partnership.create({
        data: {
          id,
          slug: recordSlug(input.title, id),
          ownerOrganizationId,
          ...data(input),
          parties: { create: parties.map(({ id: _id, ...p }) => ({ ...p, role: p.role ?? Prisma.DbNull })) },
          territories: { create: territoryIds.map((territoryId, i) => ({ territoryId, isPrimary: i === 0 })) },
        },
      })
      await audit(tx, actor, access, id, 'CREATE')
    }),
  )
  return { id, duplicate: created.duplicate, warnings }
}

export async function updatePartnership(
  actor: Actor,
  id: string,
  input: UpdatePartnershipInput,
): Promise<{ warnings: WarningKey[] }> {
  const current = await prisma.partnership.findUnique({
    where: { id },
    include: { parties: { select: { id: true, organizationId: true, partyType: true } } },
  })
  const access = current ? partnershipEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current.version !== input.version) throw conflict()
  const { parties, territoryIds, warnings } = await resolve(actor, input)
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    const n = await tx.partnership.updateMany({
      where: { id, version: input.version },
      data: { ...data(input), version: { increment: 1 } },
    })
    if (n.count !== 1) throw conflict()
    // Parties keep their rows (and ids) when they stay; an id from the form that is not this
    // partnership's is ignored and the party added anew.
    const existing = new Set(current.parties.map((p) => p.id))
    const kept = parties.filter((p) => p.id && existing.has(p.id))
    await tx.partnershipParty.deleteMany({ where: { partnershipId: id, id: { notIn: kept.map((p) => p.id!) } } })
    for (const { id: partyId, ...p } of kept)
      await tx.partnershipParty.update({ where: { id: partyId }, data: { ...p, role: p.role ?? Prisma.DbNull } })
    await tx.partnershipParty.createMany({
      data: parties
        .filter((p) => !kept.includes(p))
        .map(({ id: _id, ...p }) => ({ ...p, partnershipId: id, role: p.role ?? Prisma.DbNull })),
    })
    await tx.partnershipTerritory.deleteMany({ where: { partnershipId: id } })
    await tx.partnershipTerritory.createMany({
      data: territoryIds.map((territoryId, i) => ({ partnershipId: id, territoryId, isPrimary: i === 0 })),
    })
    await audit(tx, actor, access, id, 'UPDATE', before)
  })
  return { warnings }
}

/** Deletes a partnership that has nothing below it yet (projects, agreements and case studies go first). */
export async function deletePartnership(actor: Actor, id: string, version: number): Promise<void> {
  const current = await prisma.partnership.findUnique({
    where: { id },
    include: {
      parties: { select: { organizationId: true, partyType: true } },
      _count: { select: { projects: true, agreements: true, caseStudies: true } },
    },
  })
  const access = current ? partnershipEditAccess(actor, current) : null
  if (!current || !access) throw notFound()
  if (current._count.projects || current._count.agreements || current._count.caseStudies)
    throw new AppError('invalid', 'deleteHasChildren', '_form')
  await prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id)
    const n = await tx.partnership.deleteMany({ where: { id, version } })
    if (n.count !== 1) throw conflict()
    await writeAudit(tx, actor, access, { entity: 'Partnership', entityId: id, action: 'DELETE', before })
  })
}
