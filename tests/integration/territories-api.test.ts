import { afterAll, describe, expect, it } from 'vitest'
import { GET as getTerritory } from '@/app/api/v1/territories/[code]/route'
import { GET as listTerritories } from '@/app/api/v1/territories/route'
import { GET as health } from '@/app/api/health/route'
import { NextRequest } from 'next/server'
import { connect } from '../setup/db'

const prisma = connect()
afterAll(() => prisma.$disconnect())

const territory = async (code: string) =>
  getTerritory(new Request(`http://test/api/v1/territories/${code}`), { params: Promise.resolve({ code }) })
const list = async (query: string) => listTerritories(new NextRequest(`http://test/api/v1/territories${query}`))

describe('GET /api/v1/territories/{code}', () => {
  it('shows Talas with its five children and four case studies', async () => {
    const res = await territory('KG-T')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({
      code: 'KG-T',
      level: 1,
      kind: 'OBLAST',
      names: { ky: 'Талас облусу', ru: 'Таласская область', en: 'Talas' },
      parentCode: null,
    })
    expect(body.childCodes).toHaveLength(5)
    expect(body.childCodes).toContain('KG07400000010') // Talas city
    expect(body.counts.caseStudies).toBe(4)
  })

  it('shows six case studies in Chui', async () => {
    const body = await (await territory('KG-C')).json()
    expect(body.counts.caseStudies).toBe(6)
  })

  it('counts Insan-Leilek at Katran, Jany-Jer and Toguz-Bulak and Hava at Kok-Oy', async () => {
    for (const code of ['KG05236818000', 'KG05236808000', 'KG05236842000']) {
      const body = await (await territory(code)).json()
      expect(body, code).toMatchObject({ level: 3, kind: 'AIYL_OKMOT', parentCode: 'KG05236000000' })
      expect(body.counts.caseStudies, code).toBe(1)
      expect(body.counts.partnerships, code).toBe(1)
    }
    const kokOy = await prisma.territory.findFirstOrThrow({
      where: { parent: { code: 'KG07232000000' }, slug: 'kok-oy' },
    })
    const body = await (await territory(kokOy.code)).json()
    expect(body.counts.caseStudies).toBe(1)
  })

  it('counts only published records', async () => {
    const cs = await prisma.caseStudy.findFirstOrThrow({ where: { slug: 'manas-1000-talas-city' } })
    await prisma.caseStudy.update({ where: { id: cs.id }, data: { publicationStatus: 'DRAFT' } })
    try {
      expect((await (await territory('KG-T')).json()).counts.caseStudies).toBe(3)
    } finally {
      await prisma.caseStudy.update({ where: { id: cs.id }, data: { publicationStatus: 'PUBLISHED' } })
    }
  })

  it('does not count the projects of a partnership that is a draft', async () => {
    const p = await prisma.partnership.findFirstOrThrow({
      where: { slug: 'manas-1000-talas-city' },
      include: { projects: true },
    })
    const before = (await (await territory('KG-T')).json()).counts.projects
    await prisma.partnership.update({ where: { id: p.id }, data: { publicationStatus: 'DRAFT' } })
    try {
      expect((await (await territory('KG-T')).json()).counts.projects).toBe(before - p.projects.length)
    } finally {
      await prisma.partnership.update({ where: { id: p.id }, data: { publicationStatus: 'PUBLISHED' } })
    }
  })

  it('answers 404 JSON for an unknown or malformed code', async () => {
    for (const code of ['KG-Q', 'KG99999999999', "'; DROP TABLE x; --", 'x'.repeat(5000)]) {
      const res = await territory(code)
      expect(res.status).toBe(404)
      expect((await res.json()).error.code).toBe('not_found')
    }
  })
})

describe('GET /api/v1/territories?level=N', () => {
  it('lists all 532 territories by level', async () => {
    const sizes = []
    for (const level of [1, 2, 3]) {
      const res = await list(`?level=${level}`)
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.every((t: { level: number }) => t.level === level)).toBe(true)
      sizes.push(body.length)
    }
    expect(sizes).toEqual([9, 53, 470])
  })

  it('refuses a missing or unknown level with a 400 that says why', async () => {
    for (const q of ['', '?level=4', '?level=abc']) {
      const res = await list(q)
      expect(res.status).toBe(400)
      expect((await res.json()).error.code).toBe('invalid_level')
    }
  })
})

describe('GET /api/health', () => {
  it('reports the database up', async () => {
    const res = await health()
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up', territories: 532 } })
  })
})
