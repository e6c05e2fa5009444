// The 'use cache' store (lib/cache/use-cache-handler.cjs) as an app instance loads it, over the
// machine's Redis under a key prefix of the test's own: for tests that write entries, expire tags and
// read back what is still cached.
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import { createClient } from 'redis'

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const require = createRequire(import.meta.url)
const modulePath = require.resolve('../../lib/cache/use-cache-handler.cjs')

export type Entry = {
  value: ReadableStream<Uint8Array>
  tags: string[]
  stale: number
  timestamp: number
  expire: number
  revalidate: number
}
export type Handler = {
  get(key: string, softTags: string[]): Promise<Entry | undefined>
  set(key: string, entry: Promise<Entry>): Promise<void>
  refreshTags(): Promise<void>
  getExpiration(tags: string[]): Promise<number>
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>
  ready(): Promise<void>
  close(): Promise<void>
}

export async function redisAnswers() {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.quit()
    return true
  } catch {
    return false
  }
}

/** Instances of the store sharing one fresh key prefix, and the cleanup of everything they wrote. */
export function cacheStores() {
  const prefix = `test:${randomUUID()}:`
  const handlers: Handler[] = []
  return {
    /** A fresh module instance: what another `next start` process would load. */
    async instance(): Promise<Handler> {
      const saved = { url: process.env.REDIS_URL, prefix: process.env.REDIS_KEY_PREFIX }
      process.env.REDIS_URL = REDIS_URL
      process.env.REDIS_KEY_PREFIX = prefix
      delete require.cache[modulePath]
      const handler = require(modulePath) as Handler
      process.env.REDIS_URL = saved.url
      process.env.REDIS_KEY_PREFIX = saved.prefix
      handlers.push(handler)
      return handler
    },
    /** Every instance made so far. */
    all: () => [...handlers],
    async cleanup(hasRedis: boolean) {
      await Promise.all(handlers.map((h) => h.close()))
      if (!hasRedis) return
      const client = createClient({ url: REDIS_URL })
      await client.connect()
      for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 }))
        if (keys.length) await client.del(keys)
      await client.quit()
    },
  }
}

export const entry = (text: string, tags: string[], timestamp = Date.now() - 5, expire = 3600): Promise<Entry> =>
  Promise.resolve({
    value: new Response(text).body!,
    tags,
    stale: 0,
    timestamp,
    expire,
    revalidate: 3600,
  })

export const read = async (e: Entry | undefined) => (e ? await new Response(e.value).text() : undefined)
