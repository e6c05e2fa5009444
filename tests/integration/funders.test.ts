// The funder's view (lib/public/funders.ts): totals by year agree with the funder's lines and grants;
// withheld and draft amounts leave no trace; unknown amounts are counted as unknown; an amount placed in
// several places counts once, in one oblast or in "several oblasts", never in each; a grant recorded in
// a ledger line counts once; a funder that is not public has no page and is named nowhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getFundersOverview, getPublicFunder, isPublicFunder } from '@/lib/public/funders'
import type { FunderFilters } from '@/lib/public/funders'
import type { FundingFigure } from '@/lib/public/funders'
import type { PartyType } from '@/lib/generated/prisma/enums'
import { factories } from '../factories'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)

const som = (n: number) => BigInt(n) * 100n
const kgs = (fig: FundingFigure) => fig.amount?.kgsMinor ?? null
const jan1 = (year: number) => new Date(Date.UTC(year, 0, 1))

let donor: { id: string; slug: string }
let draftDonor: { id: string; slug: string }
let ngo: { id: string }
/** Markers: amounts that must appear nowhere public. */
const WITHHELD_LINE = som(7_777_777)
const WITHHELD_GRANT = som(5_555_555)
const DRAFT_LINE = som(4_444_444)
const DRAFT_PROJECT_LINE = som(9_999_999)
const DRAFT_DONOR_LINE = som(3_131_313)

let partnership: { id: string }

const project = (title: string, start: number, places: string[], status: 'DRAFT' | 'PUBLISHED' = 'PUBLISHED') =>
  prisma.project.create({
    data: {
      partnershipId: partnership.id,
      title: { en: `${title} ${f.tag}` },
      startDate: jan1(start),
      startPrecision: 'YEAR',
      ownerOrganizationId: ngo.id,
      publicationStatus: status,
      territories: { create: places.map((territoryId) => ({ territoryId })) },
    },
  })
type Line = {
  projectId: string
  party?: string | null
  partyType?: PartyType
  kind?: 'CASH' | 'LABOUR'
  minor?: bigint | null
  usd?: bigint
  year?: number
  withheld?: boolean
  status?: 'DRAFT' | 'PUBLISHED'
  grantId?: string
}
const line = (l: Line) =>
  prisma.contribution.create({
    data: {
      projectId: l.projectId,
      partyForm: l.party === null ? 'NAMED' : 'ORGANIZATION',
      partyOrganizationId: l.party === null ? null : (l.party ?? donor.id),
      partyNameAsReported: 'as reported',
      partyType: l.partyType ?? 'DONOR',
      kind: l.kind ?? 'CASH',
      amountMinor: l.minor ?? null,
      currency: l.minor ? 'KGS' : null,
      amountKgsMinor: l.minor ?? null,
      amountUsdMinor: l.minor ? (l.usd ?? l.minor / 80n) : null,
      valueDate: l.minor && l.year ? jan1(l.year) : null,
      valueDatePrecision: l.minor && l.year ? 'YEAR' : null,
      amountWithheld: l.withheld ?? false,
      withheldByOrganizationId: l.withheld ? (l.party ?? donor.id) : null,
      grantId: l.grantId ?? null,
      ownerOrganizationId: ngo.id,
      publicationStatus: l.status ?? 'PUBLISHED',
    },
  })

afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

beforeAll(async () => {
  donor = await f.organization({ kind: 'DONOR', name: `Funder ${f.tag}` })
  draftDonor = await f.organization({ kind: 'DONOR', name: `Draft funder ${f.tag}`, publicationStatus: 'DRAFT' })
  ngo = await f.organization({ name: `Funded NGO ${f.tag}` })
  const unit = async (code: string) => (await prisma.territory.findUniqueOrThrow({ where: { code } })).id
  const [kokOy, aral] = await Promise.all([unit('KG07232820000'), unit('KG07232804000')])
  const naryn = await prisma.territory.findFirstOrThrow({ where: { level: 3, path: { startsWith: 'kg-n/' } } })
  partnership = await prisma.partnership.create({
    data: {
      slug: `funders-${f.tag}`,
      title: { en: `Funded partnership ${f.tag}` },
      themes: ['water', 'health'],
      ownerOrganizationId: ngo.id,
      publicationStatus: 'PUBLISHED',
    },
  })
  // One place in Talas; two oblasts; two aiyl okmots of one rayon of Talas (counts in the rayon); a draft.
  const inTalas = await project('In Talas', 2004, [kokOy])
  const twoOblasts = await project('Two oblasts', 2005, [kokOy, naryn.id])
  const twoAiylOkmots = await project('Two aiyl okmots', 2005, [kokOy, aral])
  const draft = await project('Draft', 2005, [kokOy], 'DRAFT')

  await line({ projectId: inTalas.id, minor: som(1000), year: 2004 })
  await line({ projectId: inTalas.id, minor: null }) // amount not stated
  await line({ projectId: inTalas.id, minor: WITHHELD_LINE, year: 2004, withheld: true })
  await line({ projectId: inTalas.id, minor: DRAFT_LINE, year: 2004, status: 'DRAFT' })
  await line({ projectId: inTalas.id, minor: som(300), partyType: 'LSG', party: null })
  await line({ projectId: inTalas.id, minor: som(200), partyType: 'COMMUNITY', party: null, kind: 'LABOUR' })
  await line({ projectId: inTalas.id, minor: null, partyType: 'COMMUNITY', party: null, kind: 'LABOUR' })
  await line({ projectId: twoOblasts.id, minor: som(2000), year: 2005 })
  // An international organization's line is funding too (UNDP's lines carry its kind's party type).
  await line({ projectId: twoAiylOkmots.id, minor: som(500), year: 2005, partyType: 'INTERNATIONAL' })
  await line({ projectId: draft.id, minor: DRAFT_PROJECT_LINE, year: 2005 })
  await line({ projectId: inTalas.id, party: draftDonor.id, minor: DRAFT_DONOR_LINE, year: 2004 })

  const grant = (g: {
    minor: bigint | null
    year?: number
    withheld?: boolean
    status?: 'DRAFT' | 'PUBLISHED'
    projectId?: string
  }) =>
    prisma.grant.create({
      data: {
        funderId: donor.id,
        recipientId: ngo.id,
        projectId: g.projectId ?? null,
        title: { en: `Grant ${f.tag}` },
        amountMinor: g.minor,
        currency: g.minor === null ? null : 'KGS',
        valueDate: g.year ? jan1(g.year) : null,
        amountWithheld: g.withheld ?? false,
        withheldByOrganizationId: g.withheld ? donor.id : null,
        ownerOrganizationId: ngo.id,
        publicationStatus: g.status ?? 'PUBLISHED',
      },
    })
  // Outside the ledger: placed nowhere (no project), 2006.
  await grant({ minor: som(10_000), year: 2006 })
  await grant({ minor: WITHHELD_GRANT, year: 2006, withheld: true })
  await grant({ minor: som(6_666_666), year: 2006, status: 'DRAFT' })
  await grant({ minor: null, year: 2007 })
  // Recorded in the ledger of the Talas project: counted once, as its line.
  const inLedger = await grant({ minor: som(3000), year: 2004, projectId: inTalas.id })
  await line({ projectId: inTalas.id, minor: som(3000), year: 2004, grantId: inLedger.id })
})

describe('a funder', () => {
  it('has totals by year that agree with its public lines and grants', async () => {
    const funder = await getPublicFunder(donor.slug)
    expect(funder).not.toBeNull()
    const years = Object.fromEntries(funder!.breakdown.byYear.map((y) => [y.year, kgs(y.figure)]))
    // 2004: 1000 + the grant's line 3000 (the grant itself is not added again); the withheld line is not.
    // 2005: 2000 + 500. 2006: the grant outside the ledger. 2007: a grant without an amount: unknown.
    expect(years).toEqual({ 2004: som(4000), 2005: som(2500), 2006: som(10_000), 2007: null })
    expect(kgs(funder!.breakdown.total)).toBe(som(16_500))
    const byYearSum = funder!.breakdown.byYear.reduce((s, y) => s + (kgs(y.figure) ?? 0n), 0n)
    expect(byYearSum + (kgs(funder!.breakdown.yearUnknown) ?? 0n)).toBe(som(16_500))
    expect(funder!.firstYear).toBe(2004)
    expect(funder!.lastYear).toBe(2007)
  })

  it('counts unknown amounts as unknown, and says how many items have an amount', async () => {
    const funder = (await getPublicFunder(donor.slug))!
    const total = funder.breakdown.total
    // Lines: 1000, unknown, withheld, 2000, 500, grant line 3000; grants: 10 000, withheld, unknown.
    expect(total.items).toBe(9)
    expect(total.counted).toBe(5)
    expect(total.classes.noAmount).toBe(2)
    expect(total.classes.withheld).toBe(2)
    expect(funder.breakdown.byYear.find((y) => y.year === 2007)!.figure).toMatchObject({
      amount: null,
      items: 1,
      counted: 0,
    })
  })

  it('counts an amount placed in several places once: in one oblast, or in "several oblasts"', async () => {
    const funder = (await getPublicFunder(donor.slug))!
    const b = funder.breakdown
    const talas = b.byOblast.find((o) => o.code === 'KG-T')
    // Talas: the one-place project (1000 + 3000) and the project of two of its aiyl okmots (500).
    expect(kgs(talas!.figure)).toBe(som(4500))
    expect(b.byOblast.find((o) => o.code === 'KG-N')).toBeUndefined()
    expect(kgs(b.severalOblasts)).toBe(som(2000))
    expect(kgs(b.unplaced)).toBe(som(10_000))
    const oblasts = b.byOblast.reduce((s, o) => s + (kgs(o.figure) ?? 0n), 0n)
    expect(oblasts + (kgs(b.severalOblasts) ?? 0n) + (kgs(b.unplaced) ?? 0n)).toBe(kgs(b.total))
    // Places reached are a list: the project in two oblasts is in both.
    expect(funder.projectsByOblast.map((o) => o.code).sort()).toEqual(['KG-N', 'KG-T'])
  })

  it('leaves no trace of withheld and draft amounts, nor of a funder that is not public', async () => {
    const funder = await getPublicFunder(donor.slug)
    const overview = await getFundersOverview({})
    const dump = JSON.stringify([funder, overview], (_, v) => (typeof v === 'bigint' ? v.toString() : v))
    for (const secret of [WITHHELD_LINE, WITHHELD_GRANT, DRAFT_LINE, DRAFT_PROJECT_LINE, som(6_666_666)])
      expect(dump).not.toContain((secret / 100n).toString())
    // Nor a total that a withheld amount went into.
    expect(dump).not.toContain(((som(16_500) + WITHHELD_LINE) / 100n).toString())
    expect(dump).not.toContain(`Draft funder ${f.tag}`)
    expect(await getPublicFunder(draftDonor.slug)).toBeNull()
    expect(overview.funders.some((x) => x.slug === draftDonor.slug)).toBe(false)
    expect(await isPublicFunder(donor.id)).toBe(true)
    expect(await isPublicFunder(ngo.id)).toBe(false)
  })

  it('sets grants against what local governments and communities put into the same projects', async () => {
    const funder = (await getPublicFunder(donor.slug))!
    expect(kgs(funder.inProjects)).toBe(som(6500))
    const lsg = funder.local.rows.find((r) => r.partyType === 'LSG')
    const community = funder.local.rows.find((r) => r.partyType === 'COMMUNITY')
    expect(lsg).toMatchObject({ lines: 1, counted: 1 })
    expect(lsg!.amount!.kgsMinor).toBe(som(300))
    expect(community).toMatchObject({ lines: 2, counted: 1 })
    expect(funder.local.inKind.amount!.kgsMinor).toBe(som(200))
    expect(funder.local.rows.some((r) => r.partyType === 'DONOR')).toBe(false)
  })
})

describe('who funds what', () => {
  it('adds every funder once: the funders and the others make the total', async () => {
    const overview = await getFundersOverview({})
    const funders = overview.funders.reduce((s, x) => s + (kgs(x.figure) ?? 0n), 0n)
    expect(funders + (kgs(overview.others) ?? 0n)).toBe(kgs(overview.breakdown.total))
    const b = overview.breakdown
    const oblasts = b.byOblast.reduce((s, o) => s + (kgs(o.figure) ?? 0n), 0n)
    expect(oblasts + (kgs(b.severalOblasts) ?? 0n) + (kgs(b.unplaced) ?? 0n)).toBe(kgs(b.total))
    const years = b.byYear.reduce((s, y) => s + (kgs(y.figure) ?? 0n), 0n)
    expect(years + (kgs(b.yearUnknown) ?? 0n)).toBe(kgs(b.total))
    // The draft funder's public line is among the others, unnamed.
    expect(overview.others.counted).toBeGreaterThanOrEqual(1)
    const mine = overview.funders.find((x) => x.slug === donor.slug)
    expect(kgs(mine!.figure)).toBe(som(16_500))
  })

  it('filters by year range, oblast and theme', async () => {
    const mine = async (filters: Parameters<typeof getFundersOverview>[0]) =>
      (await getFundersOverview(filters)).funders.find((x) => x.slug === donor.slug)
    expect(kgs((await mine({ from: 2005, to: 2005 }))!.figure)).toBe(som(2500))
    expect(kgs((await mine({ oblast: 'KG-T' }))!.figure)).toBe(som(4500))
    expect(await mine({ oblast: 'KG-N' })).toBeUndefined()
    expect(kgs((await mine({ theme: 'water' }))!.figure)).toBe(som(6500))
    expect(await mine({ theme: 'sport' })).toBeUndefined()
    expect((await getFundersOverview({ from: 2005 })).yearUnknownExcluded).toBeGreaterThanOrEqual(0)
  })
})

describe('a funder within filters', () => {
  // A second funder, so the first's figures stay as they are: a project in one aiyl okmot of a Talas
  // rayon (counts in that rayon) and one across two rayons of Talas (counts in the oblast, in no rayon).
  const WITHHELD_2 = som(8_282_828)
  let funder: { id: string; slug: string }
  let rayon: { id: string; code: string; name: unknown }
  let otherRayon: { code: string }
  let inRayonPlace: string
  let otherPlace: string

  beforeAll(async () => {
    funder = await f.organization({ kind: 'DONOR', name: `Filtered funder ${f.tag}` })
    const kokOy = await prisma.territory.findUniqueOrThrow({
      where: { code: 'KG07232820000' },
      include: { parent: true },
    })
    rayon = kokOy.parent!
    const other = await prisma.territory.findFirstOrThrow({
      where: { level: 3, path: { startsWith: `${kokOy.path.split('/')[0]}/` }, NOT: { parentId: rayon.id } },
      include: { parent: true },
    })
    otherRayon = other.parent!
    inRayonPlace = kokOy.code
    otherPlace = other.code
    const inRayon = await project('In one rayon', 2004, [kokOy.id])
    const twoRayons = await project('Two rayons', 2008, [kokOy.id, other.id])
    await line({ projectId: inRayon.id, party: funder.id, minor: som(1000), year: 2004 })
    await line({ projectId: inRayon.id, party: funder.id, minor: null }) // amount not stated: 2004, its project's
    // Withheld, with a value date in 2009: its year is its project's (2004), so 2009 shows nothing.
    await line({ projectId: inRayon.id, party: funder.id, minor: WITHHELD_2, year: 2009, withheld: true })
    await line({ projectId: inRayon.id, minor: som(250), partyType: 'LSG', party: null })
    await line({ projectId: twoRayons.id, party: funder.id, minor: som(700), year: 2008 })
    await line({ projectId: twoRayons.id, minor: som(90), partyType: 'LSG', party: null })
    // A grant outside any project with no date: its year is not known.
    await prisma.grant.create({
      data: {
        funderId: funder.id,
        recipientId: ngo.id,
        title: { en: `Undated grant ${f.tag}` },
        amountMinor: som(400),
        currency: 'KGS',
        ownerOrganizationId: ngo.id,
        publicationStatus: 'PUBLISHED',
      },
    })
  })

  const load = async (filters: FunderFilters) => (await getPublicFunder(funder.slug, filters))!

  it('counts each amount once by place: a rayon holds only what counts in it, the oblast both', async () => {
    const all = await load({})
    const talas = await load({ oblast: 'KG-T' })
    const inRayon = await load({ oblast: 'KG-T', rayon: rayon.code })
    const inOther = await load({ oblast: 'KG-T', rayon: otherRayon.code })
    expect(kgs(talas.breakdown.total)).toBe(som(1700))
    expect(kgs(talas.breakdown.byOblast[0].figure)).toBe(som(1700))
    expect(kgs(inRayon.breakdown.total)).toBe(som(1000))
    // The project across two rayons counts in neither: the rayons never add up to more than the oblast.
    expect(inOther.breakdown.total).toMatchObject({ amount: null, items: 0 })
    expect(kgs(inRayon.breakdown.total)! + (kgs(inOther.breakdown.total) ?? 0n)).toBeLessThanOrEqual(som(1700))
    // The oblast, plus what has no place, makes the whole: nothing counted twice.
    expect(kgs(talas.breakdown.total)! + (kgs(all.breakdown.unplaced) ?? 0n)).toBe(kgs(all.breakdown.total))
    expect(inRayon.breakdown.byYear.map((y) => y.year)).toEqual([2004])
    // Places, projects and the local share follow the filter.
    expect(inRayon.places.map((p) => p.code)).toEqual([inRayonPlace])
    // Each with its parent's name, which tells apart places that share a name (components/funders/place-names.ts).
    expect(inRayon.places[0].parent).toEqual({ name: rayon.name })
    expect(talas.places.map((p) => p.code).sort()).toEqual([inRayonPlace, otherPlace].sort())
    expect(inRayon.projects).toHaveLength(1)
    expect(inRayon.local.total!.kgsMinor).toBe(som(250))
    expect(talas.local.total!.kgsMinor).toBe(som(340))
    const overview = await getFundersOverview({ oblast: 'KG-T', rayon: rayon.code })
    expect(kgs(overview.funders.find((x) => x.slug === funder.slug)!.figure)).toBe(som(1000))
  })

  it('counts unknown amounts as unknown within the filters, and says what a year range leaves out', async () => {
    const y2004 = await load({ from: 2004, to: 2004 })
    // 1000, the line without an amount and the withheld line: one of three has an amount.
    expect(y2004.breakdown.total).toMatchObject({ items: 3, counted: 1 })
    expect(y2004.breakdown.total.classes).toMatchObject({ noAmount: 1, withheld: 1, counted: 1 })
    expect(kgs(y2004.breakdown.total)).toBe(som(1000))
    // The undated grant is left out by the year range, and the page is told so.
    expect(y2004.yearUnknownExcluded).toBe(1)
    expect((await load({})).breakdown.yearUnknown).toMatchObject({ items: 1, counted: 0, amount: null })
    expect((await load({ theme: 'sport' })).breakdown.total).toMatchObject({ items: 0, amount: null })
  })

  it('leaves no trace of a withheld amount in any filter: not the amount, not its year, not a sum', async () => {
    const y2009 = await load({ from: 2009, to: 2009 })
    expect(y2009.breakdown.total.items).toBe(0)
    const views = await Promise.all(
      [
        {},
        { from: 2004, to: 2004 },
        { oblast: 'KG-T' },
        { oblast: 'KG-T', rayon: rayon.code },
        { theme: 'water' as const },
      ].map(load),
    )
    const dump = JSON.stringify(views, (_, v) => (typeof v === 'bigint' ? v.toString() : v))
    expect(dump).not.toContain((WITHHELD_2 / 100n).toString())
    for (const total of [1000, 1700, 2100]) expect(dump).not.toContain(((som(total) + WITHHELD_2) / 100n).toString())
    expect(views.flatMap((v) => v.breakdown.byYear.map((y) => y.year))).not.toContain(2009)
  })
})
