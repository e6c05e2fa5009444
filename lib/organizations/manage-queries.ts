import 'server-only'
import { memberOrgIds, REGISTRY_EDITORS_ID, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { LocalizedText } from '@/lib/i18n/localized'
import { partyTypeOfKind } from './kinds'
import type { Locale } from '@/lib/i18n/locales'
import { optionLabel, type OrganizationOption } from './options'

/** Organizations the actor may see: published ones, and drafts of their own organizations. */
export function organizationViewableWhere(actor: Actor): Prisma.OrganizationWhereInput {
  if (actor.isAdmin) return {}
  const mine = memberOrgIds(actor)
  return { OR: [{ publicationStatus: 'PUBLISHED' }, { id: { in: mine } }, { ownerOrganizationId: { in: mine } }] }
}

/** Every organization the actor may pick as a party, funder or member (names in all languages), sorted by name in `locale`. */
export async function listOrganizationOptions(actor: Actor, locale: Locale): Promise<OrganizationOption[]> {
  const rows = await prisma.organization.findMany({
    where: { AND: [organizationViewableWhere(actor), { id: { not: REGISTRY_EDITORS_ID } }] },
    select: { id: true, name: true, kind: true, governsTerritoryId: true },
  })
  const collator = new Intl.Collator(locale)
  return rows
    .map((r) => ({
      id: r.id,
      name: LocalizedText.catch({}).parse(r.name),
      kind: r.kind,
      partyType: partyTypeOfKind[r.kind],
      governsTerritoryId: r.governsTerritoryId,
    }))
    .sort((a, b) => collator.compare(optionLabel(a, locale), optionLabel(b, locale)))
}
