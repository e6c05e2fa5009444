// The public boundary (lib/public): its Prisma filters and their SQL twins select the same rows; the
// one rule of what adds up gives the same class in memory and in SQL; money counts once at every level
// of the territory tree — on the seeded data and on generated data.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPublicCaseStudy } from '@/lib/public/case-studies'
import { getMoneyFigures, getTotalsByRegion, listSharedProjects, listStatedShares } from '@/lib/public/money'
import { publicContributionSql, publicProjectSql } from '@/lib/public/sql'
import { lineClass, lineClassSql } from '@/lib/public/totals'
import { publicContributionWhere, publicProjectWhere } from '@/lib/public/where'
import { factories } from '../factories'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)

/** Money in minor units, null as 0 — only for sums in this test. */
const kgs = (m: { kgsMinor: bigint } | null) => m?.kgsMinor ?? 0n

type T = { id: string; code: string; path: string; level: number; parentId: string | null }
let territories: T[]

/** Generated data: projects over random sets of places, some in several oblasts, some without a place. */
async function generate(seed: number) {
  // mulberry32: a small deterministic generator (exact in 32-bit integer arithmetic).
  let x = seed >>> 0
  const rand = (n: number) => {
    x = (x + 0x6d2b79f5) >>> 0
    let r = Math.imul(x ^ (x >>> 15), 1 | x)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) % n
  }
  const ngo = await f.organization({ name: `Generated NGO ${seed}` })
  const partnership = await prisma.partnership.create({
    data: {
      slug: `gen-${f.tag}-${seed}`,
      title: { en: `Generated ${seed}` },
      ownerOrganizationId: ngo.id,
      publicationStatus: 'PUBLISHED',
    },
  })
  for (let i = 0; i < 40; i++) {
    const places = new Set<string>()
    const n = rand(5) // 0..4 places
    for (let k = 0; k < n; k++) places.add(territories[rand(territories.length)].id)
    const project = await prisma.project.create({
      data: {
        partnershipId: partnership.id,
        title: { en: `Generated project ${seed}-${i}` },
        ownerOrganizationId: ngo.id,
        publicationStatus: rand(6) === 0 ? 'DRAFT' : 'PUBLISHED',
        territories: { create: [...places].map((territoryId) => ({ territoryId })) },
      },
    })
    for (let j = 0; j < 1 + rand(3); j++) {
      const stated = rand(8) !== 0
      const amount = BigInt(1 + rand(1_000_000)) * 100n
      const withheld = rand(7) === 0
      await prisma.contribution.create({
        data: {
          projectId: project.id,
          partyForm: 'NAMED',
          partyNameAsReported: 'Generated party',
          partyType: (['CSO', 'LSG', 'DONOR', 'COMMUNITY'] as const)[rand(4)],
          kind: rand(2) ? 'CASH' : 'LABOUR',
          amountMinor: stated ? amount : null,
          currency: stated ? 'KGS' : null,
          amountKgsMinor: stated ? amount : null,
          amountUsdMinor: stated ? amount / 87n : null,
          isPledge: rand(10) === 0,
          amountWithheld: withheld,
          ownerOrganizationId: ngo.id,
          publicationStatus: rand(8) === 0 ? 'DRAFT' : 'PUBLISHED',
        },
      })
    }
  }
}

beforeAll(async () => {
  territories = await prisma.territory.findMany({
    select: { id: true, code: true, path: true, level: true, parentId: true },
  })
})
afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

/** total = direct + sum of children, for every territory; and the national total adds up too. */
async function expectMoneyCountedOnce() {
  const totals = new Map<string, bigint>()
  const direct = new Map<string, bigint>()
  // One query per territory would take long on 532: compute both from one grouping and check a sample
  // of territories through the public functions themselves.
  for (const t of territories) {
    totals.set(t.id, 0n)
    direct.set(t.id, 0n)
  }
  const rows = await prisma.$queryRaw<{ id: string | null; kgs: bigint | null }[]>`
    SELECT p."attributedTerritoryId" AS id, sum(c."amountKgsMinor")::bigint AS kgs
    FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
    WHERE ${publicContributionSql('c', 'p')} AND ${lineClassSql('c')} = 'counted'
    GROUP BY 1`
  for (const r of rows) if (r.id) direct.set(r.id, r.kgs ?? 0n)
  const byId = new Map(territories.map((t) => [t.id, t]))
  for (const [id, amount] of direct) {
    let t: T | undefined = byId.get(id)
    while (t) {
      totals.set(t.id, totals.get(t.id)! + amount)
      t = t.parentId ? byId.get(t.parentId) : undefined
    }
  }
  // The invariant itself, over all 532: total = direct + Σ children's totals.
  for (const t of territories) {
    const children = territories.filter((c) => c.parentId === t.id)
    expect(totals.get(t.id), t.code).toBe(direct.get(t.id)! + children.reduce((s, c) => s + totals.get(c.id)!, 0n))
  }
  // The public functions give exactly these figures: every territory's subtree and direct total.
  for (const t of territories) {
    const [sub, own] = await Promise.all([
      getMoneyFigures({ kind: 'subtree', path: t.path }),
      getMoneyFigures({ kind: 'direct', path: t.path }),
    ])
    expect(kgs(sub.total), `${t.code} total`).toBe(totals.get(t.id))
    expect(kgs(own.total), `${t.code} direct`).toBe(direct.get(t.id))
    // Unknown is never zero: a total is either null or positive.
    if (sub.total) expect(sub.total.kgsMinor > 0n).toBe(true)
  }
  // National: the sum of the distinct amounts = oblasts + projects in several oblasts + unplaced ones.
  const national = await getMoneyFigures({ kind: 'national' })
  const multi = await getMoneyFigures({ kind: 'multiOblast' })
  const [unplaced] = await prisma.$queryRaw<{ kgs: bigint | null }[]>`
    SELECT sum(c."amountKgsMinor")::bigint AS kgs FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
    WHERE ${publicContributionSql('c', 'p')} AND ${lineClassSql('c')} = 'counted' AND p."placeCount" = 0`
  const [distinct] = await prisma.$queryRaw<{ kgs: bigint | null }[]>`
    SELECT sum(c."amountKgsMinor")::bigint AS kgs FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
    WHERE ${publicContributionSql('c', 'p')} AND ${lineClassSql('c')} = 'counted'`
  const oblasts = territories.filter((t) => t.level === 1).reduce((s, t) => s + totals.get(t.id)!, 0n)
  expect(kgs(national.total)).toBe(distinct.kgs ?? 0n)
  expect(kgs(national.total)).toBe(oblasts + kgs(multi.total) + (unplaced.kgs ?? 0n))
  const byRegion = await getTotalsByRegion()
  for (const t of territories.filter((x) => x.level === 1))
    expect(kgs(byRegion.get(t.code) ?? null)).toBe(totals.get(t.id))
}

describe('the public boundary', () => {
  it('the SQL twins select exactly the rows their Prisma filters select', async () => {
    // Edge rows: a published project of a draft partnership, and of a draft programme.
    const ngo = await f.organization()
    const draft = await prisma.partnership.create({
      data: { slug: `edge-${f.tag}`, title: { en: 'Edge' }, ownerOrganizationId: ngo.id, publicationStatus: 'DRAFT' },
    })
    const programme = await prisma.programme.create({
      data: { slug: `edge-prog-${f.tag}`, title: { en: 'Edge programme' }, ownerOrganizationId: ngo.id },
    })
    for (const link of [{ partnershipId: draft.id }, { programmeId: programme.id }])
      await prisma.project.create({
        data: { ...link, title: { en: 'Edge project' }, ownerOrganizationId: ngo.id, publicationStatus: 'PUBLISHED' },
      })
    const viaPrisma = (await prisma.project.findMany({ where: publicProjectWhere, select: { id: true } })).map(
      (r) => r.id,
    )
    const viaSql = (
      await prisma.$queryRaw<{ id: string }[]>`SELECT p.id FROM "Project" p WHERE ${publicProjectSql('p')}`
    ).map((r) => r.id)
    expect(new Set(viaSql)).toEqual(new Set(viaPrisma))
    expect(viaPrisma.length).toBeGreaterThan(50)
    const linesPrisma = (
      await prisma.contribution.findMany({ where: publicContributionWhere, select: { id: true } })
    ).map((r) => r.id)
    const linesSql = (
      await prisma.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId" WHERE ${publicContributionSql('c', 'p')}`
    ).map((r) => r.id)
    expect(new Set(linesSql)).toEqual(new Set(linesPrisma))
  })

  it('what adds up is decided the same way in memory and in SQL, for every line', async () => {
    await generate(7)
    const lines = await prisma.contribution.findMany({
      select: {
        id: true,
        amountMinor: true,
        amountKgsMinor: true,
        basis: true,
        isPledge: true,
        amountWithheld: true,
        nature: true,
      },
    })
    for (const forPublic of [true, false]) {
      const sql = new Map(
        (
          await prisma.$queryRaw<{ id: string; cls: string }[]>`
            SELECT c.id, ${lineClassSql('c', forPublic)} AS cls FROM "Contribution" c`
        ).map((r) => [r.id, r.cls]),
      )
      for (const l of lines) expect(sql.get(l.id), l.id).toBe(lineClass(l, forPublic))
    }
    // The data exercise the rule: lines of every common class are there.
    expect([...new Set(lines.map((l) => lineClass(l, true)))].sort()).toEqual(
      expect.arrayContaining(['counted', 'noAmount', 'pledge', 'rate', 'withheld']),
    )
  })

  it('money counts once at every level of the seeded data (all 532 territories)', async () => {
    await expectMoneyCountedOnce()
  }, 300_000)

  it('and on generated data: projects over random places, across oblasts, withheld, drafts, pledges', async () => {
    await generate(11)
    await generate(12)
    const multi = await prisma.project.count({ where: { placeCount: { gt: 1 }, attributedTerritoryId: null } })
    expect(multi).toBeGreaterThan(0) // the generator did make projects in several oblasts
    await expectMoneyCountedOnce()
  }, 300_000)

  it('Osh oblast: its rayons and cities plus what spans several of them add up to the oblast', async () => {
    const osh = territories.find((t) => t.code === 'KG-O')!
    const [total, direct, ...children] = await Promise.all([
      getMoneyFigures({ kind: 'subtree', path: osh.path }),
      getMoneyFigures({ kind: 'direct', path: osh.path }),
      ...territories
        .filter((t) => t.parentId === osh.id)
        .map((t) => getMoneyFigures({ kind: 'subtree', path: t.path })),
    ])
    expect(kgs(total.total)).toBe(kgs(direct.total) + children.reduce((s, c) => s + kgs(c.total), 0n))
    // A project in several of Osh's rayons is listed on each rayon as shared, outside its total.
    const shared = await Promise.all(
      territories.filter((t) => t.parentId === osh.id).map((t) => listSharedProjects(t.path)),
    )
    expect(shared.flat().length).toBeGreaterThan(0)
  })

  it('keeps a project’s place of attribution current when its places change (the trigger)', async () => {
    const ngo = await f.organization()
    const [a, b] = territories.filter((t) => t.level === 3 && t.path.startsWith('kg-t/talas/'))
    const project = await prisma.project.create({
      data: {
        title: { en: `Moving ${randomUUID()}` },
        ownerOrganizationId: ngo.id,
        territories: { create: [{ territoryId: a.id }] },
      },
    })
    const at = async () =>
      prisma.project.findUniqueOrThrow({
        where: { id: project.id },
        select: { placeCount: true, attributedTerritory: { select: { path: true } } },
      })
    expect(await at()).toEqual({ placeCount: 1, attributedTerritory: { path: a.path } })
    await prisma.projectTerritory.create({ data: { projectId: project.id, territoryId: b.id } })
    expect(await at()).toEqual({ placeCount: 2, attributedTerritory: { path: 'kg-t/talas' } })
    const elsewhere = territories.find((t) => t.level === 2 && t.path.startsWith('kg-c/'))!
    await prisma.projectTerritory.create({ data: { projectId: project.id, territoryId: elsewhere.id } })
    expect(await at()).toEqual({ placeCount: 3, attributedTerritory: null }) // several oblasts: national only
    await prisma.projectTerritory.deleteMany({ where: { projectId: project.id } })
    expect(await at()).toEqual({ placeCount: 0, attributedTerritory: null })
  })

  it('a line entered in som is never an estimated conversion in som, nor one in dollars in dollars', async () => {
    const ngo = await f.organization()
    const place = territories.find((t) => t.level === 3 && t.path.startsWith('kg-y/'))!
    const partnership = await prisma.partnership.create({
      data: { slug: `fx-${f.tag}`, title: { en: 'FX' }, ownerOrganizationId: ngo.id, publicationStatus: 'PUBLISHED' },
    })
    const project = await prisma.project.create({
      data: {
        partnershipId: partnership.id,
        title: { en: 'FX project' },
        ownerOrganizationId: ngo.id,
        publicationStatus: 'PUBLISHED',
        territories: { create: [{ territoryId: place.id }] },
      },
    })
    const before = await getMoneyFigures({ kind: 'direct', path: place.path })
    // Both value dates were derived (estimated): each line's other-currency figure is the estimate.
    for (const [currency, kgs, usd] of [
      ['KGS', 870000n, 10000n],
      ['USD', 870000n, 10000n],
    ] as const)
      await prisma.contribution.create({
        data: {
          projectId: project.id,
          partyForm: 'NAMED',
          partyNameAsReported: `Paid in ${currency}`,
          partyType: 'CSO',
          kind: 'CASH',
          amountMinor: currency === 'KGS' ? kgs : usd,
          currency,
          amountKgsMinor: kgs,
          amountUsdMinor: usd,
          fxEstimated: true,
          ownerOrganizationId: ngo.id,
          publicationStatus: 'PUBLISHED',
        },
      })
    const after = await getMoneyFigures({ kind: 'direct', path: place.path })
    expect(after.counted - before.counted).toBe(2)
    expect(after.estimated.kgs - before.estimated.kgs).toBe(1) // the dollar line, in som
    expect(after.estimated.usd - before.estimated.usd).toBe(1) // the som line, in dollars
  })

  it('a tax is never a cost share: Lady Shirin’s 5 % levy is not among the stated shares', async () => {
    const cs = await getPublicCaseStudy('lady-shirin-kara-buura-widows')
    const tax = cs!.partnership!.projects.flatMap((p) => p.contributions).filter((c) => c.nature === 'TAX')
    expect(tax).toHaveLength(1)
    expect(tax[0]).toMatchObject({ share: { min: 0.05, max: 0.05 }, class: 'noAmount' })
    for (const place of cs!.partnership!.places) {
      const shares = await listStatedShares(place.path)
      expect(
        shares.filter(
          (s) =>
            s.shareMin === 0.05 &&
            s.projectTitle.en === cs!.partnership!.projects.find((p) => p.contributions.includes(tax[0]))!.title.en,
        ),
      ).toEqual([])
    }
  })
})
