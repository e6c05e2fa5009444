import type { NextRequest } from 'next/server'
import { listResponse } from '@/lib/api/list'
import { organizationJson } from '@/lib/api/records'
import { listPublicOrganizations } from '@/lib/public/catalog'

export const dynamic = 'force-dynamic'

/** GET /api/v1/organizations[?territory=CODE][&kind=KIND][&page=N&perPage=N] → published organizations by slug. */
export async function GET(request: NextRequest) {
  return listResponse(request, listPublicOrganizations, organizationJson)
}
