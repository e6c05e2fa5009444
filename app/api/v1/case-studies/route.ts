import type { NextRequest } from 'next/server'
import { apiJson } from '@/lib/api/respond'
import { listPublicCaseStudies } from '@/lib/public/case-studies'
import { parseCaseStudyFilters } from '@/lib/case-studies/filters'
import { allLocales } from '@/lib/i18n/localized'
import { caseStudyHref } from '@/lib/i18n/paths'

export const dynamic = 'force-dynamic'

/** GET /api/v1/case-studies?territory=CODE&theme=…&partyType=…&donor=…&from=YYYY&to=YYYY&q=… (invalid filters are ignored). */
export async function GET(request: NextRequest) {
  const filters = parseCaseStudyFilters(Object.fromEntries(request.nextUrl.searchParams))
  const rows = await listPublicCaseStudies(filters)
  const origin = request.nextUrl.origin
  return apiJson(
    rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: allLocales(r.title),
      territoryCodes: r.territoryCodes,
      themes: r.themes,
      url: `${origin}/en${caseStudyHref(r.slug)}`,
    })),
  )
}
