import 'server-only'
import { cache } from 'react'
import { prisma } from '@/lib/db'
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

export type PublicOrganization = {
  id: string
  slug: string
  kind: OrganizationKind
  name: Text
  sourceLocale: Locale
  foundedYear: number | null
  homeTerritory: Place | null
  governsTerritory: Place | null
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
      slug: true,
      kind: true,
      name: true,
      sourceLocale: true,
      foundedYear: true,
      homeTerritory: placeSelect,
      governsTerritory: placeSelect,
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
    slug: o.slug,
    kind: o.kind,
    name: requiredText(o.name),
    sourceLocale: o.sourceLocale,
    foundedYear: o.foundedYear,
    homeTerritory: o.homeTerritory && place(o.homeTerritory),
    governsTerritory: o.governsTerritory && place(o.governsTerritory),
    aliases: o.aliases.map((a) => a.name),
    partnerships: partnerships.map(toListedPartnership),
    agreements,
    contributions,
    caseStudies: caseStudies.map(toListedRecord),
  }
})
