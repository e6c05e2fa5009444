// The place page's headline counts come from its lists' totals (lib/public/place-page.ts), the API's from
// countPublishedInSubtree (lib/public/territories.ts): two readings of one definition, which must agree
// on every place — with the memoranda filter on or off — including after drafts, withdrawn parents, a
// memorandum placed only through a party's home and a partnership in two oblasts are added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma as app } from '@/lib/db'
import { loadPlacePage } from '@/lib/public/place-page'
import { countPublishedInSubtree, getTerritoryByPath } from '@/lib/public/territories'
import { connect } from '../setup/db'
import { factories } from '../factories'

const prisma = connect()
const make = factories(prisma)

afterAll(async () => {
  const made = await prisma.organization.findMany({ where: { slug: { startsWith: `test-${make.tag}-` } } })
  await prisma.agreement.deleteMany({ where: { ownerOrganizationId: { in: made.map((o) => o.id) } } })
  await make.cleanup()
  await prisma.$disconnect()
  await app.$disconnect()
})

/** Every oblast, and every rayon and aiyl okmot with a partnership, project or organization placed in it. */
async function placesWithRecords(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ path: string }[]>`
    SELECT DISTINCT t.path FROM "Territory" t
    WHERE t.level = 1
       OR EXISTS (SELECT 1 FROM "PartnershipTerritory" x WHERE x."territoryId" = t.id)
       OR EXISTS (SELECT 1 FROM "ProjectTerritory" x WHERE x."territoryId" = t.id)
       OR EXISTS (SELECT 1 FROM "Organization" o WHERE o."homeTerritoryId" = t.id AND o."governsTerritoryId" IS NULL)
    ORDER BY t.path`
  return rows.map((r) => r.path)
}

async function expectSameCounts(paths: string[]) {
  for (const path of paths) {
    const territory = await getTerritoryByPath(path)
    if (!territory) throw new Error(`no territory ${path}`)
    const expected = await countPublishedInSubtree(path)
    for (const confirmedOnly of [false, true]) {
      const { counts } = await loadPlacePage(territory, { confirmedOnly })
      expect(counts, `${path}${confirmedOnly ? ' (confirmed memoranda only)' : ''}`).toEqual(expected)
    }
  }
}

describe('the place page counts what the API counts', () => {
  beforeAll(async () => {
    // Records that sit on the edges of the definitions, in Talas and Chui.
    const talasAo = await prisma.territory.findFirstOrThrow({ where: { level: 3, path: { startsWith: 'kg-t/' } } })
    const chuiAo = await prisma.territory.findFirstOrThrow({ where: { level: 3, path: { startsWith: 'kg-c/' } } })
    const ngo = await prisma.organization.update({
      where: { id: (await make.organization()).id },
      data: { homeTerritoryId: talasAo.id, publicationStatus: 'PUBLISHED' },
    })
    for (const [i, status] of (['PUBLISHED', 'DRAFT', 'PUBLISHED'] as const).entries()) {
      await prisma.partnership.create({
        data: {
          slug: `${make.tag}-place-counts-${i}`,
          title: { en: `Place counts ${i}` },
          themes: ['water'],
          ownerOrganizationId: ngo.id,
          publicationStatus: status,
          territories: {
            create: [
              { territoryId: talasAo.id, isPrimary: true },
              ...(i === 2 ? [{ territoryId: chuiAo.id, isPrimary: false }] : []),
            ],
          },
          parties: { create: { organizationId: ngo.id, nameAsReported: 'NGO', partyType: 'CSO', isLead: true } },
          projects: {
            create: [
              {
                title: { en: `Counted project ${i}` },
                ownerOrganizationId: ngo.id,
                publicationStatus: 'PUBLISHED',
                territories: { create: { territoryId: talasAo.id } },
              },
            ],
          },
        },
      })
    }
    // A memorandum without a partnership, placed only through its party's home.
    await prisma.agreement.create({
      data: {
        kind: 'MEMORANDUM_OF_UNDERSTANDING',
        subject: { en: 'Placed by its party' },
        ownerOrganizationId: ngo.id,
        publicationStatus: 'PUBLISHED',
        parties: { create: [{ organizationId: ngo.id, nameAsReported: 'NGO', position: 0 }] },
      },
    })
  })

  it('on every place with records', async () => {
    const paths = await placesWithRecords()
    expect(paths.length).toBeGreaterThan(20)
    await expectSameCounts(paths)
  })

  it('and the places just given edge cases count them', async () => {
    const talas = await countPublishedInSubtree('kg-t')
    const { counts } = await loadPlacePage((await getTerritoryByPath('kg-t'))!, {})
    expect(counts).toEqual(talas)
    expect(talas.partnerships).toBeGreaterThanOrEqual(2)
    expect(talas.memoranda).toBeGreaterThanOrEqual(1)
  })
})
