// Response headers that protect pages: one policy for public pages (cacheable: no per-request value)
// and one with a per-request nonce for the pages of signed-in people and of one-time links.
// ADR 009 records what Next.js emits and why each directive is as it is.

/** Paths below the locale whose pages get the nonce policy. */
const PRIVATE_PAGE = /^\/(ky|ru|en)\/(manage(\/|$)|sign-in$|invitation\/|reset-password\/)/
/** Pages whose URL holds a one-time token: the token must not leave in a Referer header. */
const TOKEN_PAGE = /^\/(ky|ru|en)\/(invitation|reset-password)\//

export function isPrivatePage(pathname: string): boolean {
  return PRIVATE_PAGE.test(pathname)
}

export function isTokenPage(pathname: string): boolean {
  return TOKEN_PAGE.test(pathname)
}

export type CspOptions = {
  /** A fresh random value per request, for the private pages; null for the public policy. */
  nonce: string | null
  /** `next dev` evaluates code (React's error overlays) and talks to its server over a WebSocket. */
  development: boolean
  /** Real production is https only; the test mode serves plain http and must not upgrade requests. */
  upgradeInsecureRequests: boolean
}

export function contentSecurityPolicy({ nonce, development, upgradeInsecureRequests }: CspOptions): string {
  const script = nonce
    ? // The nonce admits Next's inline bootstrap and flight data; 'strict-dynamic' the chunks they load.
      [`'nonce-${nonce}'`, "'strict-dynamic'"]
    : // Next's inline flight-data scripts differ on every page and every deploy: no hash can list them.
      ["'self'", "'unsafe-inline'"]
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [...script, ...(development ? ["'unsafe-eval'"] : [])],
    // React writes style attributes (chart sizes, map colours); a nonce would not admit those.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  const policy = Object.entries(directives).map(([k, v]) => `${k} ${v.join(' ')}`)
  if (upgradeInsecureRequests) policy.push('upgrade-insecure-requests')
  return policy.join('; ')
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/** Headers for every response (next.config.ts). HSTS is the TLS proxy's job (README, production). */
export const staticSecurityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    // Only features every current browser knows: an unknown one is logged as an error in the console.
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
] as const
