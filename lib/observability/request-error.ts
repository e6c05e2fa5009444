// One log line per failed request, keyed by the reference the error page shows (Next's digest), with
// the request id the proxy gave the request (or the reverse proxy before it).

export type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> }
export type ErrorContext = { routePath?: string; routeType?: string }

/** The reference an error page shows: Next's digest of the error, the same on the page and here. */
export function errorReference(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest
  return typeof digest === 'string' && digest ? digest : null
}

export function requestErrorLine(error: unknown, request: RequestInfo, context: ErrorContext): string {
  const requestId = request.headers['x-request-id']
  const path = request.path.split('?')[0] // query strings may hold search words or tokens
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return [
    '[error]',
    `ref=${errorReference(error) ?? '-'}`,
    `request=${(Array.isArray(requestId) ? requestId[0] : requestId) ?? '-'}`,
    `${request.method} ${path}`,
    `route=${context.routePath ?? '-'} (${context.routeType ?? '-'})`,
    `— ${message.replace(/\s+/g, ' ').slice(0, 500)}`,
  ].join(' ')
}
