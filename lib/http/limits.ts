import { rateLimitConfig } from '@/lib/rate-limit/config'
import { clientIp } from '@/lib/rate-limit/client-ip'
import { limiter, take } from '@/lib/rate-limit/store'

export type PublicLimit = 'search' | 'api'

/**
 * Search and the public API, per client address per minute (generous; RATE_LIMIT_*_PER_MINUTE, 0 = off).
 * Seconds to wait, or null when the request may go on.
 */
export async function publicRequestWait(kind: PublicLimit, headers: Headers): Promise<number | null> {
  const config = rateLimitConfig()
  const perMinute = kind === 'search' ? config.RATE_LIMIT_SEARCH_PER_MINUTE : config.RATE_LIMIT_API_PER_MINUTE
  if (!perMinute) return null
  return take(await limiter(kind, { points: perMinute, durationS: 60 }), clientIp(headers, config.TRUSTED_PROXIES))
}
