import { createHash, randomBytes } from 'node:crypto'

/** A one-time link token (256 bits, URL-safe). Only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000
export const RESET_TTL_MS = 24 * 3600 * 1000
