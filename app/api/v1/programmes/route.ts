import type { NextRequest } from 'next/server'
import { listResponse } from '@/lib/api/list'
import { programmeJson } from '@/lib/api/records'
import { listPublicProgrammes } from '@/lib/public/catalog'

export const dynamic = 'force-dynamic'

/** GET /api/v1/programmes[?territory=CODE][&organization=SLUG][&theme=THEME][&page=N&perPage=N] → published donor programmes. */
export async function GET(request: NextRequest) {
  return listResponse(request, listPublicProgrammes, programmeJson)
}
