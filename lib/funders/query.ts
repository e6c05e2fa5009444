import 'server-only'
import { listTerritoriesByLevel } from '@/lib/public/territories'
import { parseFunderQuery, type FunderQuery } from './filters'

type Raw = Record<string, string | string[] | undefined>

/**
 * The funder's view's query from the URL, with a rayon kept only when it lies in the chosen oblast
 * (as in the case-study filter, a rayon of another oblast is ignored, not an error), and the years as
 * typed, so that a reversed range is shown as it was written.
 */
export async function readFunderQuery(raw: Raw): Promise<{ query: FunderQuery; years: { from: string; to: string } }> {
  const query = parseFunderQuery(raw)
  if (query.rayon) {
    const rayon = (await listTerritoriesByLevel(2)).find((r) => r.code === query.rayon)
    if (rayon?.parentCode !== query.oblast) delete query.rayon
  }
  const typed = (k: 'from' | 'to') => {
    const v = raw[k]
    return (Array.isArray(v) ? v[0] : v) ?? ''
  }
  const kept = (k: 'from' | 'to') => (query.yearsReversed ? typed(k) : (query[k]?.toString() ?? ''))
  return { query, years: { from: kept('from'), to: kept('to') } }
}
