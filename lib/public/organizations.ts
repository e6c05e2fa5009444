import 'server-only'
import { cache } from 'react'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { listPublicMemoranda, type PublicMemorandum } from './memoranda'
import type { Locale, OrganizationKind } from '@/lib/generated/prisma/enums'
import { place, placeSelect, requiredText, type Place, type Text } from './dto'
import {
  listedPartnershipSelect,
  listedRecordSelect,
  toListedPartnership,
  toListedRecord,
  type ListedPartnership,
  type ListedRecord,
} from './lists'
import { publicCaseStudyWhere, publicContributionWhere, publicOrganizationWhere, publicPartnershipWhere } from './where'

/** What an organization shows wherever it is public: its page, the API list and the exports. */
export type OrganizationFields = {
  slug: string
  kind: OrganizationKind
  name: Text
  sourceLocale: Locale
  foundedYear: number | null
  homeTerritory: Place | null
  governsTerritory: Place | null
}
export const organizationFieldsSelect = {
  slug: true,
  kind: true,
  name: true,
  sourceLocale: true,
  foundedYear: true,
  homeTerritory: placeSelect,
  governsTerritory: placeSelect,
} as const satisfies Prisma.OrganizationSelect

export function toOrganizationFields(
  o: Prisma.OrganizationGetPayload<{ select: typeof organizationFieldsSelect }>,
): OrganizationFields {
  return {
    slug: o.slug,
    kind: o.kind,
    name: requiredText(o.name),
    sourceLocale: o.sourceLocale,
    foundedYear: o.foundedYear,
    homeTerritory: o.homeTerritory && place(o.homeTerritory),
    governsTerritory: o.governsTerritory && place(o.governsTerritory),
  }
}

export type PublicOrganization = OrganizationFields & {
  id: string
  aliases: string[]
  partnerships: ListedPartnership[]
  agreements: PublicMemorandum[]
  /** Public ledger lines it contributed (alone or in a group). */
  contributions: number
  caseStudies: ListedRecord[]
}

/** A published organization with its public involvement; contacts and internal notes are never read. */
export const getPublicOrganization = cache(async (slug: string): Promise<PublicOrganization | null> => {
  if (slug.length > 200) return null
  const o = await prisma.organization.findFirst({
    where: { AND: [{ slug }, publicOrganizationWhere] },
    select: {
      id: true,
      ...organizationFieldsSelect,
      aliases: { select: { name: true }, orderBy: { name: 'asc' } },
    },
  })
  if (!o) return null
  const contributed = {
    AND: [
      publicContributionWhere,
      { OR: [{ partyOrganizationId: o.id }, { groupMembers: { some: { organizationId: o.id } } }] },
    ],
  }
  const [partnerships, agreements, contributions, caseStudies] = await Promise.all([
    prisma.partnership.findMany({
      where: {
        AND: [
          publicPartnershipWhere,
          {
            OR: [
              { parties: { some: { organizationId: o.id } } },
              { projects: { some: { contributions: { some: contributed } } } },
            ],
          },
        ],
      },
      select: listedPartnershipSelect,
      orderBy: { startDate: 'asc' },
    }),
    listPublicMemoranda({ parties: { some: { organizationId: o.id } } }),
    prisma.contribution.count({ where: contributed }),
    prisma.caseStudy.findMany({
      where: { AND: [publicCaseStudyWhere, { organizationId: o.id }] },
      select: listedRecordSelect,
      orderBy: { slug: 'asc' },
    }),
  ])
  return {
    id: o.id,
    ...toOrganizationFields(o),
    aliases: o.aliases.map((a) => a.name),
    partnerships: partnerships.map(toListedPartnership),
    agreements,
    contributions,
    caseStudies: caseStudies.map(toListedRecord),
  }
})

/** Whether a place has a local government with a public record (it receives corrections about the place). */
export async function hasPublicLocalGovernment(territoryCode: string): Promise<boolean> {
  const found = await prisma.organization.findFirst({
    where: { AND: [{ governsTerritory: { is: { code: territoryCode } } }, publicOrganizationWhere] },
    select: { id: true },
  })
  return found !== null
}
