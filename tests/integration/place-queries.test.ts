// The place page's loader makes a fixed number of queries, whatever the place holds: one (or a fixed
// few) per section, never one per listed record. Counted on a real database through Prisma's query
// events: the app's client (lib/db.ts) is replaced by one that reports every SQL statement it sends.
// Adding 30 partnerships with projects, ledger lines, outcomes and memoranda to a place must not change
// the count; a per-row loop (shown below on purpose) does.
import { PrismaPg } from '@prisma/adapter-pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { loadPlacePage } from '@/lib/public/place-page'
import { getTerritoryByPath } from '@/lib/public/territories'
import { connect } from '../setup/db'
import { factories } from '../factories'

const prisma = connect()
const make = factories(prisma)

// The app's client, counting: lib/db.ts uses globalThis.prisma when it is set.
const counted = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 3 }),
  log: [{ emit: 'event', level: 'query' }],
})
let statements: string[] = []
counted.$on('query', (e) => statements.push(e.query))
const app = globalThis as typeof globalThis & { prisma?: PrismaClient }
const previous = app.prisma

/** The queries the loader of `path`'s page makes. */
async function queriesOf(path: string, run?: (data: Awaited<ReturnType<typeof loadPlacePage>>) => Promise<void>) {
  const territory = await getTerritoryByPath(path)
  if (!territory) throw new Error(`no territory ${path}`)
  statements = []
  const data = await loadPlacePage(territory)
  await run?.(data)
  return statements.length
}

/** Most queries a place page may make; what matters more is that the count does not grow with the rows. */
const BUDGET = 40
function assertNoPerRowQueries(before: number, after: number) {
  expect(after, 'queries after adding 30 partnerships').toBe(before)
  expect(after).toBeLessThanOrEqual(BUDGET)
}

const TALAS = 'kg-t'
let talasBefore = 0

beforeAll(async () => {
  app.prisma = counted
  talasBefore = await queriesOf(TALAS)
  // 30 published partnerships in a Talas aiyl okmot, each with two projects, ledger lines (one with a
  // stated share, one in a shared project), outcomes and a memorandum.
  const ao = await prisma.territory.findFirstOrThrow({ where: { level: 3, path: { startsWith: `${TALAS}/` } } })
  const other = await prisma.territory.findFirstOrThrow({ where: { level: 3, path: { startsWith: 'kg-c/' } } })
  const ngo = await make.organization()
  for (let i = 0; i < 30; i++) {
    const ps = await prisma.partnership.create({
      data: {
        slug: `${make.tag}-place-queries-${i}`,
        title: { en: `Query count ${i}` },
        themes: ['water'],
        ownerOrganizationId: ngo.id,
        publicationStatus: 'PUBLISHED',
        startDate: new Date(Date.UTC(2010, 0, 1)),
        startPrecision: 'YEAR',
        territories: { create: { territoryId: ao.id, isPrimary: true } },
        parties: { create: { organizationId: ngo.id, nameAsReported: 'NGO', partyType: 'CSO', isLead: true } },
        agreements: {
          create: {
            kind: 'MEMORANDUM_OF_UNDERSTANDING',
            subject: { en: `Memorandum ${i}` },
            ownerOrganizationId: ngo.id,
            publicationStatus: 'PUBLISHED',
            parties: { create: [{ organizationId: ngo.id, nameAsReported: 'NGO', position: 0 }] },
          },
        },
      },
    })
    for (const places of [[ao.id], [ao.id, other.id]]) {
      await prisma.project.create({
        data: {
          partnershipId: ps.id,
          title: { en: `Project of ${i}` },
          startDate: new Date(Date.UTC(2011, 0, 1)),
          startPrecision: 'YEAR',
          ownerOrganizationId: ngo.id,
          publicationStatus: 'PUBLISHED',
          territories: { create: places.map((territoryId) => ({ territoryId })) },
          contributions: {
            create: [
              {
                partyForm: 'ORGANIZATION',
                partyOrganizationId: ngo.id,
                partyNameAsReported: 'NGO',
                partyType: 'CSO',
                kind: 'CASH',
                amountMinor: 100_000n,
                currency: 'KGS',
                amountKgsMinor: 100_000n,
                amountUsdMinor: 2_000n,
                ownerOrganizationId: ngo.id,
                publicationStatus: 'PUBLISHED',
              },
              {
                partyForm: 'COMMUNITY',
                partyNameAsReported: 'Residents',
                partyType: 'COMMUNITY',
                kind: 'LABOUR',
                shareMin: 0.2,
                shareMax: 0.2,
                ownerOrganizationId: ngo.id,
                publicationStatus: 'PUBLISHED',
              },
            ],
          },
          outcomes: {
            create: {
              indicator: { en: 'people with water' },
              value: 100,
              unit: { en: 'people' },
              kind: 'ACTUAL',
              ownerOrganizationId: ngo.id,
              publicationStatus: 'PUBLISHED',
            },
          },
        },
      })
    }
  }
})

afterAll(async () => {
  app.prisma = previous
  const ids = (
    await prisma.partnership.findMany({ where: { slug: { startsWith: `${make.tag}-place-queries-` } } })
  ).map((p) => p.id)
  await prisma.agreement.deleteMany({ where: { partnershipId: { in: ids } } })
  await prisma.project.deleteMany({ where: { partnershipId: { in: ids } } })
  await prisma.partnership.deleteMany({ where: { id: { in: ids } } })
  await make.cleanup()
  await counted.$disconnect()
  await prisma.$disconnect()
})

describe('the place page loader', () => {
  it('makes as many queries for Talas with 30 more partnerships as before, within the budget', async () => {
    const after = await queriesOf(TALAS)
    const data = await loadPlacePage((await getTerritoryByPath(TALAS))!)
    // The added records are there (so the count was taken over them), a page at a time.
    expect(data.records.partnerships.total).toBeGreaterThanOrEqual(30)
    expect(data.records.partnerships.items.length).toBeLessThanOrEqual(data.records.partnerships.pageSize)
    expect(data.shared.total).toBeGreaterThanOrEqual(30)
    assertNoPerRowQueries(talasBefore, after)
  })

  it('stays within the budget for the aiyl okmot that holds the 30 partnerships', async () => {
    const ao = await prisma.territory.findFirstOrThrow({
      where: {
        level: 3,
        partnerships: { some: { partnership: { slug: { startsWith: `${make.tag}-place-queries-` } } } },
      },
    })
    expect(await queriesOf(ao.path)).toBeLessThanOrEqual(BUDGET)
  })

  it('catches a loader that queries once per listed record', async () => {
    // What the guard is for: the same loader followed by one query per partnership it lists.
    const withLoop = await queriesOf(TALAS, async (data) => {
      for (const p of data.records.partnerships.items)
        await counted.partnership.findUnique({ where: { slug: p.slug }, select: { id: true } })
    })
    expect(() => assertNoPerRowQueries(talasBefore, withLoop)).toThrow()
  })
})
