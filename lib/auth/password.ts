import bcrypt from 'bcryptjs' // only to verify hashes made before scrypt (they are replaced at the next sign-in)
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * scrypt parameters: N=2^15, r=8, p=3 is one of OWASP's equivalents of N=2^17 with a quarter of the
 * memory (32 MiB per hash, ~0.3 s here). `crypto.scrypt` runs on libuv's thread pool, so a burst of
 * sign-ins no longer stalls every other request the way pure-JS bcrypt did on the event loop.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const
const KEY_LENGTH = 32
const SALT_BYTES = 16
/** Above the 32 MiB the parameters need; a stored hash asking for more is refused, not computed. */
const MAX_MEMORY = 64 * 1024 * 1024

/**
 * At most this many hashes run at once; the rest wait their turn here, in JavaScript. libuv's pool has
 * 4 threads and Node also needs them for gzip (every compressed response), files and DNS: with 40
 * sign-ins all handed to the pool, a health check waited 15 s for a thread to compress its answer.
 */
const MAX_CONCURRENT_HASHES = 2
let running = 0
const waiting: (() => void)[] = []

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running < MAX_CONCURRENT_HASHES) running++
  else await new Promise<void>((resolve) => waiting.push(resolve)) // a finishing hash hands its slot over
  try {
    return await work()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: MAX_MEMORY }
  return inTurn(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  )
}

/** `scrypt$N$r$p$salt$hash` (salt and hash base64url): the parameters travel with the hash, so they can change. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, PARAMS)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

const SCRYPT_HASH = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9_-]{16,64})\$([A-Za-z0-9_-]{16,128})$/

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const m = SCRYPT_HASH.exec(hash)
  if (m) {
    const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const expected = Buffer.from(m[5], 'base64url')
    if (expected.length !== KEY_LENGTH || !Number.isInteger(Math.log2(N))) return false
    try {
      return timingSafeEqual(await derive(password, Buffer.from(m[4], 'base64url'), { N, r, p }), expected)
    } catch {
      return false // parameters beyond MAX_MEMORY: not a hash we made
    }
  }
  if (/^\$2[aby]\$\d{2}\$/.test(hash)) return bcrypt.compare(password, hash)
  return false
}

/** A hash made with another algorithm or other parameters: replace it after the next successful sign-in. */
export function needsRehash(hash: string): boolean {
  const m = SCRYPT_HASH.exec(hash)
  return !m || Number(m[1]) !== PARAMS.N || Number(m[2]) !== PARAMS.r || Number(m[3]) !== PARAMS.p
}

/**
 * A hash of a random password nobody knows, with the current parameters: comparing against it when the
 * e-mail is unknown keeps the time of a failed sign-in the same whether or not the account exists.
 */
export const DUMMY_HASH = 'scrypt$32768$8$3$2Eg5vQkp5Xu6SqNMcgtfig$0-DaOi5pc6cxzLQLPm7Sra_HJlzd6QN2V2miyrNQKf8'
