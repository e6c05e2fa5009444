/**
 * The address a request came from, for per-address limits. Next.js sets X-Forwarded-For to the socket's
 * address only when the header is absent, and each reverse proxy appends the address that connected to
 * it. With TRUSTED_PROXIES = n proxies of ours in front, the entry n-th from the right is the one our
 * outermost proxy saw: everything left of it was written by the client and is not believed. With no
 * proxy (n = 0) the rightmost entry is taken, which a client talking to Next directly can forge; the
 * per-account limits hold regardless.
 */
export function clientIp(headers: Headers, trustedProxies: number): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const index = chain.length - Math.max(trustedProxies, 1)
  const ip = chain[Math.max(index, 0)]
  return ip && /^[0-9A-Fa-f.:]{2,45}$/.test(ip) ? ip.replace(/^::ffff:/, '') : 'unknown'
}
