import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { createClient } from 'redis'
import { rateLimitConfig } from './config'

const connect = (url: string) =>
  createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(500 * 2 ** retries, 30_000) },
  })
type RedisClient = ReturnType<typeof connect>

// Route handlers, pages, actions and the proxy may each get their own copy of this module from the
// bundler; limits must be one per process, so they live on globalThis.
const g = globalThis as typeof globalThis & {
  __registryRedis?: RedisClient | null
  __registryRedisReady?: Promise<void>
  __registryLimiters?: Map<string, RateLimiterAbstract>
}

/**
 * One Redis connection per process when REDIS_URL is set. Commands fail at once while it is down
 * (no offline queue), and each limiter then falls back to its in-memory twin: a Redis outage weakens
 * limits across instances but never blocks sign-in or search.
 */
function redis(): RedisClient | null {
  if (g.__registryRedis !== undefined) return g.__registryRedis
  const { REDIS_URL } = rateLimitConfig()
  if (!REDIS_URL) return (g.__registryRedis = null)
  let reported = false
  const client = connect(REDIS_URL)
  client.on('error', (e: Error) => {
    if (!reported) console.error(`[rate-limit] Redis unavailable, limiting per instance in memory: ${e.message}`)
    reported = true
  })
  client.on('ready', () => {
    if (reported) console.error('[rate-limit] Redis is back')
    reported = false
  })
  // The first requests wait for the connection (a little): counting some in memory and some in Redis
  // while it connects would split an account's failures between the two.
  g.__registryRedisReady = Promise.race([
    client.connect().then(
      () => undefined,
      () => undefined, // reported by the 'error' handler; commands fall back to memory meanwhile
    ),
    new Promise<void>((resolve) => setTimeout(resolve, 2000).unref()),
  ])
  return (g.__registryRedis = client)
}

export type LimiterOptions = { points: number; durationS: number; blockS?: number }

/** A named limiter (Redis-backed when REDIS_URL is set, else in memory), created once per process. */
export async function limiter(name: string, options: LimiterOptions): Promise<RateLimiterAbstract> {
  const limiters = (g.__registryLimiters ??= new Map())
  const key = `${name}:${options.points}:${options.durationS}:${options.blockS ?? 0}`
  let found = limiters.get(key)
  if (!found) {
    const { REDIS_KEY_PREFIX } = rateLimitConfig()
    const opts = {
      keyPrefix: `${REDIS_KEY_PREFIX}rl:${name}`,
      points: options.points,
      duration: options.durationS,
      blockDuration: options.blockS ?? 0,
    }
    const memory = new RateLimiterMemory(opts)
    const client = redis()
    found = client
      ? new RateLimiterRedis({
          ...opts,
          storeClient: client,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory
    limiters.set(key, found)
  }
  if (g.__registryRedisReady) await g.__registryRedisReady
  return found
}

/** Takes `points` from `key`: null when allowed, else the seconds until it is allowed again. */
export async function take(l: RateLimiterAbstract, key: string, points = 1): Promise<number | null> {
  try {
    await l.consume(key, points)
    return null
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000))
    throw e
  }
}

/** Closes the Redis connection (tests; a server just exits). */
export async function closeRateLimitStore() {
  const client = g.__registryRedis
  g.__registryRedis = undefined
  g.__registryRedisReady = undefined
  g.__registryLimiters = undefined
  if (client?.isOpen) await client.quit()
}
