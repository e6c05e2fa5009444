// One way for every list endpoint of /api/v1: the page's filters and ?page/perPage parsed like form
// input (400 on a malformed one), a filter naming no public record answered 404, the page itself a
// bare JSON array with its Link header (./respond.ts).
import type { NextRequest } from 'next/server'
import { RecordFilters } from '@/lib/export/filters'
import type { Page, Range } from '@/lib/public/catalog'
import { apiError, apiPage, Paging, range } from './respond'

export async function listResponse<T>(
  request: NextRequest,
  load: (filters: RecordFilters, range: Range) => Promise<Page<T> | null>,
  toJson: (row: T, origin: string) => unknown,
) {
  const query = Object.fromEntries(request.nextUrl.searchParams)
  const paging = Paging.safeParse(query)
  const filters = RecordFilters.safeParse(query)
  const issues = [...(paging.error?.issues ?? []), ...(filters.error?.issues ?? [])]
  if (!paging.success || !filters.success)
    return apiError(400, 'bad_request', issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  const page = await load(filters.data, range(paging.data))
  if (!page) return apiError(404, 'not_found', 'no public territory, organization or programme by that name')
  const origin = request.nextUrl.origin
  return apiPage(
    page.rows.map((r) => toJson(r, origin)),
    { url: request.nextUrl, paging: paging.data, total: page.total },
  )
}
