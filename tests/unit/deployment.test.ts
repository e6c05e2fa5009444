import { describe, expect, it } from 'vitest'
import { embeddedDatabaseWarning, isStrictProduction, linkOrigin, productionConfigProblems } from '@/lib/deployment'

const prod = { NODE_ENV: 'production', AUTH_SECRET: 's'.repeat(32), APP_URL: 'https://registry.example.kg' }

describe('production configuration', () => {
  it('starts with a secret and an https APP_URL', () => {
    expect(productionConfigProblems(prod)).toEqual([])
  })

  it('refuses to start without AUTH_SECRET or APP_URL, or with an APP_URL that is not an https origin', () => {
    expect(productionConfigProblems({ ...prod, AUTH_SECRET: ' ' })).toEqual([expect.stringMatching(/^AUTH_SECRET/)])
    expect(productionConfigProblems({ ...prod, APP_URL: '' })).toEqual([expect.stringMatching(/^APP_URL is not set/)])
    for (const bad of ['http://registry.example.kg', 'https://registry.example.kg/ru', 'registry.example.kg'])
      expect(productionConfigProblems({ ...prod, APP_URL: bad }), bad).toEqual([
        expect.stringMatching(/^APP_URL must be an https origin/),
      ])
  })

  it('the one test mode allows http, no APP_URL and a generated secret; development needs nothing', () => {
    expect(productionConfigProblems({ NODE_ENV: 'production', REGISTRY_TEST_MODE: '1' })).toEqual([])
    expect(isStrictProduction({ NODE_ENV: 'production', REGISTRY_TEST_MODE: '1' })).toBe(false)
    expect(isStrictProduction({ NODE_ENV: 'production', REGISTRY_TEST_MODE: 'yes' })).toBe(true)
    expect(productionConfigProblems({ NODE_ENV: 'development' })).toEqual([])
  })
})

describe('production on the embedded database', () => {
  const embedded = { ...prod, EMBEDDED_DB: 'pglite' }

  it('is refused unless chosen with EMBEDDED_DB_IN_PRODUCTION=1, and then logged', () => {
    expect(productionConfigProblems(embedded)).toEqual([expect.stringMatching(/^DATABASE_URL is not set/)])
    expect(productionConfigProblems({ ...embedded, EMBEDDED_DB_IN_PRODUCTION: 'yes' })).toHaveLength(1)
    expect(productionConfigProblems({ ...embedded, EMBEDDED_DB_IN_PRODUCTION: '1' })).toEqual([])
    expect(embeddedDatabaseWarning({ ...embedded, EMBEDDED_DB_IN_PRODUCTION: '1' })).toMatch(/embedded database/)
    expect(embeddedDatabaseWarning(prod)).toBeNull()
  })

  it('is allowed in the test mode and in development', () => {
    expect(
      productionConfigProblems({ NODE_ENV: 'production', REGISTRY_TEST_MODE: '1', EMBEDDED_DB: 'pglite' }),
    ).toEqual([])
    expect(productionConfigProblems({ NODE_ENV: 'development', EMBEDDED_DB: 'pglite' })).toEqual([])
    expect(
      embeddedDatabaseWarning({ NODE_ENV: 'production', REGISTRY_TEST_MODE: '1', EMBEDDED_DB: 'pglite' }),
    ).toBeNull()
  })
})

describe('links in mails', () => {
  it('point to APP_URL whatever the request says', () => {
    expect(linkOrigin(prod, 'evil.example')).toBe('https://registry.example.kg')
    expect(linkOrigin({ ...prod, APP_URL: 'https://registry.example.kg/' }, null)).toBe('https://registry.example.kg')
  })

  it('are never built from a request header in production', () => {
    expect(() => linkOrigin({ NODE_ENV: 'production' }, 'evil.example')).toThrow(/APP_URL/)
  })

  it('use the Host the browser used in development and the test mode, and nothing odd', () => {
    expect(linkOrigin({ NODE_ENV: 'development' }, 'localhost:3000')).toBe('http://localhost:3000')
    expect(linkOrigin({ NODE_ENV: 'production', REGISTRY_TEST_MODE: '1' }, '127.0.0.1:3300')).toBe(
      'http://127.0.0.1:3300',
    )
    expect(linkOrigin({ NODE_ENV: 'development' }, 'evil.example/@x')).toBe('http://localhost:3000')
  })
})
