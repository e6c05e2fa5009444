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
import { publicContributionSql } from './sql'
import { publicCaseStudyWhere, publicOrganizationWhere, publicPartnershipWhere } from './where'

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
  // Its public ledger lines (as the party or in a group) and the partnerships it is in, found from the
  // organization outwards through the indexes. Asked as Prisma's OR over every line and partnership,
  // each took 1.3–1.5 s on the 10× data (a scan of 500,000 lines) for an organization with 35 lines.
  const [involvement] = await prisma.$queryRaw<{ lines: bigint; partnerships: string[] }[]>`
    WITH own AS (
      SELECT c.id FROM "Contribution" c WHERE c."partyOrganizationId" = ${o.id}
      UNION
      SELECT gm."contributionId" FROM "ContributionGroupMember" gm WHERE gm."organizationId" = ${o.id}
    ), public_lines AS (
      SELECT c.id, pr."partnershipId" FROM own
      JOIN "Contribution" c ON c.id = own.id
      JOIN "Project" pr ON pr.id = c."projectId"
      WHERE ${publicContributionSql('c', 'pr')}
    )
    SELECT (SELECT count(*) FROM public_lines) AS lines,
      ARRAY(SELECT "partnershipId" FROM public_lines WHERE "partnershipId" IS NOT NULL
            UNION SELECT pp."partnershipId" FROM "PartnershipParty" pp WHERE pp."organizationId" = ${o.id}) AS partnerships`
  const [partnerships, agreements, caseStudies] = await Promise.all([
    prisma.partnership.findMany({
      where: { AND: [publicPartnershipWhere, { id: { in: involvement.partnerships } }] },
      select: listedPartnershipSelect,
      orderBy: { startDate: 'asc' },
    }),
    listPublicMemoranda({ parties: { some: { organizationId: o.id } } }),
    prisma.caseStudy.findMany({
      where: { AND: [publicCaseStudyWhere, { organizationId: o.id }] },
      select: listedRecordSelect,
      orderBy: { slug: 'asc' },
    }),
  ])
  const contributions = Number(involvement.lines)
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
