import type { NextRequest } from 'next/server'
import { listResponse } from '@/lib/api/list'
import { partnershipJson } from '@/lib/api/records'
import { listPublicPartnerships } from '@/lib/public/catalog'

export const dynamic = 'force-dynamic'

/** GET /api/v1/partnerships[?territory=CODE][&organization=SLUG][&theme=THEME][&page=N&perPage=N] → published partnerships. */
export async function GET(request: NextRequest) {
  return listResponse(request, listPublicPartnerships, partnershipJson)
}
