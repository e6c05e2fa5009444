import 'server-only'
import { actingOrgIds, memberOrgIds, REGISTRY_EDITORS_ID, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { LocalizedText } from '@/lib/i18n/localized'
import { partyTypeOfKind } from './kinds'
import { canEditOrganization, organizationEditableWhere, organizationViewableWhere } from './policy'
import type { Locale } from '@/lib/i18n/locales'
import { optionLabel, type OrganizationOption } from './options'

const optionSelect = { id: true, name: true, kind: true, governsTerritoryId: true } as const
type OptionRow = Prisma.OrganizationGetPayload<{ select: typeof optionSelect }>

/** An organization as a picker option: its names in all languages, its kind and party type. */
const toOption = (r: OptionRow): OrganizationOption => ({
  id: r.id,
  name: LocalizedText.catch({}).parse(r.name),
  kind: r.kind,
  partyType: partyTypeOfKind[r.kind],
  governsTerritoryId: r.governsTerritoryId,
})

/** Options sorted by their label in `locale`. */
function sortedOptions(options: OrganizationOption[], locale: Locale): OrganizationOption[] {
  const collator = new Intl.Collator(locale)
  return options.sort((a, b) => collator.compare(optionLabel(a, locale), optionLabel(b, locale)))
}

/** Every organization the actor may pick as a party, funder or member (names in all languages), sorted by name in `locale`. */
export async function listOrganizationOptions(actor: Actor, locale: Locale): Promise<OrganizationOption[]> {
  const rows = await prisma.organization.findMany({
    where: { AND: [organizationViewableWhere(actor), { id: { not: REGISTRY_EDITORS_ID } }] },
    select: {
      ...optionSelect,
      homeTerritory: { select: { level: true, name: true, parent: { select: { name: true } } } },
    },
  })
  return sortedOptions(
    rows.map((r) => ({
      ...toOption(r),
      // An aiyl okmot or town is placed by its rayon; anything else by its home unit.
      place: r.homeTerritory
        ? LocalizedText.catch({}).parse(
            r.homeTerritory.level === 3 && r.homeTerritory.parent ? r.homeTerritory.parent.name : r.homeTerritory.name,
          )
        : undefined,
    })),
    locale,
  )
}

/** The organizations on the actor's list: those they may edit and those they belong to (admins: all entered in the app). */
export async function listManagedOrganizations(actor: Actor) {
  const where: Prisma.OrganizationWhereInput = actor.isAdmin
    ? { externalKey: null }
    : { OR: [organizationEditableWhere(actor), { id: { in: memberOrgIds(actor) } }] }
  return prisma.organization.findMany({
    where,
    orderBy: { updatedAt: 'desc' },
    take: 300,
    select: {
      id: true,
      name: true,
      sourceLocale: true,
      kind: true,
      publicationStatus: true,
      ownerOrganizationId: true,
      updatedAt: true,
    },
  })
}

const fullInclude = {
  homeTerritory: { select: { id: true, code: true, name: true } },
  governsTerritory: { select: { code: true, name: true } },
  ownerOrganization: { select: { id: true, name: true } },
} satisfies Prisma.OrganizationInclude

/**
 * An organization for its manage page: its keepers (who may change it, its own members, its owner's
 * members) see the record; anyone else is sent to its public page while it is published (the href),
 * and gets "not found" otherwise.
 */
export async function getOrganizationForView(actor: Actor, id: string) {
  const row = await prisma.organization.findUnique({ where: { id }, include: fullInclude })
  if (!row) return null
  const canEdit = canEditOrganization(actor, row)
  const mine = memberOrgIds(actor)
  if (canEdit || mine.includes(row.id) || mine.includes(row.ownerOrganizationId))
    // Contacts and the internal note: for those who keep the record and the organization's own members.
    return { view: 'keeper', organization: row, canEdit, canSeePrivate: canEdit || mine.includes(row.id) } as const
  return row.publicationStatus === 'PUBLISHED'
    ? ({ view: 'elsewhere', href: `/organizations/${row.slug}` } as const)
    : null
}

export async function getOrganizationForEdit(actor: Actor, id: string) {
  const row = await prisma.organization.findUnique({ where: { id }, include: fullInclude })
  if (!row || !canEditOrganization(actor, row)) return null
  return row
}

/** The organizations a new record may be entered for by this actor (its owner), with names. */
export async function listActingOrganizations(actor: Actor, locale: Locale) {
  const rows = await prisma.organization.findMany({
    where: { id: { in: actingOrgIds(actor) } },
    select: optionSelect,
  })
  return sortedOptions(rows.map(toOption), locale)
}
