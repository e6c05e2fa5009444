import 'server-only'
import { cache } from 'react'
import { prisma } from '@/lib/db'
import type { CaseStudySectionKind, Locale, OrganizationKind, PartyType } from '@/lib/generated/prisma/enums'
import { isTheme } from '@/lib/themes'
import {
  orgRef,
  orgRefSelect,
  period,
  periodSelect,
  place,
  placeSelect,
  requiredText,
  type OrgRef,
  type PartialDate,
  type Place,
  type Text,
} from './dto'
import { listedRecordSelect, toListedRecord } from './lists'
import { getPublicPartnership, type PublicPartnership } from './partnerships'
import { searchPublic } from './search'
import { publicCaseStudyWhere, publicContributionWhere, publicOrganizationWhere, publicPartnershipWhere } from './where'

export type PublicCaseStudy = {
  id: string
  slug: string
  title: Text
  sourceLocale: Locale
  source: {
    key: string
    title: string
    citation: string
    year: number | null
    pageFirst: number | null
    pageLast: number | null
    /** The oblast chapter of the source that files the case. */
    chapter: Place | null
  } | null
  organization: (OrgRef & { kind: OrganizationKind }) | null
  partnership: PublicPartnership | null
  sections: Record<
    | 'summary'
    | 'background'
    | 'development'
    | 'challenges'
    | 'outcomes'
    | 'successFactors'
    | 'lessons'
    | 'editorialNotes',
    Text[]
  >
}

const sectionKeys: Record<CaseStudySectionKind, keyof PublicCaseStudy['sections']> = {
  SUMMARY: 'summary',
  BACKGROUND: 'background',
  DEVELOPMENT: 'development',
  CHALLENGES: 'challenges',
  OUTCOMES: 'outcomes',
  SUCCESS_FACTOR: 'successFactors',
  LESSON: 'lessons',
  EDITORIAL_NOTE: 'editorialNotes',
}

/** A public case study (published, about a public partnership) by slug or id, with that partnership's public view. */
export const getPublicCaseStudy = cache(async (slugOrId: string): Promise<PublicCaseStudy | null> => {
  if (slugOrId.length > 200) return null
  const cs = await prisma.caseStudy.findFirst({
    where: { AND: [{ OR: [{ slug: slugOrId }, { id: slugOrId }] }, publicCaseStudyWhere] },
    select: {
      id: true,
      slug: true,
      title: true,
      sourceLocale: true,
      sourcePageFirst: true,
      sourcePageLast: true,
      sourceDocument: { select: { key: true, title: true, citation: true, year: true } },
      sourceChapterTerritory: placeSelect,
      organization: { select: { ...orgRefSelect.select, kind: true } },
      partnershipId: true,
      sections: { orderBy: [{ kind: 'asc' }, { position: 'asc' }], select: { kind: true, body: true } },
    },
  })
  if (!cs) return null
  const partnership = cs.partnershipId ? await getPublicPartnership(cs.partnershipId) : null
  const sections = Object.fromEntries(
    Object.values(sectionKeys).map((k) => [k, [] as Text[]]),
  ) as PublicCaseStudy['sections']
  for (const s of cs.sections) sections[sectionKeys[s.kind]].push(requiredText(s.body))
  const org = orgRef(cs.organization)
  return {
    id: cs.id,
    slug: cs.slug,
    title: requiredText(cs.title),
    sourceLocale: cs.sourceLocale,
    source: cs.sourceDocument && {
      ...cs.sourceDocument,
      pageFirst: cs.sourcePageFirst,
      pageLast: cs.sourcePageLast,
      chapter: cs.sourceChapterTerritory && place(cs.sourceChapterTerritory),
    },
    organization: org && { ...org, kind: cs.organization!.kind },
    partnership,
    sections,
  }
})

export type CaseStudyFilters = {
  territory?: string
  theme?: string
  partyType?: PartyType
  donor?: string
  yearFrom?: number
  yearTo?: number
  q?: string
}

export type ListedCaseStudy = {
  id: string
  slug: string
  title: Text
  sourceLocale: Locale
  themes: string[]
  start: PartialDate | null
  end: PartialDate | null
  primaryPlaces: { code: string; path: string; name: Text }[]
  lead: OrgRef | null
  territoryCodes: string[]
}

/**
 * Public case studies matching every given filter: a territory (code; anywhere in its subtree), a
 * theme, a party type or a donor (organization slug) among the partnership's parties or public
 * contributors, years overlapping the partnership's period, and a search text, which ranks them
 * (best match first); without one they are listed by slug.
 */
export async function listPublicCaseStudies(f: CaseStudyFilters): Promise<ListedCaseStudy[]> {
  const territory = f.territory
    ? await prisma.territory.findUnique({ where: { code: f.territory }, select: { path: true } })
    : null
  if (f.territory && !territory) return []
  const ids = f.q ? (await searchPublic(f.q, { entities: ['caseStudy'], limit: 100 })).map((h) => h.id) : undefined
  const inPath = territory
    ? { OR: [{ path: territory.path }, { path: { startsWith: `${territory.path}/` } }] }
    : undefined
  const contributor = (where: object) => ({
    projects: { some: { contributions: { some: { AND: [publicContributionWhere, where] } } } },
  })
  const rows = await prisma.caseStudy.findMany({
    where: {
      AND: [
        publicCaseStudyWhere,
        ids ? { id: { in: ids } } : {},
        {
          partnership: {
            is: {
              AND: [
                publicPartnershipWhere,
                inPath ? { territories: { some: { territory: inPath } } } : {},
                f.theme && isTheme(f.theme) ? { themes: { has: f.theme } } : {},
                f.partyType
                  ? {
                      OR: [{ parties: { some: { partyType: f.partyType } } }, contributor({ partyType: f.partyType })],
                    }
                  : {},
                f.donor
                  ? {
                      OR: [
                        {
                          parties: {
                            some: { organization: { is: { AND: [publicOrganizationWhere, { slug: f.donor }] } } },
                          },
                        },
                        contributor({
                          partyOrganization: { is: { AND: [publicOrganizationWhere, { slug: f.donor }] } },
                        }),
                      ],
                    }
                  : {},
                f.yearTo
                  ? { OR: [{ startDate: null }, { startDate: { lte: new Date(Date.UTC(f.yearTo, 11, 31)) } }] }
                  : {},
                f.yearFrom
                  ? { OR: [{ endDate: null }, { endDate: { gte: new Date(Date.UTC(f.yearFrom, 0, 1)) } }] }
                  : {},
              ],
            },
          },
        },
      ],
    },
    select: {
      id: true,
      ...listedRecordSelect,
      partnership: {
        select: {
          themes: true,
          ...periodSelect,
          territories: { select: { isPrimary: true, territory: { select: { code: true, path: true, name: true } } } },
          parties: { where: { isLead: true }, select: { organization: orgRefSelect } },
        },
      },
    },
    orderBy: { slug: 'asc' },
  })
  // A search text ranks the list (lib/public/search.ts); otherwise it is by slug.
  if (ids) {
    const rank = new Map(ids.map((id, i) => [id, i]))
    rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
  }
  return rows.map((r) => {
    const p = r.partnership
    return {
      id: r.id,
      ...toListedRecord(r),
      themes: p?.themes ?? [],
      ...(p ? period(p) : { start: null, end: null }),
      primaryPlaces: (p?.territories ?? [])
        .filter((t) => t.isPrimary)
        .map((t) => ({ code: t.territory.code, path: t.territory.path, name: requiredText(t.territory.name) })),
      lead: orgRef(p?.parties[0]?.organization),
      territoryCodes: [...new Set((p?.territories ?? []).map((t) => t.territory.code))].sort(),
    }
  })
}

/** Donors and international organizations that appear in public partnerships (for the filter list). */
export async function listDonorsInUse(): Promise<OrgRef[]> {
  const rows = await prisma.organization.findMany({
    where: {
      AND: [
        publicOrganizationWhere,
        { kind: { in: ['DONOR', 'INTERNATIONAL_ORGANIZATION'] } },
        {
          OR: [
            { partnershipRoles: { some: { partnership: publicPartnershipWhere } } },
            { contributions: { some: publicContributionWhere } },
          ],
        },
      ],
    },
    select: orgRefSelect.select,
    orderBy: { slug: 'asc' },
  })
  return rows.flatMap((o) => orgRef(o) ?? [])
}

/** Public case studies, most recently changed first (the home page's "recently updated"). */
export async function listRecentlyUpdatedCaseStudies(take = 6) {
  const rows = await prisma.caseStudy.findMany({
    where: publicCaseStudyWhere,
    orderBy: [{ updatedAt: 'desc' }, { slug: 'asc' }],
    take,
    select: {
      ...listedRecordSelect,
      updatedAt: true,
      partnership: {
        select: {
          themes: true,
          territories: { where: { isPrimary: true }, select: { territory: { select: { name: true } } } },
        },
      },
    },
  })
  return rows.map((r) => ({
    ...toListedRecord(r),
    updatedAt: r.updatedAt,
    themes: r.partnership?.themes ?? [],
    places: (r.partnership?.territories ?? []).map((t) => requiredText(t.territory.name)),
  }))
}
