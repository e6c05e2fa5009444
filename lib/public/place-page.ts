import 'server-only'
// Everything a place page shows, loaded at once: one query (or a fixed few) per section, never one per
// listed record, so the number of queries does not grow with the place's records
// (tests/integration/place-queries.test.ts counts them). Long lists come a page at a time.
import {
  getActivityByYear,
  getMoneyFigures,
  getOutcomesByTheme,
  listSharedProjectsPage,
  listStatedSharesPage,
} from './money'
import { countPublicMemoranda, memorandaInSubtree } from './memoranda'
import {
  countOrganizationsInSubtree,
  getSubtreeRecords,
  listTerritoriesWithCounts,
  type SubtreeList,
  type TerritoryCounts,
  type TerritoryPage,
} from './territories'

/** How many stated shares and shared projects the charts section lists (the rest are counted). */
export const CHART_LIST_LIMIT = 10

export async function loadPlacePage(
  territory: Pick<TerritoryPage, 'id' | 'path'>,
  { confirmedOnly = false, pages = {} }: { confirmedOnly?: boolean; pages?: Partial<Record<SubtreeList, number>> } = {},
) {
  const { path } = territory
  const [organizations, children, records, money, direct, statedShares, shared, outcomes, activity, allMemoranda] =
    await Promise.all([
      countOrganizationsInSubtree(path),
      listTerritoriesWithCounts({ parentId: territory.id }),
      getSubtreeRecords(path, { confirmedOnly, pages }),
      getMoneyFigures({ kind: 'subtree', path }),
      getMoneyFigures({ kind: 'direct', path }),
      listStatedSharesPage(path, CHART_LIST_LIMIT),
      listSharedProjectsPage(path, CHART_LIST_LIMIT),
      getOutcomesByTheme(path),
      getActivityByYear(path),
      // The lists' totals are the counts (countPublishedInSubtree counts the same records), except the
      // memoranda when the list shows only the confirmed ones.
      confirmedOnly ? countPublicMemoranda(memorandaInSubtree(path)) : null,
    ])
  const counts: TerritoryCounts = {
    organizations,
    partnerships: records.partnerships.total,
    projects: records.projects.total,
    caseStudies: records.caseStudies.total,
    memoranda: allMemoranda ?? records.memoranda.total,
  }
  return { counts, children, records, money, direct, statedShares, shared, outcomes, activity }
}
