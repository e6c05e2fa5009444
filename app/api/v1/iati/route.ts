import type { NextRequest } from 'next/server'
import { z } from 'zod'
import { apiError, apiXml } from '@/lib/api/respond'
import { readIatiConfig } from '@/lib/env'
import { iatiActivitiesXml } from '@/lib/export/iati'
import { listIatiProjects } from '@/lib/public/iati'

export const dynamic = 'force-dynamic'

const Query = z.object({
  territory: z
    .string()
    .regex(/^KG(-[A-Z]{1,2}|\d{11})$/, 'territory must be a territory code, e.g. KG-T or KG07232820000')
    .optional(),
  organization: z.string().min(1).max(200).optional(),
  programme: z.string().min(1).max(200).optional(),
})

/**
 * GET /api/v1/iati[?territory=CODE][&organization=SLUG][&programme=SLUG] → IATI 2.03 activity XML, one
 * activity per public project (README, "IATI export"). 400 for a malformed filter, 404 when a filter
 * names no public territory, organization or programme.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const parsed = Query.safeParse({
    territory: params.get('territory') ?? undefined,
    organization: params.get('organization') ?? undefined,
    programme: params.get('programme') ?? undefined,
  })
  if (!parsed.success) return apiError(400, 'bad_request', parsed.error.issues.map((i) => i.message).join('; '))
  const projects = await listIatiProjects(parsed.data)
  if (!projects) return apiError(404, 'not_found', 'no public territory, organization or programme by that name')
  const { xml, omitted } = iatiActivitiesXml(projects, readIatiConfig())
  // Projects with no date at all cannot be IATI activities (README, "IATI export").
  return apiXml(xml, { 'X-IATI-Omitted-Undated': String(omitted.length) })
}
