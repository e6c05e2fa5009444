import 'server-only'
import { prisma } from '@/lib/db'
import { published } from '@/lib/records/public-selects'

const territoryRef = { select: { code: true, path: true, name: true, kind: true } } as const

/** A published organization with its public involvement; contacts and internal notes are never read. */
export async function getPublicOrganization(slug: string) {
  if (slug.length > 200) return null
  const o = await prisma.organization.findFirst({
    where: { slug, ...published },
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      sourceLocale: true,
      foundedYear: true,
      homeTerritory: territoryRef,
      governsTerritory: territoryRef,
      aliases: { select: { name: true }, orderBy: { name: 'asc' } },
    },
  })
  if (!o) return null
  const [partnerships, agreements, contributions, caseStudies] = await Promise.all([
    prisma.partnership.findMany({
      where: {
        ...published,
        OR: [
          { parties: { some: { organizationId: o.id } } },
          { projects: { some: { contributions: { some: { ...published, partyOrganizationId: o.id } } } } },
        ],
      },
      select: {
        slug: true,
        title: true,
        sourceLocale: true,
        startDate: true,
        startPrecision: true,
        endDate: true,
        endPrecision: true,
        themes: true,
        parties: { where: { isLead: true }, select: { organization: { select: { slug: true, name: true } } }, take: 1 },
      },
      orderBy: { startDate: 'asc' },
    }),
    prisma.agreement.findMany({
      where: { ...published, parties: { some: { organizationId: o.id } } },
      select: {
        id: true,
        kind: true,
        subject: true,
        sourceLocale: true,
        signedDate: true,
        signedPrecision: true,
        status: true,
        partnership: { select: { slug: true, title: true } },
      },
      orderBy: { signedDate: 'asc' },
    }),
    prisma.contribution.count({
      where: {
        ...published,
        project: published,
        OR: [{ partyOrganizationId: o.id }, { groupMembers: { some: { organizationId: o.id } } }],
      },
    }),
    prisma.caseStudy.findMany({
      where: { ...published, organizationId: o.id },
      select: { slug: true, title: true, sourceLocale: true },
    }),
  ])
  return {
    ...o,
    aliases: o.aliases.map((a) => a.name),
    partnerships: partnerships.map(({ parties, ...p }) => ({ ...p, lead: parties[0]?.organization ?? null })),
    agreements,
    contributions,
    caseStudies,
  }
}
