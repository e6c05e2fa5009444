// The 'use cache' store shared through Redis (lib/cache/use-cache-handler.cjs), as two app instances see
// it: an entry one instance writes, the other reads; a tag one instance expires is expired for the other
// at its next request (refreshTags), and only the entries carrying that tag — another oblast's entry
// stays cached. Skipped, saying so, when no Redis answers.
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
