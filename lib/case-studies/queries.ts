import 'server-only'
import { prisma } from '@/lib/db'
import type { CaseStudySectionKind } from '@/lib/generated/prisma/enums'
import { published } from '@/lib/records/public-selects'
import { isTheme } from '@/lib/themes'
import { getPublicPartnership } from '@/lib/partnerships/queries'

/** A published case study by slug or id, with its sections and its partnership's public records. */
export async function getPublicCaseStudy(slugOrId: string) {
  if (slugOrId.length > 200) return null
  const cs = await prisma.caseStudy.findFirst({
    where: { OR: [{ slug: slugOrId }, { id: slugOrId }], ...published },
    select: {
      id: true,
      slug: true,
      title: true,
      sourceLocale: true,
      sourcePageFirst: true,
      sourcePageLast: true,
      sourceDocument: { select: { key: true, title: true, citation: true, year: true } },
      organization: { select: { slug: true, name: true, kind: true, publicationStatus: true } },
      partnership: { select: { slug: true, publicationStatus: true } },
      sections: { orderBy: [{ kind: 'asc' }, { position: 'asc' }], select: { kind: true, position: true, body: true } },
    },
  })
  if (!cs) return null
  const partnership =
    cs.partnership?.publicationStatus === 'PUBLISHED' ? await getPublicPartnership(cs.partnership.slug) : null
  const sections = (kind: CaseStudySectionKind) => cs.sections.filter((s) => s.kind === kind).map((s) => s.body)
  return {
    id: cs.id,
    slug: cs.slug,
    title: cs.title,
    sourceLocale: cs.sourceLocale,
    source: cs.sourceDocument
      ? { ...cs.sourceDocument, pageFirst: cs.sourcePageFirst, pageLast: cs.sourcePageLast }
      : null,
    organization:
      cs.organization?.publicationStatus === 'PUBLISHED'
        ? { slug: cs.organization.slug, name: cs.organization.name, kind: cs.organization.kind }
        : null,
    partnership,
    sections: {
      summary: sections('SUMMARY'),
      background: sections('BACKGROUND'),
      development: sections('DEVELOPMENT'),
      challenges: sections('CHALLENGES'),
      outcomes: sections('OUTCOMES'),
      successFactors: sections('SUCCESS_FACTOR'),
      lessons: sections('LESSON'),
      editorialNotes: sections('EDITORIAL_NOTE'),
    },
  }
}
export type PublicCaseStudy = NonNullable<Awaited<ReturnType<typeof getPublicCaseStudy>>>

export type CaseStudyFilters = {
  territory?: string
  theme?: string
  partyType?: string
  donor?: string
  yearFrom?: number
  yearTo?: number
  q?: string
}

/**
 * Published case studies matching every given filter: a territory (code; anywhere in its subtree), a
 * theme, a party type or a donor (organization slug) among the partnership's parties or contributors,
 * years overlapping the partnership's period, and a search text.
 */
export async function listPublicCaseStudies(f: CaseStudyFilters) {
  const territory = f.territory
    ? await prisma.territory.findUnique({ where: { code: f.territory }, select: { path: true } })
    : null
  if (f.territory && !territory) return []
  let ids: string[] | undefined
  if (f.q) {
    const { searchPublic } = await import('@/lib/search/queries')
    ids = (await searchPublic(f.q, { entities: ['caseStudy'], limit: 100 })).map((h) => h.id)
  }
  const inPath = territory
    ? { OR: [{ path: territory.path }, { path: { startsWith: `${territory.path}/` } }] }
    : undefined
  const partyFilter = (where: object) => ({
    OR: [
      { parties: { some: where } },
      { projects: { some: { ...published, contributions: { some: { ...published, ...where } } } } },
    ],
  })
  const rows = await prisma.caseStudy.findMany({
    where: {
      ...published,
      ...(ids ? { id: { in: ids } } : {}),
      partnership: {
        ...published,
        AND: [
          inPath ? { territories: { some: { territory: inPath } } } : {},
          f.theme && isTheme(f.theme) ? { themes: { has: f.theme } } : {},
          f.partyType ? partyFilter({ partyType: f.partyType }) : {},
          f.donor
            ? {
                OR: [
                  { parties: { some: { organization: { slug: f.donor } } } },
                  {
                    projects: {
                      some: { contributions: { some: { ...published, partyOrganization: { slug: f.donor } } } },
                    },
                  },
                ],
              }
            : {},
          f.yearTo ? { OR: [{ startDate: null }, { startDate: { lte: new Date(Date.UTC(f.yearTo, 11, 31)) } }] } : {},
          f.yearFrom ? { OR: [{ endDate: null }, { endDate: { gte: new Date(Date.UTC(f.yearFrom, 0, 1)) } }] } : {},
        ],
      },
    },
    select: {
      id: true,
      slug: true,
      title: true,
      sourceLocale: true,
      partnership: {
        select: {
          themes: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          territories: {
            where: { isPrimary: true },
            select: { territory: { select: { code: true, path: true, name: true } } },
          },
          parties: { where: { isLead: true }, select: { organization: { select: { slug: true, name: true } } } },
        },
      },
      // all territory codes for the API
      organization: { select: { slug: true, name: true } },
    },
    orderBy: { slug: 'asc' },
  })
  const codes = await prisma.partnershipTerritory.findMany({
    where: { partnership: { caseStudies: { some: { id: { in: rows.map((r) => r.id) } } } } },
    select: {
      partnership: { select: { caseStudies: { select: { id: true } } } },
      territory: { select: { code: true } },
    },
  })
  const codesByCase = new Map<string, string[]>()
  for (const c of codes)
    for (const cs of c.partnership.caseStudies)
      codesByCase.set(cs.id, [...(codesByCase.get(cs.id) ?? []), c.territory.code])
  return rows.map((r) => ({ ...r, territoryCodes: [...new Set(codesByCase.get(r.id) ?? [])].sort() }))
}

/** Donors and international organizations that appear in published partnerships (for the filter list). */
export async function listDonorsInUse() {
  return prisma.organization.findMany({
    where: {
      ...published,
      kind: { in: ['DONOR', 'INTERNATIONAL_ORGANIZATION'] },
      OR: [{ partnershipRoles: { some: { partnership: published } } }, { contributions: { some: published } }],
    },
    select: { slug: true, name: true },
    orderBy: { slug: 'asc' },
  })
}
