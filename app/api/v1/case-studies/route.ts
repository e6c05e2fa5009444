import type { NextRequest } from 'next/server'
import { apiError, apiPage, Paging, range } from '@/lib/api/respond'
import { listPublicCaseStudies } from '@/lib/public/case-studies'
import { parseCaseStudyFilters } from '@/lib/case-studies/filters'
import { allLocales } from '@/lib/i18n/localized'
import { caseStudyHref } from '@/lib/i18n/paths'

export const dynamic = 'force-dynamic'

/**
 * GET /api/v1/case-studies?territory=CODE&theme=…&partyType=…&donor=…&from=YYYY&to=YYYY&q=…[&page=N&perPage=N]
 * (invalid filters are ignored, as on the page; a malformed page is a 400). Pages in the `Link` header.
 */
export async function GET(request: NextRequest) {
  const query = Object.fromEntries(request.nextUrl.searchParams)
  const paging = Paging.safeParse(query)
  if (!paging.success) return apiError(400, 'bad_request', paging.error.issues.map((i) => i.message).join('; '))
  const rows = await listPublicCaseStudies(parseCaseStudyFilters(query))
  const { skip, take } = range(paging.data)
  const origin = request.nextUrl.origin
  return apiPage(
    rows.slice(skip, skip + take).map((r) => ({
      id: r.id,
      slug: r.slug,
      title: allLocales(r.title),
      territoryCodes: r.territoryCodes,
      themes: r.themes,
      url: `${origin}/en${caseStudyHref(r.slug)}`,
    })),
    { url: request.nextUrl, paging: paging.data, total: rows.length },
  )
}
