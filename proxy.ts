import createMiddleware from 'next-intl/middleware'
import { routing } from '@/lib/i18n/routing'

// Locale routing only: `/` goes to /ky, /ru or /en by the NEXT_LOCALE cookie, then Accept-Language.
// The proxy protects nothing; every server action and private query checks its caller itself.
export default createMiddleware(routing)

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
}
