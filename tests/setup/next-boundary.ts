// Stand-ins for what Next.js and Auth.js give a server action at run time, so integration tests can call
// the real actions in-process against the real database: the session (who is signed in), the request
// locale and headers, cache revalidation and redirects. Nothing below the auth boundary is replaced:
// the actor is loaded from the database as on every request (lib/auth/load-actor.ts), and the policies,
// mutations and the database are the app's own.
//
// A test file wires it by importing ./mock-next-boundary.ts first (a file that replaces one of them, as
// tests/integration/public-cache-invalidation.test.ts does for next/cache, writes its own vi.mock lines).

/** What `redirect()` throws here (Next throws its own NEXT_REDIRECT error): where the action sent the caller. */
export class RedirectSignal extends Error {
  constructor(readonly href: string) {
    super(`redirect to ${href}`)
    this.name = 'RedirectSignal'
  }
  /** A signed-out caller is sent to sign-in (to come back afterwards): the action refused before doing anything. */
  get toSignIn(): boolean {
    return this.href.startsWith('/sign-in?next=')
  }
}

type Session = { userId: string; sessionVersion: number }
let session: Session | null = null

/** Who the next action call runs as (null: nobody signed in). The session version is read from the user row. */
export function actAs(user: { id: string; sessionVersion: number } | null) {
  session = user ? { userId: user.id, sessionVersion: user.sessionVersion } : null
}

const hrefOf = (href: unknown): string => {
  if (typeof href === 'string') return href
  const h = href as { pathname: string; query?: Record<string, string> }
  const q = h.query ? `?${new URLSearchParams(h.query)}` : ''
  return `${h.pathname}${q}`
}

class AuthError extends Error {}
class CredentialsSignin extends AuthError {}

export const authConfig = {
  SESSION_MAX_AGE_S: 8 * 3600,
  TooManySignInAttempts: class extends CredentialsSignin {},
  handlers: {},
  auth: async () => (session ? { uid: session.userId, sv: session.sessionVersion } : null),
  currentSession: async () => session,
  // Success of Auth.js's signIn/signOut is a redirect, thrown.
  signIn: async (_provider: string, o: { redirectTo?: string }) => {
    throw new RedirectSignal(o.redirectTo ?? '/')
  },
  signOut: async (o: { redirectTo?: string }) => {
    session = null
    throw new RedirectSignal(o.redirectTo ?? '/')
  },
}

export const nextAuth = { AuthError, CredentialsSignin, default: () => authConfig }

export const intlServer = {
  getLocale: async () => 'en',
  getTranslations: async () => (key: string) => key,
  setRequestLocale: () => {},
  getRequestConfig: (f: unknown) => f,
}

export const nextCache = { revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }

export const nextHeaders = {
  headers: async () => new Headers({ host: 'localhost:3000' }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}

export const navigation = {
  redirect: ({ href }: { href: unknown; locale: string }): never => {
    throw new RedirectSignal(hrefOf(href))
  },
}
