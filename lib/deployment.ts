// What the running deployment is: production, development, or the one test mode. Pure (reads only the
// environment it is given), so instrumentation.ts, the proxy and unit tests share it.

type Env = Record<string, string | undefined>

/**
 * The one test mode (REGISTRY_TEST_MODE=1: the e2e web server and CI set it). A production build then
 * runs on plain http, without APP_URL and with a generated AUTH_SECRET, and a test-only page may throw
 * on purpose. Nothing else changes: limits, headers and the CSP are those of production.
 */
export function isTestMode(env: Env = process.env): boolean {
  return env.REGISTRY_TEST_MODE === '1'
}

/** Production for real: behind TLS, with its own secret and public origin. */
export function isStrictProduction(env: Env = process.env): boolean {
  return env.NODE_ENV === 'production' && !isTestMode(env)
}

/** What keeps a production server from starting, as sentences for the operator (empty: it may start). */
export function productionConfigProblems(env: Env = process.env): string[] {
  if (!isStrictProduction(env)) return []
  const problems: string[] = []
  if (!env.AUTH_SECRET?.trim())
    problems.push('AUTH_SECRET is not set: production needs a secret for sessions (openssl rand -base64 32).')
  const appUrl = env.APP_URL?.trim()
  if (!appUrl)
    problems.push(
      'APP_URL is not set: production needs the public origin for the links in mails (e.g. https://registry.example.kg).',
    )
  else if (!/^https:\/\/[^/\s]+\/?$/.test(appUrl))
    problems.push(`APP_URL must be an https origin without a path (e.g. https://registry.example.kg), not "${appUrl}".`)
  if (env.EMBEDDED_DB === 'pglite' && env.EMBEDDED_DB_IN_PRODUCTION !== '1')
    problems.push(
      'DATABASE_URL is not set: production would run on the embedded database. Set DATABASE_URL, or EMBEDDED_DB_IN_PRODUCTION=1 to choose the embedded one.',
    )
  return problems
}

/** Production on the embedded database, chosen with EMBEDDED_DB_IN_PRODUCTION=1: worth a line in the log. */
export function embeddedDatabaseWarning(env: Env = process.env): string | null {
  if (!isStrictProduction(env) || env.EMBEDDED_DB !== 'pglite') return null
  return 'production runs on the embedded database (EMBEDDED_DB_IN_PRODUCTION=1): one session for all requests, no replica; back it up with `npm run db:backup` while stopped.'
}

/**
 * The origin that links in mails point to. Production uses APP_URL and nothing else: a link built from
 * the request's Host or X-Forwarded-Host would let anyone who can send a header make an invitation point
 * to their own site. Development and the test mode fall back to the Host the browser used (never the
 * forwarded one), on http.
 */
export function linkOrigin(env: Env, host: string | null): string {
  const configured = env.APP_URL?.trim()
  if (configured) return configured.replace(/\/$/, '')
  if (isStrictProduction(env)) throw new Error('APP_URL is not set (instrumentation.ts refuses to start without it)')
  const safeHost =
    host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/.test(host) ? host : 'localhost:3000'
  return `http://${safeHost}`
}
