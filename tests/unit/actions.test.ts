import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { idle } from '@/lib/forms/state'

// Every server action goes through lib/actions/actor-action.ts: the authorization matrix and the
// fuzzing read the list of actions and their schemas off `definition`, so an action written by hand
// would escape both. This test finds every 'use server' module by reading the tree.
function serverActionModules(dir = 'lib'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'generated' ? [] : serverActionModules(p)
    return /\.tsx?$/.test(e.name) && /^['"]use server['"]/m.test(readFileSync(p, 'utf8')) ? [p] : []
  })
}

const modules = serverActionModules()

describe('server actions', () => {
  it('are found', () => {
    expect(modules.length).toBeGreaterThanOrEqual(10)
  })

  it.each(modules)('%s: every export is built by actorAction or anonymousAction', async (file) => {
    const mod = (await import(`@/${file}`)) as Record<string, unknown>
    const exports = Object.entries(mod)
    expect(exports.length).toBeGreaterThan(0)
    for (const [name, value] of exports) {
      expect(typeof value, name).toBe('function')
      const definition = (value as { definition?: { entity: string; bind: unknown[] } }).definition
      expect(definition, `${name} has no definition`).toBeDefined()
      expect(definition!.entity).toMatch(/^[A-Z][A-Za-z]+$/)
    }
  })

  it('refuse forged bound arguments before anything runs (no caller, no database here)', async () => {
    const { deleteContributionAction } = await import('@/lib/contributions/actions')
    const { setPublicationAction } = await import('@/lib/publishing/actions')
    const { setUserAccessAction } = await import('@/lib/users/actions')
    const id = 'c' + 'a'.repeat(24)
    const forged: [string, unknown[]][] = [
      ['a version that is an object', [id, { gt: 0 }]],
      ['a version of zero', [id, 0]],
      ['a version as text', [id, '1']],
      ['an id that is an object', [{ not: '' }, 1]],
      ['an id that is too long', [id + 'x', 1]],
    ]
    for (const [what, args] of forged) {
      const call = deleteContributionAction as unknown as (...a: unknown[]) => Promise<unknown>
      expect(await call(...args, idle, new FormData()), what).toEqual({
        status: 'error',
        formError: 'notFound',
        values: {},
      })
    }
    const publish = setPublicationAction as unknown as (...a: unknown[]) => Promise<unknown>
    expect(
      await publish('Contribution', id, 1, 'PUBLISHED', false, 'https://evil.example', idle, new FormData()),
    ).toEqual(expect.objectContaining({ formError: 'notFound' }))
    expect(await publish('User', id, 1, 'PUBLISHED', false, `/manage/projects/${id}`, idle, new FormData())).toEqual(
      expect.objectContaining({ formError: 'notFound' }),
    )
    const access = setUserAccessAction as unknown as (...a: unknown[]) => Promise<unknown>
    expect(await access(id, { admin: true, disabled: true }, idle, new FormData())).toEqual(
      expect.objectContaining({ formError: 'notFound' }),
    )
  })
})

// The public cache (docs/decisions/014-caching-public-data.md): every action that changes what the
// public may see names the record it touches, so that exactly its tags expire — not the whole cache.
// Only the accounts' own actions, notifications and the import's dry run change nothing public.
const NOTHING_PUBLIC = new Set([
  'Session',
  'Notification',
  'CalendarToken',
  'Membership',
  'User',
  'Invitation',
  'PasswordResetToken',
  // A reader's suggestion goes to the organization that keeps the record; nothing of it is public.
  'CorrectionSuggestion',
])
const NOTHING_PUBLIC_ACTIONS = new Set(['checkImportAction'])

describe('public cache invalidation', () => {
  it.each(modules)('%s: every action that changes public data names what it touches', async (file) => {
    const mod = (await import(`@/${file}`)) as Record<
      string,
      { definition: { entity: string; touchesPublic: boolean } }
    >
    for (const [name, { definition }] of Object.entries(mod)) {
      const expected = !NOTHING_PUBLIC.has(definition.entity) && !NOTHING_PUBLIC_ACTIONS.has(name)
      expect(definition.touchesPublic, `${name} (${definition.entity})`).toBe(expected)
    }
  })

  it('has no coarse invalidation left: nothing expires the whole cache but a bulk import and a merge of organizations', () => {
    const sources = serverActionModules().concat(['lib/manage/revalidate.ts', 'lib/actions/actor-action.ts'])
    for (const file of sources) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toMatch(/revalidatePublic/)
      expect(text, file).not.toMatch(/revalidateTag\(\s*'public'/)
    }
    const bulk = sources.filter(
      (f) => /\banyRecord\b(?!\s*=)/.test(readFileSync(f, 'utf8')) && f !== 'lib/manage/revalidate.ts',
    )
    expect(bulk.sort()).toEqual(['lib/import/actions.ts', 'lib/organizations/merge/actions.ts'])
  })
})
