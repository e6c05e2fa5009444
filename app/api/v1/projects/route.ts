import type { NextRequest } from 'next/server'
import { listResponse } from '@/lib/api/list'
import { projectJson } from '@/lib/api/records'
import { countIatiProjects, listIatiProjects } from '@/lib/public/iati'

export const dynamic = 'force-dynamic'

/**
 * GET /api/v1/projects[?territory=CODE][&organization=SLUG][&programme=SLUG][&page=N&perPage=N] → the
 * public projects with their public ledger lines, outcomes and grants, oldest first; a withheld or
 * unknown amount is null, never 0. Pages in the `Link` header.
 */
export async function GET(request: NextRequest) {
  return listResponse(
    request,
    async (f, range) => {
      const filters = { territory: f.territory, organization: f.organization, programme: f.programme }
      const [rows, total] = await Promise.all([listIatiProjects(filters, range), countIatiProjects(filters)])
      return rows && total !== null ? { rows, total } : null
    },
    projectJson,
  )
}
