// The 'use cache' store shared through Redis (lib/cache/use-cache-handler.cjs), as two app instances see
// it: an entry one instance writes, the other reads; a tag one instance expires is expired for the other
// at its next request (refreshTags), and only the entries carrying that tag — another oblast's entry
// stays cached. Skipped, saying so, when no Redis answers.
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import { createClient } from 'redis'
import { afterAll, describe, expect, it } from 'vitest'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const require = createRequire(import.meta.url)
const modulePath = require.resolve('../../lib/cache/use-cache-handler.cjs')

type Entry = {
  value: ReadableStream<Uint8Array>
  tags: string[]
  stale: number
  timestamp: number
  expire: number
  revalidate: number
}
type Handler = {
  get(key: string, softTags: string[]): Promise<Entry | undefined>
  set(key: string, entry: Promise<Entry>): Promise<void>
  refreshTags(): Promise<void>
  getExpiration(tags: string[]): Promise<number>
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>
  close(): Promise<void>
}

async function redisAnswers() {
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
const hasRedis = await redisAnswers()
if (!hasRedis) console.warn(`[use-cache-handler] no Redis at ${REDIS_URL}: the shared cache is not exercised`)

const prefix = `test:${randomUUID()}:`
/** A fresh module instance: what another `next start` process would load. */
async function instance(): Promise<Handler> {
  const saved = { url: process.env.REDIS_URL, prefix: process.env.REDIS_KEY_PREFIX }
  process.env.REDIS_URL = REDIS_URL
  process.env.REDIS_KEY_PREFIX = prefix
  delete require.cache[modulePath]
  const handler = require(modulePath) as Handler
  process.env.REDIS_URL = saved.url
  process.env.REDIS_KEY_PREFIX = saved.prefix
  return handler
}

const entry = (text: string, tags: string[]): Promise<Entry> =>
  Promise.resolve({
    value: new Response(text).body!,
    tags,
    stale: 0,
    timestamp: Date.now() - 5,
    expire: 3600,
    revalidate: 3600,
  })
const read = async (e: Entry | undefined) => (e ? await new Response(e.value).text() : undefined)

const handlers: Handler[] = []
afterAll(async () => {
  await Promise.all(handlers.map((h) => h.close()))
  if (!hasRedis) return
  const client = createClient({ url: REDIS_URL })
  await client.connect()
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 }))
    if (keys.length) await client.del(keys)
  await client.quit()
})

describe.runIf(hasRedis)('the use-cache store shared through Redis', () => {
  it('shares entries between instances and expires exactly the tagged ones on both', async () => {
    const a = await instance()
    const b = await instance()
    handlers.push(a, b)
    await new Promise((r) => setTimeout(r, 300)) // both connected
    await a.set('talas', entry('Talas figures', ['public', 'place:kg-t']))
    await a.set('chui', entry('Chui figures', ['public', 'place:kg-c']))

    await b.refreshTags()
    expect(await read(await b.get('talas', []))).toBe('Talas figures')
    expect(await read(await b.get('chui', []))).toBe('Chui figures')

    await a.updateTags(['place:kg-t'])
    await b.refreshTags()
    expect(await b.get('talas', [])).toBeUndefined()
    expect(await read(await b.get('chui', []))).toBe('Chui figures')
    expect(await b.getExpiration(['place:kg-t'])).toBeGreaterThan(0)
    expect(await a.get('talas', [])).toBeUndefined()
  })
})
