// A change expires exactly the public cache entries of what it touches (docs/decisions/014): the real
// server action (wrapper, policy, mutation, database) and the real 'use cache' store over Redis. Only
// Next's glue is stood in for: its `revalidateTag(tag, { expire: 0 })` hands the tag to the store's
// `updateTags`, as Next does (tests/setup/next-boundary.ts for the rest). A second store instance reads
// back, as another `next start` would: a Talas change expires Talas, its rayon, its aiyl okmot and the
// national figures, and leaves Chui (and another Talas aiyl okmot) cached, revalidating no route (a
// route's revalidation expires every entry made under it); a project that moves expires its old places
// and its new ones.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { idle } from '@/lib/forms/state'
import { createPartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { updateProjectAction } from '@/lib/projects/actions'
import { createProject } from '@/lib/projects/mutations'
import { CreateProjectInput } from '@/lib/projects/schema'
import { placeTag, placeTags } from '@/lib/public/cached'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'
import { toFormData } from '../setup/forms'
import { actAs, RedirectSignal } from '../setup/next-boundary'
import { entry, read, REDIS_URL, redisAnswers, cacheStores, type Handler } from '../setup/use-cache-store'

const glue = vi.hoisted(() => ({
  store: undefined as undefined | { updateTags(tags: string[], d?: { expire?: number }): Promise<void> },
  expired: [] as string[],
  paths: [] as string[],
  pending: [] as Promise<void>[],
}))
vi.mock('@/lib/auth/config', () => import('../setup/next-boundary').then((m) => m.authConfig))
vi.mock('next-auth', () => import('../setup/next-boundary').then((m) => m.nextAuth))
vi.mock('next-intl/server', () => import('../setup/next-boundary').then((m) => m.intlServer))
vi.mock('next/headers', () => import('../setup/next-boundary').then((m) => m.nextHeaders))
vi.mock('@/lib/i18n/navigation', () => import('../setup/next-boundary').then((m) => m.navigation))
vi.mock('next/cache', async () => ({
  ...(await import('../setup/next-boundary')).nextCache,
  revalidateTag: (tag: string, profile: { expire?: number }) => {
    glue.expired.push(tag)
    glue.pending.push(glue.store!.updateTags([tag], profile))
  },
  revalidatePath: (path: string, type?: string) => glue.paths.push(`${path} ${type ?? ''}`.trim()),
}))

const hasRedis = await redisAnswers()
if (!hasRedis) console.warn(`[public-cache-invalidation] no Redis at ${REDIS_URL}: not exercised`)
const stores = cacheStores()
const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await stores.cleanup(hasRedis)
  await f.cleanup()
  await prisma.$disconnect()
})

type Place = { id: string; path: string }
let writer: Handler, reader: Handler
let editorUser: { id: string; sessionVersion: number }
let projectId: string
let talasAo: Place, otherTalasAo: Place, chuiAo: Place, talas: Place, chui: Place

/** An aiyl okmot of the oblast that has its seeded body, outside `not` (another rayon). */
async function aiylOkmot(oblast: Place, not?: string) {
  const body = await prisma.organization.findFirstOrThrow({
    where: {
      externalKey: { startsWith: 'lsg:' },
      governsTerritory: {
        level: 3,
        path: { startsWith: `${oblast.path}/`, ...(not ? { not: { startsWith: not } } : {}) },
      },
    },
    include: { governsTerritory: { select: { id: true, path: true } } },
    orderBy: { externalKey: 'asc' },
  })
  return { body, place: body.governsTerritory! }
}
const rayonOf = (p: Place) => p.path.split('/').slice(0, 2).join('/')

beforeAll(async () => {
  if (!hasRedis) return
  writer = await stores.instance()
  reader = await stores.instance()
  glue.store = writer
  const oblast = (code: string) =>
    prisma.territory.findUniqueOrThrow({ where: { code }, select: { id: true, path: true } })
  ;[talas, chui] = await Promise.all([oblast('KG-T'), oblast('KG-C')])
  const t = await aiylOkmot(talas)
  talasAo = t.place
  otherTalasAo = (await aiylOkmot(talas, `${rayonOf(talasAo)}/`)).place
  chuiAo = (await aiylOkmot(chui)).place
  const ngo = await f.organization()
  const user = await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] })
  editorUser = user
  const editor: Actor = await actorOf(user)
  const partnership = await createPartnership(
    editor,
    CreatePartnershipInput.parse({
      title: { en: 'Wells for Talas' },
      sourceLocale: 'en',
      status: 'ACTIVE',
      parties: [{ organizationId: ngo.id }, { organizationId: t.body.id }],
      submissionKey: randomUUID(),
    }),
  )
  projectId = (
    await createProject(
      editor,
      partnership.id,
      CreateProjectInput.parse({
        title: { en: 'Wells' },
        sourceLocale: 'en',
        territoryIds: [talasAo.id],
        submissionKey: randomUUID(),
      }),
    )
  ).id
})

/** One cached entry per page the test watches, tagged as lib/public/cached.ts tags them. */
async function cacheEveryPlace() {
  const places = { talasAo, talasRayon: { path: rayonOf(talasAo) }, talas, otherTalasAo, chui, chuiAo }
  for (const [key, p] of Object.entries(places)) await writer.set(key, entry(key, ['public', placeTag(p.path)]))
  await writer.set('home', entry('home', ['public', 'home']))
  await new Promise((r) => setTimeout(r, 5)) // entries older than the expiry that follows
  glue.expired = []
  glue.paths = []
}

/** The project's edit as its page submits it, by its editor, through the server action. */
async function editProject(territoryIds: string[], title: string) {
  const { version } = await prisma.project.findUniqueOrThrow({ where: { id: projectId } })
  actAs(editorUser)
  const call = updateProjectAction as unknown as (...a: unknown[]) => Promise<unknown>
  const form = toFormData({ title: { en: title }, sourceLocale: 'en', territoryIds, version: String(version) })
  await expect(call(projectId, idle, form)).rejects.toBeInstanceOf(RedirectSignal)
  actAs(null)
  await Promise.all(glue.pending.splice(0))
}

/** What another instance still finds cached. */
async function stillCached() {
  await reader.refreshTags()
  const keys = ['talasAo', 'talasRayon', 'talas', 'otherTalasAo', 'chui', 'chuiAo', 'home']
  const found = await Promise.all(keys.map(async (k) => ((await read(await reader.get(k, []))) === k ? k : null)))
  return found.filter(Boolean)
}

describe.runIf(hasRedis)('a change expires exactly the cache entries it touches', () => {
  it('an edit of a Talas project: its aiyl okmot, rayon, oblast and home expire; Chui stays cached', async () => {
    await cacheEveryPlace()
    expect(await stillCached()).toHaveLength(7)
    await editProject([talasAo.id], 'Wells, renamed')
    expect(glue.expired).toEqual(expect.arrayContaining([...placeTags(talasAo.path), 'home']))
    expect(glue.expired).not.toContain('public')
    expect(glue.expired.filter((t) => t.startsWith('place:') && !placeTags(talasAo.path).includes(t))).toEqual([])
    expect(await stillCached()).toEqual(['otherTalasAo', 'chui', 'chuiAo'])
    // No route is revalidated: Next tags every cached entry with the paths of the page that made it
    // (the root layout's among them), so revalidating a public path would expire every entry anyway.
    expect(glue.paths).toEqual([])
  })

  it('a project that moves from Talas to Chui expires its old places and its new ones', async () => {
    await cacheEveryPlace()
    await editProject([chuiAo.id], 'Wells, moved')
    expect(glue.expired).toEqual(expect.arrayContaining([...placeTags(talasAo.path), ...placeTags(chuiAo.path)]))
    expect(await stillCached()).toEqual(['otherTalasAo'])
  })
})
