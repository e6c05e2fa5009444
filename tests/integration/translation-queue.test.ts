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
    const queue = async () => (await translationQueue(editor)).filter((i) => i.entity === 'Partnership')

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
})
