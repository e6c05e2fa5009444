import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { z } from 'zod'
import { isStrictProduction } from '@/lib/deployment'
import { clientIp } from '@/lib/rate-limit/client-ip'
import { rateLimitConfig } from '@/lib/rate-limit/config'
import { checkCredentials } from './credentials'
import { authSecret } from './secret'

/** Sessions end this long after sign-in (a working day); the user then signs in again. */
export const SESSION_MAX_AGE_S = 8 * 3600

/** Too many failed sign-ins for the account or the address; `code` travels to the sign-in page's URL. */
export class TooManySignInAttempts extends CredentialsSignin {
  code = 'rate_limited'
  constructor(readonly retryAfterS: number) {
    super()
  }
}

const Credentials_ = z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().min(1).max(200) })

/**
 * Auth.js v5 with email + password and JWT sessions. The token carries only the user id and the
 * user's sessionVersion at sign-in; who the user is and what they may do is loaded from the database
 * on every request (lib/auth/actor.ts), so a removed role or a reset password counts at once.
 * Lazy config: the secret is read per request, so `next build` needs none.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true, // behind our reverse proxy or `next start` on localhost: the Host header is ours
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  // Production is behind TLS: cookies are Secure (and __Secure- prefixed) whatever the proxy forwards.
  useSecureCookies: isStrictProduction(),
  pages: { signIn: '/sign-in' }, // the proxy adds the visitor's locale
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = Credentials_.safeParse(raw)
        if (!parsed.success) throw new CredentialsSignin()
        const ip = clientIp(request.headers, rateLimitConfig().TRUSTED_PROXIES)
        const result = await checkCredentials(parsed.data.email, parsed.data.password, ip)
        if (result.ok) return result.user
        if (result.reason === 'rateLimited') throw new TooManySignInAttempts(result.retryAfterS)
        throw new CredentialsSignin()
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0
      }
      return token
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv } as typeof session
    },
  },
}))

/** The two values a session carries (see the callbacks above). */
export async function currentSession(): Promise<{ userId: string; sessionVersion: number } | null> {
  const session = (await auth()) as { uid?: unknown; sv?: unknown } | null
  if (!session || typeof session.uid !== 'string' || typeof session.sv !== 'number') return null
  return { userId: session.uid, sessionVersion: session.sv }
}
