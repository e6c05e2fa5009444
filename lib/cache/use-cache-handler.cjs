// The store of Next's `'use cache'` entries (next.config.ts `cacheHandlers.default`), implementing the
// documented CacheHandler interface (next/dist/server/lib/cache-handlers/types.d.ts): get, set,
// refreshTags, getExpiration, updateTags. docs/decisions/014-caching-public-data.md.
//
// With REDIS_URL: entries and tag invalidations live in Redis, so every instance shares them — an
// entry written by one instance is read by the others, and a tag revalidated on one is expired on all
// (each request first reads the tag timestamps: refreshTags). Redis is the store; this is only the
// adapter. Without REDIS_URL: Next's own in-memory handler, per instance.
//
// One computation per entry at a time, across instances: a read that misses takes a short lock in Redis
// (SET NX) and computes; a read of the same entry meanwhile, on any instance, waits for the entry the
// first one stores (or for the lock to go: then it computes itself) instead of computing it again. After
// a change every instance's next reader misses at once; without the lock each of them re-reads the
// database and they compete for the same cores (docs/decisions/030-one-computation-per-entry.md).
//
// Redis unreachable: reads miss (the page reads the database), writes are dropped, and a revalidation
// still expires the tags in this instance; nothing stale is served from here. Only public DTOs are
// cached (lib/public): nothing a signed-in reader sees goes through `'use cache'`.
'use strict'

const url = process.env.REDIS_URL
if (process.env.REGISTRY_DATA_CACHE === 'off') {
  // Every read misses: the benchmark's "cache bypassed" figures, or a debugging session.
  module.exports = require('next/dist/server/lib/cache-handlers/default').createDefaultCacheHandler(0)
} else if (!url) {
  module.exports = require('next/dist/server/lib/cache-handlers/default.external').default
} else {
  const { createClient } = require('redis')
  const prefix = `${process.env.REDIS_KEY_PREFIX || 'registry:'}use-cache:`
  const tagsKey = `${prefix}tags`
  /** At most a day in Redis, whatever the entry says: an entry nobody invalidates is rebuilt daily. */
  const MAX_TTL_MS = 86_400_000
  /**
   * How long a computing reader holds its entry's lock at most, and so the longest a reader waits for
   * another's result: a computation that dies (its process ends) frees the entry after this. 0: no lock
   * (every reader that misses computes; for comparison).
   */
  const LOCK_MS = Number(process.env.REGISTRY_CACHE_LOCK_MS ?? 10_000)
  /** How often a waiting reader looks for the entry. */
  const POLL_MS = 20
  const lockKey = (cacheKey) => `${prefix}lock:${cacheKey}`
  const client = createClient({
    url,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  })
  let warned = false
  client.on('error', (e) => {
    if (!warned) console.error('[cache] Redis unreachable; the data cache reads the database meanwhile:', e.message)
    warned = true
  })
  client.on('ready', () => (warned = false))
  const connected = client.connect().then(
    () => {},
    () => {},
  )
  const up = () => client.isReady

  /** tag → when it was expired (ms); refreshed from Redis at the start of each request. */
  const expired = new Map()
  const pending = new Map()

  const tagExpired = (tags, timestamp) => {
    const now = Date.now()
    return tags.some((t) => {
      const at = expired.get(t)
      return at !== undefined && at <= now && at > timestamp
    })
  }

  async function streamToBuffer(stream) {
    const chunks = []
    const reader = stream.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(Buffer.from(value))
    }
    return Buffer.concat(chunks)
  }

  const streamOf = (buffer) =>
    new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(buffer))
        controller.close()
      },
    })

  /** The stored entry if it is still valid (its time not run out, none of its tags expired since). */
  function valid(raw) {
    if (!raw) return undefined
    const { value, ...entry } = JSON.parse(raw)
    if (Date.now() > entry.timestamp + entry.revalidate * 1000) return undefined
    if (tagExpired(entry.tags, entry.timestamp)) return undefined
    return { ...entry, value: streamOf(Buffer.from(value, 'base64')) }
  }

  module.exports = {
    async get(cacheKey) {
      await pending.get(cacheKey)
      if (!up()) return undefined
      try {
        const found = valid(await client.get(prefix + cacheKey))
        if (found) return found
        // A miss: this reader computes, unless another already does; then wait for its result.
        if (!(LOCK_MS > 0)) return undefined
        if (await client.set(lockKey(cacheKey), '1', { NX: true, PX: LOCK_MS })) return undefined
        const deadline = Date.now() + LOCK_MS
        while (Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, POLL_MS))
          const [raw, locked] = await client.mGet([prefix + cacheKey, lockKey(cacheKey)])
          const stored = valid(raw)
          if (stored) return stored
          if (!locked) return undefined // the other computation stored nothing (or failed): compute here
        }
        return undefined
      } catch {
        return undefined
      }
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {}
      pending.set(cacheKey, new Promise((resolve) => (done = resolve)))
      try {
        const entry = await pendingEntry
        const value = await streamToBuffer(entry.value)
        // An entry that expires at once is dynamic: Next regenerates it on every read.
        if (entry.expire === 0 || !up()) return
        const { value: _, ...meta } = entry
        const ttl = Math.min(MAX_TTL_MS, Math.max(1_000, entry.expire * 1000))
        await client.set(prefix + cacheKey, JSON.stringify({ ...meta, value: value.toString('base64') }), { PX: ttl })
      } catch {
        // not stored: the next read misses and reads the database
      } finally {
        done()
        pending.delete(cacheKey)
        // Whoever computed it, the entry is stored (or will not be): readers waiting for it go on.
        if (up()) await client.del(lockKey(cacheKey)).catch(() => {})
      }
    },

    async refreshTags() {
      if (!up()) return
      try {
        const all = await client.hGetAll(tagsKey)
        for (const [tag, at] of Object.entries(all)) expired.set(tag, Number(at))
      } catch {
        // keep what this instance knows
      }
    },

    async getExpiration(tags) {
      return Math.max(0, ...tags.map((t) => expired.get(t) ?? 0))
    },

    /** For tests: settles once the first connection attempt has (Next never calls it). */
    ready() {
      return connected
    },

    /** For tests and shutdown: Next never calls it. */
    async close() {
      if (client.isOpen) await client.quit().catch(() => {})
    },

    async updateTags(tags, durations) {
      const at = Date.now() + (durations?.expire ?? 0) * 1000
      for (const t of tags) expired.set(t, at)
      if (!up() || !tags.length) return
      try {
        await client.hSet(tagsKey, Object.fromEntries(tags.map((t) => [t, String(at)])))
      } catch {
        // this instance has expired them; the others keep theirs until their entries' own time runs out
      }
    },
  }
}
