import { afterAll, describe, expect, it } from 'vitest'
import { searchPublic } from '@/lib/public/search'
import { connect } from '../setup/db'

const prisma = connect()
afterAll(() => prisma.$disconnect())

describe('search', () => {
  it('finds ZIONIS from "Tokmok" and from "Токмок"', async () => {
    for (const q of ['Tokmok', 'Токмок', 'tokmok', 'ТОКМОК']) {
      const hits = await searchPublic(q, { entities: ['caseStudy'] })
      expect(
        hits.map((h) => h.slug),
        q,
      ).toContain('zionis-tokmok-youth-jobs')
    }
  })

  it('matches the start of a word in any of the three languages ("Катран" finds Katran aiyl okmot)', async () => {
    const hits = await searchPublic('Катран', { entities: ['organization'] })
    expect(hits.some((h) => (h.title as { en?: string }).en === 'Katran aiyl okmot')).toBe(true)
  })

  it('finds several words in any order, across names and places', async () => {
    const hits = await searchPublic('Manas Talas', { entities: ['caseStudy'] })
    expect(hits[0]?.slug).toBe('manas-1000-talas-city')
  })

  it('tolerates a misspelling when the server has trigrams', async () => {
    const [{ on }] = await prisma.$queryRaw<
      { on: boolean }[]
    >`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS on`
    const hits = await searchPublic('Tokmak', { entities: ['caseStudy'] })
    if (on) expect(hits.map((h) => h.slug)).toContain('zionis-tokmok-youth-jobs')
    else expect(hits).toEqual([])
  })

  it('never returns drafts', async () => {
    const cs = await prisma.caseStudy.findFirstOrThrow({ where: { slug: 'zionis-tokmok-youth-jobs' } })
    await prisma.caseStudy.update({ where: { id: cs.id }, data: { publicationStatus: 'DRAFT' } })
    try {
      expect((await searchPublic('Tokmok', { entities: ['caseStudy'] })).map((h) => h.slug)).not.toContain(
        'zionis-tokmok-youth-jobs',
      )
    } finally {
      await prisma.caseStudy.update({ where: { id: cs.id }, data: { publicationStatus: 'PUBLISHED' } })
    }
  })

  it('hides the projects and case study of a partnership that is a draft', async () => {
    const p = await prisma.partnership.findFirstOrThrow({ where: { slug: 'zionis-tokmok-youth-jobs' } })
    await prisma.partnership.update({ where: { id: p.id }, data: { publicationStatus: 'DRAFT' } })
    try {
      const hits = await searchPublic('Tokmok', { entities: ['caseStudy', 'project', 'partnership'] })
      expect(hits.map((h) => h.slug)).not.toContain('zionis-tokmok-youth-jobs')
      const projectIds = (await prisma.project.findMany({ where: { partnershipId: p.id }, select: { id: true } })).map(
        (x) => x.id,
      )
      expect(hits.filter((h) => projectIds.includes(h.id))).toEqual([])
    } finally {
      await prisma.partnership.update({ where: { id: p.id }, data: { publicationStatus: 'PUBLISHED' } })
    }
  })

  it('is safe with any input: empty, punctuation only, quotes, SQL, huge, mixed scripts', async () => {
    for (const q of [
      '',
      '   ',
      '%_%',
      '\'; DROP TABLE "Territory"; --',
      ':* & | !',
      'a'.repeat(100_000),
      'Ош\u0000city',
      '🙂🙂',
    ]) {
      await expect(searchPublic(q)).resolves.toBeInstanceOf(Array)
    }
    expect(await prisma.territory.count()).toBe(532)
  })
})
