import 'server-only'
import { prisma } from '@/lib/db'
import {
  contributionSelect,
  orgRef,
  outcomeSelect,
  published,
  toPublicContribution,
  toPublicOutcome,
} from '@/lib/records/public-selects'

const territoryRef = { select: { code: true, path: true, name: true, level: true, kind: true } } as const

/** A published partnership with everything its public page shows; null when unknown or not public. */
export async function getPublicPartnership(slug: string) {
  const p = await prisma.partnership.findFirst({
    where: { slug, ...published },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      sourceLocale: true,
      status: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
      themes: true,
      updatedAt: true,
      parties: {
        orderBy: { position: 'asc' },
        select: { id: true, nameAsReported: true, partyType: true, isLead: true, role: true, organization: orgRef },
      },
      territories: {
        orderBy: [{ isPrimary: 'desc' }, { territory: { code: 'asc' } }],
        select: { isPrimary: true, placeAsWritten: true, resolution: true, territory: territoryRef },
      },
      projects: {
        where: published,
        orderBy: { position: 'asc' },
        select: {
          id: true,
          title: true,
          description: true,
          sourceLocale: true,
          periodAsReported: true,
          contributions: { where: published, orderBy: { position: 'asc' }, select: contributionSelect },
          outcomes: { where: published, orderBy: { position: 'asc' }, select: outcomeSelect },
        },
      },
      agreements: {
        where: published,
        orderBy: [{ signedDate: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          kind: true,
          subject: true,
          sourceLocale: true,
          signedDate: true,
          signedPrecision: true,
          effectiveDate: true,
          effectivePrecision: true,
          expiryDate: true,
          expiryPrecision: true,
          status: true,
          sourcePage: true,
          parties: { orderBy: { position: 'asc' }, select: { nameAsReported: true, organization: orgRef } },
          amendments: {
            orderBy: { number: 'asc' },
            select: { number: true, date: true, datePrecision: true, summary: true },
          },
        },
      },
      caseStudies: { where: published, select: { slug: true, title: true, sourceLocale: true } },
    },
  })
  if (!p) return null
  const visibleOrg = <O extends { publicationStatus: string }>(x: { organization: O | null }): O | null =>
    x.organization?.publicationStatus === 'PUBLISHED' ? x.organization : null
  return {
    ...p,
    parties: p.parties.map((x) => ({ ...x, organization: visibleOrg(x) })),
    projects: p.projects.map((pr) => ({
      ...pr,
      contributions: pr.contributions.map(toPublicContribution),
      outcomes: pr.outcomes.map(toPublicOutcome),
    })),
    agreements: p.agreements.map((a) => ({
      ...a,
      parties: a.parties.map((x) => ({ ...x, organization: visibleOrg(x) })),
    })),
  }
}
export type PublicPartnership = NonNullable<Awaited<ReturnType<typeof getPublicPartnership>>>
