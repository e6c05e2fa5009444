import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isStrictProduction } from '@/lib/deployment'

const DEV_SECRET_FILE = path.join(process.cwd(), '.data', 'dev-auth-secret')
let devSecret: string | undefined

/**
 * The key that encrypts session cookies. Production must set AUTH_SECRET (instrumentation.ts stops the
 * server at start without it). Development and the test mode need no configuration: a random secret is
 * generated once and kept in .data/dev-auth-secret (git-ignored), so sessions survive restarts.
 */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.AUTH_SECRET?.trim()
  if (configured) return configured
  if (isStrictProduction(env))
    throw new Error('AUTH_SECRET is not set: production needs a secret for sessions (openssl rand -base64 32)')
  if (devSecret) return devSecret
  try {
    devSecret = readFileSync(DEV_SECRET_FILE, 'utf8').trim()
  } catch {
    devSecret = randomBytes(32).toString('base64url')
    mkdirSync(path.dirname(DEV_SECRET_FILE), { recursive: true })
    writeFileSync(DEV_SECRET_FILE, devSecret, { mode: 0o600 })
  }
  return devSecret
}
