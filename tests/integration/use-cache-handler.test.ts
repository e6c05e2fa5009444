// The 'use cache' store shared through Redis (lib/cache/use-cache-handler.cjs), as two app instances see
// it: an entry one instance writes, the other reads; a tag one instance expires is expired for the other
// at its next request (refreshTags), and only the entries carrying that tag — another oblast's entry
// stays cached; an entry several instances miss at once is computed by one of them, the others wait for
// it. Skipped, saying so, when no Redis answers.
import { afterAll, describe, expect, it } from 'vitest'
import { entry, read, REDIS_URL, redisAnswers, cacheStores } from '../setup/use-cache-store'

const hasRedis = await redisAnswers()
if (!hasRedis) console.warn(`[use-cache-handler] no Redis at ${REDIS_URL}: the shared cache is not exercised`)

const stores = cacheStores()
afterAll(() => stores.cleanup(hasRedis))

describe.runIf(hasRedis)('the use-cache store shared through Redis', () => {
  it('shares entries between instances and expires exactly the tagged ones on both', async () => {
    const a = await stores.instance()
    const b = await stores.instance()
    await Promise.all([a.ready(), b.ready()])
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
    // b missed, so b computes; a, asking meanwhile, gets what b stores instead of computing it again.
    const waiting = a.get('talas', [])
    expect(await Promise.race([waiting, later(150, 'waiting')])).toBe('waiting')
    await b.set('talas', entry('Talas figures, new', ['public', 'place:kg-t'], Date.now()))
    expect(await read(await waiting)).toBe('Talas figures, new')
  })

  it('computes an entry once when several instances miss it at the same moment', async () => {
    const [a, b, c] = [await stores.instance(), await stores.instance(), await stores.instance()]
    await Promise.all(stores.all().map((h) => h.ready()))
    const gets = [a, b, c].map((h) => h.get('osh', []))
    const reads = await Promise.all(gets.map((g) => Promise.race([g, later(150, 'waiting')])))
    // One reader is told to compute (a miss); the two others wait for its entry.
    expect(reads.filter((r) => r === undefined)).toHaveLength(1)
    expect(reads.filter((r) => r === 'waiting')).toHaveLength(2)
    const computing = reads.indexOf(undefined)
    await [a, b, c][computing].set('osh', entry('Osh figures', ['public', 'place:kg-o'], Date.now()))
    const waited = gets.filter((_, i) => i !== computing)
    expect(await Promise.all(waited.map(async (w) => read(await w)))).toEqual(['Osh figures', 'Osh figures'])
  })

  it('lets a waiting reader compute when the first computation stores nothing', async () => {
    const a = await stores.instance()
    const b = await stores.instance()
    await Promise.all(stores.all().map((h) => h.ready()))
    expect(await a.get('naryn', [])).toBeUndefined()
    const started = Date.now()
    const waiting = b.get('naryn', [])
    expect(await Promise.race([waiting, later(150, 'waiting')])).toBe('waiting')
    // An entry that expires at once is dynamic: not stored, and the lock goes with it.
    await a.set('naryn', entry('Naryn figures', ['public'], Date.now(), 0))
    expect(await waiting).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('lets a waiting reader compute when the first one never answers, once its lock has run out', async () => {
    process.env.REGISTRY_CACHE_LOCK_MS = '400'
    const a = await stores.instance()
    const b = await stores.instance()
    delete process.env.REGISTRY_CACHE_LOCK_MS
    await Promise.all(stores.all().map((h) => h.ready()))
    expect(await a.get('batken', [])).toBeUndefined()
    const started = Date.now()
    expect(await b.get('batken', [])).toBeUndefined()
    expect(Date.now() - started).toBeGreaterThanOrEqual(300)
  })
})

const later = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms))
