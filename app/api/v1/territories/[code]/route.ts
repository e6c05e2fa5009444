import { apiError, publicCacheHeaders } from '@/lib/api'
import { getTerritorySummary } from '@/lib/territories/queries'

export const dynamic = 'force-dynamic'

/** GET /api/v1/territories/{code} → one territory, its children and the published records in its subtree. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  if (!/^KG(-[A-Z]{1,2}|\d{11})$/.test(code)) return apiError(404, 'not_found', `no territory with code ${code.slice(0, 40)}`)
  const t = await getTerritorySummary(code)
  if (!t) return apiError(404, 'not_found', `no territory with code ${code}`)
  const { path: _path, ...body } = t
  return Response.json(body, { headers: publicCacheHeaders })
}
