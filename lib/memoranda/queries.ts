import 'server-only'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'
import { confirmingBodies } from '@/lib/confirmations/mutations'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ManagedView } from '@/lib/manage/record-page'
import { partnershipEditableWhere } from '@/lib/partnerships/policy'
import { projectEditableWhere } from '@/lib/projects/policy'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import type { FormValues } from '@/lib/forms/state'
import { publicAgreementWhere } from '@/lib/public/where'
import { canEditMemorandum, memorandumViewOf, myMemorandaWhere } from './policy'
import { managedPartySelect } from '@/lib/organizations/party-select'
import { listedMemorandumSelect, signatureSelect } from './selects'

/** The memoranda an actor works with (kept by their organizations, or with one of them as a party). */
export async function listMyMemoranda(actor: Actor, take = 200) {
  return prisma.agreement.findMany({
    where: myMemorandaWhere(actor),
    orderBy: [{ expiryDate: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'desc' }],
    take,
    select: {
      ...listedMemorandumSelect,
      kind: true,
      ownerOrganizationId: true,
      ownerOrganization: { select: { name: true } },
      parties: {
        orderBy: { position: 'asc' },
        select: { nameAsReported: true, organization: { select: { name: true } } },
      },
    },
  })
}

const fullInclude = {
  ownerOrganization: { select: { id: true, name: true } },
  parties: {
    orderBy: { position: 'asc' },
    select: { ...managedPartySelect, ...signatureSelect },
  },
  amendments: { orderBy: { number: 'asc' } },
  partnership: {
    select: {
      id: true,
      slug: true,
      title: true,
      publicationStatus: true,
      ownerOrganizationId: true,
      parties: { select: { organizationId: true, partyType: true } },
    },
  },
  projects: { select: { project: { select: { id: true, title: true } } } },
  renews: { select: { id: true, subject: true, status: true, expiryDate: true, expiryPrecision: true } },
  renewals: { select: { id: true, subject: true, status: true, expiryDate: true, expiryPrecision: true } },
} satisfies Prisma.AgreementInclude

/**
 * A memorandum for its manage page: its keepers see and change it; a member of one of its party
 * organizations sees it with the confirmation panel of their body (`party`); anyone else is sent to
 * its partnership's public page while it is public, and gets "not found" otherwise.
 */
export async function getMemorandumForView(
  actor: Actor,
  id: string,
): Promise<ManagedView<{
  memorandum: Prisma.AgreementGetPayload<{ include: typeof fullInclude }>
  canEdit: boolean
  party: boolean
  confirmations: Awaited<ReturnType<typeof confirmationsOf>>
}> | null> {
  const row = await prisma.agreement.findUnique({ where: { id }, include: fullInclude })
  if (!row) return null
  const view = memorandumViewOf(actor, row)
  if (view) {
    return {
      view: 'keeper',
      memorandum: row,
      canEdit: canEditMemorandum(actor, row),
      party: view === 'party',
      confirmations: await confirmationsOf(actor, id, view === 'party'),
    }
  }
  const isPublic = row.partnership && (await prisma.agreement.count({ where: { AND: [{ id }, publicAgreementWhere] } }))
  return isPublic ? { view: 'elsewhere', href: `/partnerships/${row.partnership!.slug}#agreements` } : null
}

/**
 * The confirming bodies of a memorandum and their answers. Keepers see every answer (a dispute's
 * comment is meant for them); a party sees its own bodies' answers, and which bodies the actor may
 * answer for.
 */
async function confirmationsOf(actor: Actor, id: string, partyOnly: boolean) {
  const found = await confirmingBodies(prisma, 'Agreement', id)
  const mine = memberOrgIds(actor)
  const bodies = (found?.bodies ?? []).filter((b) => !partyOnly || mine.includes(b))
  const answers = await prisma.confirmation.findMany({
    where: { entity: 'Agreement', entityId: id, organizationId: { in: bodies } },
    select: { organizationId: true, state: true, comment: true, decidedAt: true },
  })
  const officialOf = new Set(actor.memberships.filter((m) => m.role === 'OFFICIAL').map((m) => m.organizationId))
  return bodies.map((organizationId) => ({
    organizationId,
    answer: answers.find((a) => a.organizationId === organizationId) ?? null,
    canAnswer: officialOf.has(organizationId),
  }))
}

export async function getMemorandumForEdit(actor: Actor, id: string) {
  const row = await prisma.agreement.findUnique({ where: { id }, include: fullInclude })
  return row && canEditMemorandum(actor, row) ? row : null
}
export type MemorandumForEdit = NonNullable<Awaited<ReturnType<typeof getMemorandumForEdit>>>

/** Partnerships and projects a memorandum may be attached to (those the actor may change), as choices. */
export async function memorandumTargets(actor: Actor, locale: Locale, current?: MemorandumForEdit) {
  const [partnerships, projects] = await Promise.all([
    prisma.partnership.findMany({
      where: partnershipEditableWhere(actor),
      orderBy: { updatedAt: 'desc' },
      take: 300,
      select: { id: true, title: true },
    }),
    prisma.project.findMany({
      where: projectEditableWhere(actor),
      orderBy: { updatedAt: 'desc' },
      take: 300,
      select: { id: true, title: true, partnership: { select: { title: true } } },
    }),
  ])
  const name = (v: unknown) => pickLocalized(v, locale)?.text ?? ''
  const options = {
    partnerships: partnerships.map((p) => ({ value: p.id, label: name(p.title) })),
    projects: projects.map((p) => ({
      value: p.id,
      label: [name(p.title), p.partnership ? name(p.partnership.title) : ''].filter(Boolean).join(' — '),
    })),
  }
  // What it is attached to already stays choosable, even if the actor could not attach it now.
  if (current?.partnership && !options.partnerships.some((p) => p.value === current.partnership!.id))
    options.partnerships.push({ value: current.partnership.id, label: name(current.partnership.title) })
  for (const { project } of current?.projects ?? [])
    if (!options.projects.some((p) => p.value === project.id))
      options.projects.push({ value: project.id, label: name(project.title) })
  return options
}

/**
 * A new memorandum's first values: in force, a memorandum of cooperation, in the page's language; its
 * parties are the partnership's (when it starts from one the actor may change), else the actor's own
 * organization and an empty row for the other side.
 */
export async function newMemorandumValues(
  actor: Actor,
  locale: Locale,
  { owners, partnershipId }: { owners: string[]; partnershipId?: string },
): Promise<FormValues> {
  const values: FormValues = { kind: 'MEMORANDUM_OF_COOPERATION', status: 'ACTIVE', sourceLocale: locale }
  const partnership = partnershipId
    ? await prisma.partnership.findFirst({
        where: { AND: [{ id: partnershipId }, partnershipEditableWhere(actor)] },
        select: { id: true, parties: { orderBy: { position: 'asc' }, select: { organizationId: true } } },
      })
    : null
  const parties = partnership
    ? partnership.parties.flatMap((p) => (p.organizationId ? [p.organizationId] : []))
    : owners.length === 1
      ? [owners[0], '']
      : []
  if (partnership) values.partnershipId = partnership.id
  parties.forEach((organizationId, i) => (values[`parties.${i}.organizationId`] = organizationId))
  return values
}
