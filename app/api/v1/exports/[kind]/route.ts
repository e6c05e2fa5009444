import type { NextRequest } from 'next/server'
import { z } from 'zod'
import { apiError, apiFile } from '@/lib/api/respond'
import { dictionaryTable, tableFile } from '@/lib/export/formats'
import { RecordFilters } from '@/lib/export/filters'
import { loadTable } from '@/lib/export/load'
import { exportFormats, recordKinds } from '@/lib/export/tables'

export const dynamic = 'force-dynamic'

const Kind = z.enum([...recordKinds, 'dictionary'])
const Format = z.enum(exportFormats).default('csv')

/**
 * GET /api/v1/exports/{kind}?format=csv|xlsx|json|hxl[&territory=CODE][&organization=SLUG][&programme=SLUG]…
 * → the public records of one kind under the page's filter, one row each, as a download
 * (ADR "exports"); `dictionary` is the data dictionary of every kind. 400 for a malformed filter,
 * 404 when a filter names no public record.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const kind = Kind.safeParse((await params).kind)
  if (!kind.success) return apiError(404, 'not_found', `no export by that name; one of: ${Kind.options.join(', ')}`)
  const query = Object.fromEntries(request.nextUrl.searchParams)
  const format = Format.safeParse(query.format)
  if (!format.success) return apiError(400, 'bad_request', `format must be one of: ${exportFormats.join(', ')}`)
  const filters = RecordFilters.safeParse(query)
  if (!filters.success) return apiError(400, 'bad_request', filters.error.issues.map((i) => i.message).join('; '))
  const table = kind.data === 'dictionary' ? dictionaryTable() : await loadTable(kind.data, filters.data, query)
  if (!table) return apiError(404, 'not_found', 'no public territory, organization or programme by that name')
  return apiFile(await tableFile(table, format.data), { kind: table.kind, format: format.data, filters: filters.data })
}
