import type { NextRequest } from 'next/server'
import { apiError, apiJson } from '@/lib/api/respond'
import { memorandumJson } from '@/lib/api/shapes'
import { getPublicMemorandaOfTerritory } from '@/lib/public/memoranda'

export const dynamic = 'force-dynamic'

/**
 * GET /api/v1/memoranda?territory=CODE[&confirmed=1] → the public memoranda of a place (of a
 * partnership placed in its subtree, or with a party based there), oldest signature first. With
 * `confirmed=1`, only those every local government named in them has confirmed.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const code = params.get('territory') ?? ''
  if (!/^KG(-[A-Z]{1,2}|\d{11})$/.test(code))
    return apiError(400, 'bad_request', 'territory must be a territory code, e.g. KG-T or KG07232820000')
  const list = await getPublicMemorandaOfTerritory(code, { confirmedOnly: params.get('confirmed') === '1' })
  if (!list) return apiError(404, 'not_found', `no territory with code ${code}`)
  return apiJson(list.map((m) => memorandumJson(m, request.nextUrl.origin)))
}
