// Responses of the public JSON API (/api/v1). Every answer is `no-store` for now: a shared cache must
// never keep serving an amount after its organization withholds it; freshness with cache tags comes
// with the performance work (issue "Performance at national scale").
const headers = { 'Cache-Control': 'no-store' }

export function apiJson(body: unknown, init: { status?: number } = {}) {
  return Response.json(body, { status: init.status ?? 200, headers })
}

/** JSON error bodies: {error: {code, message}}. */
export function apiError(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status, headers })
}

/** An XML document (the IATI export), under the same no-store rule. */
export function apiXml(body: string, extra: Record<string, string> = {}) {
  return new Response(body, { headers: { ...extra, ...headers, 'Content-Type': 'application/xml; charset=utf-8' } })
}
