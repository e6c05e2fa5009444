import type { NextRequest } from 'next/server'
import { z } from 'zod'
import { apiError, apiJson } from '@/lib/api/respond'
import { placeHref } from '@/lib/i18n/paths'
import { listTerritoriesByLevel } from '@/lib/public/territories'

export const dynamic = 'force-dynamic'

const Query = z.object({ level: z.enum(['1', '2', '3']).transform((l) => Number(l) as 1 | 2 | 3) })

/** GET /api/v1/territories?level=1|2|3 → the territories of that level, by code. */
export async function GET(request: NextRequest) {
  const parsed = Query.safeParse({ level: request.nextUrl.searchParams.get('level') })
  if (!parsed.success)
    return apiError(400, 'invalid_level', 'level must be 1 (oblast), 2 (rayon or city) or 3 (aiyl okmot or town)')
  const territories = await listTerritoriesByLevel(parsed.data.level)
  const origin = request.nextUrl.origin
  return apiJson(territories.map(({ path, ...t }) => ({ ...t, url: `${origin}/en${placeHref(path)}` })))
}
