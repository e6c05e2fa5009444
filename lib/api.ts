/** JSON error bodies of the public API: {error: {code, message}}. */
export function apiError(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** Published data may be cached briefly by browsers and shared caches. */
export const publicCacheHeaders = { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' }
