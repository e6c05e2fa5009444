import { createHash } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { translationQueue } from '@/lib/translations/queue'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
const made: string[] = []
afterAll(async () => {
  await prisma.textTranslation.deleteMany({ where: { entityId: { in: made } } })
  await f.cleanup()
  await prisma.$disconnect()
})

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

describe('the translation queue', () => {
  it('lists an editor’s records whose texts lack a language or were translated from an older text, and only theirs', async () => {
    const ngo = await f.organization()
    const other = await f.organization()
    const editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
    const partnership = await prisma.partnership.create({
      data: {
        slug: `queue-${f.tag}`,
        title: { en: 'Clean water for the school' },
        ownerOrganizationId: ngo.id,
        sourceLocale: 'en',
      },
    })
    made.push(partnership.id)
    await prisma.partnership.create({
      data: { slug: `queue-other-${f.tag}`, title: { en: 'Not theirs' }, ownerOrganizationId: other.id },
    })
    const queue = async () => (await translationQueue(editor)).items.filter((i) => i.entity === 'Partnership')

    expect(await queue()).toEqual([
      expect.objectContaining({
        id: partnership.id,
        href: `/manage/partnerships/${partnership.id}/edit`,
        fields: [{ field: 'title', missing: ['ky', 'ru'], outdated: [] }], // the empty summary is not asked for
      }),
    ])

    // Translated: off the queue. The Russian was made from the current English, the Kyrgyz from an older one.
    const title = { en: 'Clean water for the school', ru: 'Чистая вода для школы', ky: 'Мектепке таза суу' }
    await prisma.partnership.update({ where: { id: partnership.id }, data: { title } })
    const translation = (locale: 'ky' | 'ru', sourceHash: string) => ({
      entity: 'Partnership',
      entityId: partnership.id,
      field: 'title',
      locale,
      status: 'DRAFT' as const,
      sourceLocale: 'en' as const,
      sourceHash,
    })
    await prisma.textTranslation.createMany({
      data: [translation('ru', sha(title.en)), translation('ky', 'stale')],
    })
    expect(await queue()).toEqual([
      expect.objectContaining({ id: partnership.id, fields: [{ field: 'title', missing: [], outdated: ['ky'] }] }),
    ])
    await prisma.textTranslation.updateMany({
      where: { entityId: partnership.id, locale: 'ky' },
      data: { sourceHash: sha(title.en) },
    })
    expect(await queue()).toEqual([])
  })

  it('comes a page at a time, oldest change first, with the count of every page', async () => {
    const ngo = await f.organization()
    const editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
    const ids: string[] = []
    for (const n of [1, 2, 3]) {
      const p = await prisma.partnership.create({
        data: {
          slug: `queue-page-${n}-${f.tag}`,
          title: { en: `Untranslated ${n}` },
          ownerOrganizationId: ngo.id,
          sourceLocale: 'en',
          updatedAt: new Date(Date.UTC(2020, 0, n)),
        },
      })
      ids.push(p.id)
      made.push(p.id)
    }
    const all = await translationQueue(editor, { pageSize: 100 })
    const first = await translationQueue(editor, { page: 1, pageSize: 2 })
    const second = await translationQueue(editor, { page: 2, pageSize: 2 })
    // The oldest changes first: the three partnerships of 2020, before anything made today.
    expect(all.items.slice(0, 3).map((i) => i.id)).toEqual(ids)
    expect(first.total).toBe(all.items.length)
    expect(second.total).toBe(all.items.length)
    expect(first.items).toEqual(all.items.slice(0, 2))
    expect(second.items).toEqual(all.items.slice(2, 4))
  })
})
