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
import {
  countPublishedInSubtree,
  getSubtreeRecords,
  listTerritoriesWithCounts,
  type SubtreeList,
  type TerritoryPage,
} from './territories'

/** How many stated shares and shared projects the charts section lists (the rest are counted). */
export const CHART_LIST_LIMIT = 10

export async function loadPlacePage(
  territory: Pick<TerritoryPage, 'id' | 'path'>,
  { confirmedOnly = false, pages = {} }: { confirmedOnly?: boolean; pages?: Partial<Record<SubtreeList, number>> } = {},
) {
  const { path } = territory
  const [counts, children, records, money, direct, statedShares, shared, outcomes, activity] = await Promise.all([
    countPublishedInSubtree(path),
    listTerritoriesWithCounts({ parentId: territory.id }),
    getSubtreeRecords(path, { confirmedOnly, pages }),
    getMoneyFigures({ kind: 'subtree', path }),
    getMoneyFigures({ kind: 'direct', path }),
    listStatedSharesPage(path, CHART_LIST_LIMIT),
    listSharedProjectsPage(path, CHART_LIST_LIMIT),
    getOutcomesByTheme(path),
    getActivityByYear(path),
  ])
  return { counts, children, records, money, direct, statedShares, shared, outcomes, activity }
}
