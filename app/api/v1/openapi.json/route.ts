import type { NextRequest } from 'next/server'
import { apiJson } from '@/lib/api/respond'
import { openApiDocument } from '@/lib/api/openapi'

export const dynamic = 'force-dynamic'

/** GET /api/v1/openapi.json → the OpenAPI 3.1 document of the public API, generated from its zod schemas. */
export async function GET(request: NextRequest) {
  return apiJson(openApiDocument(request.nextUrl.origin))
}
