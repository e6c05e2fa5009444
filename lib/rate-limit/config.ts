import { z } from 'zod'

const count = (fallback: number) =>
  z.preprocess((v) => (v === '' || v === undefined ? undefined : v), z.coerce.number().int().min(0).default(fallback))

/**
 * The limits (README, "Rate limits"). Search and the public API are generous and set by the environment
 * so a benchmark can raise them; 0 turns one off. Sign-in limits are fixed: they are the defence.
 */
const RateLimitEnv = z.object({
  REDIS_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  /** Every key this app writes to Redis starts with it (several apps or test runs may share one Redis). */
  REDIS_KEY_PREFIX: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(100).default('registry:')),
  TRUSTED_PROXIES: count(0),
  RATE_LIMIT_SEARCH_PER_MINUTE: count(60),
  RATE_LIMIT_API_PER_MINUTE: count(300),
  RATE_LIMIT_LINKS_PER_HOUR: count(30),
  /** "Suggest a correction" from one address. */
  RATE_LIMIT_SUGGESTIONS_PER_HOUR: count(10),
})
export type RateLimitConfig = z.infer<typeof RateLimitEnv>

export function rateLimitConfig(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  const parsed = RateLimitEnv.safeParse(env)
  if (!parsed.success) throw new Error(`Invalid rate-limit configuration: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/** Failed sign-ins: per account, then a lock that doubles with each repeat in a day; per address. */
export const SIGN_IN = {
  accountFailures: 10,
  accountWindowS: 15 * 60,
  firstLockS: 15 * 60,
  maxLockS: 24 * 3600,
  ipFailures: 50,
  ipWindowS: 15 * 60,
  ipLockS: 15 * 60,
} as const
