import type { Instrumentation } from 'next'
import { embeddedDatabaseWarning, isStrictProduction, productionConfigProblems } from '@/lib/deployment'
import { requestErrorLine } from '@/lib/observability/request-error'

// Runs once when the server starts. Production refuses to start without a session secret and a public
// origin for mailed links, instead of failing at the first sign-in or mailing a link to the wrong host.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const problems = productionConfigProblems()
  if (problems.length) {
    for (const p of problems) console.error(`[config] ${p}`)
    console.error('[config] The server does not start. (Tests set REGISTRY_TEST_MODE=1 instead; see README.)')
    process.exit(1)
  }
  const embedded = embeddedDatabaseWarning()
  if (embedded) console.warn(`[config] WARNING: ${embedded}`)
  // Auth.js builds its own URLs (redirects after sign-in) from the request's forwarded host unless
  // AUTH_URL says otherwise: pin them to the public origin, as the links in mails are.
  if (isStrictProduction() && !process.env.AUTH_URL)
    process.env.AUTH_URL = `${process.env.APP_URL!.replace(/\/$/, '')}/api/auth`
}

/**
 * Every server error of a page, route handler, action or the proxy: one line with the reference the
 * error page shows (error.digest) and the request id, then the stack for whoever reads the log.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  console.error(requestErrorLine(error, request, context))
  if (error instanceof Error && error.stack) console.error(error.stack)
}
