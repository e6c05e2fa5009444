import 'server-only'
import { prisma } from '@/lib/db'
import {
  caseStudyHref,
  funderHref,
  fundersHref,
  organizationHref,
  partnershipHref,
  placeHref,
  programmeHref,
  projectHref,
} from '@/lib/i18n/paths'
import {
  publicCaseStudyWhere,
  publicOrganizationWhere,
  publicPartnershipWhere,
  publicProgrammeWhere,
  publicProjectWhere,
} from './where'
import { getFundersOverview } from './funders'

/** URLs per sitemap file: well under the protocol's 50,000, so a file stays small at national scale. */
export const SITEMAP_PAGE_SIZE = 10_000

/** The kinds of public page a sitemap lists (each page in every language, with its alternates). */
export const sitemapKinds = [
  'pages',
  'places',
  'case-studies',
  'partnerships',
  'projects',
  'programmes',
  'organizations',
  'funders',
] as const
export type SitemapKind = (typeof sitemapKinds)[number]

export type SitemapEntry = { path: string; updatedAt: Date | null }

/** The pages that are not a record's: the home page and the lists a reader starts from. */
const listPages = ['', '/case-studies', fundersHref, '/api-docs']

/** Public funders (the funders overview's list), by slug. */
async function funderSlugs(): Promise<string[]> {
  return (await getFundersOverview({})).funders.map((f) => f.slug).sort()
}

/** How many records of each kind are public: the index lists one file per page of each. */
export async function countSitemapEntries(): Promise<Record<SitemapKind, number>> {
  const [places, caseStudies, partnerships, projects, programmes, organizations, funders] = await Promise.all([
    prisma.territory.count(),
    prisma.caseStudy.count({ where: publicCaseStudyWhere }),
    prisma.partnership.count({ where: publicPartnershipWhere }),
    prisma.project.count({ where: publicProjectWhere }),
    prisma.programme.count({ where: publicProgrammeWhere }),
    prisma.organization.count({ where: publicOrganizationWhere }),
    funderSlugs().then((s) => s.length),
  ])
  return {
    pages: listPages.length,
    places,
    'case-studies': caseStudies,
    partnerships,
    projects,
    programmes,
    organizations,
    funders,
  }
}

/**
 * One page of one kind's public pages, in a stable order: only records whose own page is public (the
 * same where-fragments as the pages), so a draft's address never reaches a search engine.
 */
export async function listSitemapEntries(kind: SitemapKind, n: number): Promise<SitemapEntry[]> {
  const at = { skip: n * SITEMAP_PAGE_SIZE, take: SITEMAP_PAGE_SIZE }
  const q = { select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' }, ...at } as const
  const entries = async (found: Promise<{ slug: string; updatedAt: Date }[]>, href: (slug: string) => string) =>
    (await found).map((r) => ({ path: href(r.slug), updatedAt: r.updatedAt }))
  switch (kind) {
    case 'pages':
      return listPages.slice(at.skip, at.skip + at.take).map((path) => ({ path, updatedAt: null }))
    case 'funders':
      return (await funderSlugs())
        .slice(at.skip, at.skip + at.take)
        .map((slug) => ({ path: funderHref(slug), updatedAt: null }))
    case 'places': {
      const units = await prisma.territory.findMany({ select: { path: true }, orderBy: { path: 'asc' }, ...at })
      return units.map((t) => ({ path: placeHref(t.path), updatedAt: null }))
    }
    case 'projects': {
      const projects = await prisma.project.findMany({
        where: publicProjectWhere,
        select: { id: true, updatedAt: true },
        orderBy: { id: 'asc' },
        ...at,
      })
      return projects.map((r) => ({ path: projectHref(r.id), updatedAt: r.updatedAt }))
    }
    case 'case-studies':
      return entries(prisma.caseStudy.findMany({ where: publicCaseStudyWhere, ...q }), caseStudyHref)
    case 'partnerships':
      return entries(prisma.partnership.findMany({ where: publicPartnershipWhere, ...q }), partnershipHref)
    case 'programmes':
      return entries(prisma.programme.findMany({ where: publicProgrammeWhere, ...q }), programmeHref)
    case 'organizations':
      return entries(prisma.organization.findMany({ where: publicOrganizationWhere, ...q }), organizationHref)
  }
}
