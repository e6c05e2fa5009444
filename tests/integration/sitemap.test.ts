import { afterAll, describe, expect, it } from 'vitest'
import { countSitemapEntries, listSitemapEntries, SITEMAP_PAGE_SIZE } from '@/lib/public/sitemap'
import { parseSitemapFile, sitemapIndex, sitemapUrlset } from '@/lib/public/sitemap-xml'
import { factories } from '../factories'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

describe('the sitemaps', () => {
  it('list every public page and no draft, each in three languages with its alternates', async () => {
    const ngo = await f.organization()
    const draftOrg = await f.organization({ publicationStatus: 'DRAFT' })
    const make = (slug: string, publicationStatus: 'DRAFT' | 'PUBLISHED') =>
      prisma.partnership.create({
        data: { slug, title: { en: slug }, ownerOrganizationId: ngo.id, publicationStatus },
      })
    await make(`sitemap-public-${f.tag}`, 'PUBLISHED')
    await make(`sitemap-draft-${f.tag}`, 'DRAFT')

    const counts = await countSitemapEntries()
    expect(counts.places).toBe(532)
    const all = async (kind: 'partnerships' | 'organizations') =>
      (
        await Promise.all(
          Array.from({ length: Math.ceil(counts[kind] / SITEMAP_PAGE_SIZE) }, (_, n) => listSitemapEntries(kind, n)),
        )
      )
        .flat()
        .map((e) => e.path)
    const partnerships = await all('partnerships')
    expect(partnerships).toContain(`/partnerships/sitemap-public-${f.tag}`)
    expect(partnerships).not.toContain(`/partnerships/sitemap-draft-${f.tag}`)
    expect(partnerships).toHaveLength(counts.partnerships)
    const organizations = await all('organizations')
    expect(organizations).toContain(`/organizations/${ngo.slug}`)
    expect(organizations).not.toContain(`/organizations/${draftOrg.slug}`)

    // The home page and the lists, and the funders' pages, are in it too.
    expect((await listSitemapEntries('pages', 0)).map((e) => e.path)).toEqual([
      '',
      '/case-studies',
      '/funders',
      '/api-docs',
    ])
    const funders = (await listSitemapEntries('funders', 0)).map((e) => e.path)
    expect(funders.length).toBe(counts.funders)
    expect(funders).toContain('/funders/soros-foundation-kyrgyzstan')
    expect(funders).not.toContain(`/funders/${ngo.slug}`)

    const xml = sitemapUrlset('https://registry.example', [{ path: '/partnerships/x', updatedAt: null }])
    for (const l of ['ky', 'ru', 'en']) expect(xml).toContain(`<loc>https://registry.example/${l}/partnerships/x</loc>`)
    expect(xml).toContain('hreflang="x-default" href="https://registry.example/en/partnerships/x"')
    const index = sitemapIndex('https://registry.example', counts)
    expect(index).toContain('https://registry.example/sitemaps/places-0.xml')
    expect(parseSitemapFile('places-0.xml')).toEqual({ kind: 'places', n: 0 })
    expect(parseSitemapFile('../etc/passwd')).toBeNull()
  })
})
