import 'server-only'
// The public data, cached ('use cache', docs/decisions/014-caching-public-data.md): what the public
// pages and API read that is the same for every reader — nothing here reads cookies, headers or the
// session, and everything comes through lib/public, so a cache entry holds only what the public may see.
// Each entry is tagged by what it shows: `public` (every entry), `place:<path>` for a place's figures and
// lists, `home` for the national figures. A change expires the tags of the places it touches and their
// ancestors (lib/manage/revalidate.ts); an hour's lifetime is the safety net for writes that bypass the
// app (a hand-run SQL fix).
import { cacheLife, cacheTag } from 'next/cache'
import { loadPlacePage } from './place-page'
import { getRegistryTotals } from './registry'
import { getTotalsByRegion } from './money'
import type { SubtreeList } from './territories'
import { listTerritoriesWithCounts } from './territories'

export const placeTag = (path: string) => `place:${path}`

/** Every tag a place's figures carry: the place itself and each ancestor (their totals include it). */
export function placeTags(path: string): string[] {
  const segments = path.split('/')
  return segments.map((_, i) => placeTag(segments.slice(0, i + 1).join('/')))
}

function lifetime() {
  cacheLife({ stale: 0, revalidate: 3600, expire: 3600 })
}

/** The place page's data (lib/public/place-page.ts), per place, page of each list and memoranda filter. */
export async function loadPlacePageCached(
  territory: { id: string; path: string },
  options: { confirmedOnly?: boolean; pages?: Partial<Record<SubtreeList, number>> },
) {
  'use cache'
  lifetime()
  cacheTag('public', placeTag(territory.path))
  return loadPlacePage(territory, options)
}

/** The home page's figures: the nine regions with their counts and money, and the national totals. */
export async function loadHomeFiguresCached() {
  'use cache'
  lifetime()
  cacheTag('public', 'home')
  const [regions, totals, costByRegion] = await Promise.all([
    listTerritoriesWithCounts({ level: 1 }),
    getRegistryTotals(),
    getTotalsByRegion(),
  ])
  return { regions, totals, costByRegion: [...costByRegion] }
}

/** The children of a place (or the nine regions) with their counts, for the maps of the places below it. */
export async function listTerritoriesWithCountsCached(parent: { id: string; path: string } | null) {
  'use cache'
  lifetime()
  cacheTag('public', parent ? placeTag(parent.path) : 'home')
  return listTerritoriesWithCounts(parent ? { parentId: parent.id } : { level: 1 })
}
