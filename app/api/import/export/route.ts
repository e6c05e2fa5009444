import { getActor } from '@/lib/auth/actor'
import { prisma } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { exportOrganizationFiles } from '@/lib/import/export'
import { actingFor } from '@/lib/import/mutations'

export const dynamic = 'force-dynamic'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

/**
 * GET /api/import/export?organizationId=…&format=xlsx|csv&kind=grants → the organization's own records in
 * the import format (drafts and withheld amounts included: only its editors, officials and admins get
 * them). CSV: one kind per request. 401 signed out, 404 an organization the caller does not act for or a kind
 * it has no records of.
 */
export async function GET(request: Request) {
  const actor = await getActor()
  if (!actor) return new Response('Sign in first', { status: 401, headers: PRIVATE })
  const q = new URL(request.url).searchParams
  let organizationId: string
  try {
    organizationId = actingFor(actor, q.get('organizationId') || undefined).organizationId
  } catch (e) {
    if (e instanceof AppError) return new Response('Not found', { status: 404, headers: PRIVATE })
    throw e
  }
  const format = q.get('format') === 'csv' ? 'csv' : 'xlsx'
  const files = await exportOrganizationFiles(prisma, organizationId, format)
  const file = format === 'csv' ? files.find((f) => f.name === `${q.get('kind')}.csv`) : files[0]
  // A CSV of a kind the organization has no records of (or no such kind): nothing to download.
  if (!file) return new Response('No records of this kind', { status: 404, headers: PRIVATE })
  return new Response(Buffer.from(file.bytes), {
    headers: {
      ...PRIVATE,
      'Content-Type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${file.name}"`,
    },
  })
}
