import { describe, expect, it } from 'vitest'
import { loadCasebookData, loadReferenceData, SeedDataError, type SeedData } from '@/prisma/seed/load'
import { buildPlan } from '@/prisma/seed/plan'
import { parseUnit } from '@/prisma/seed/plan/outcomes'
import { contributionKindOf } from '@/prisma/seed/plan/projects'
import { territoryId } from '@/prisma/seed/plan/rows'

const reference = loadReferenceData()
const casebook = loadCasebookData()
const data: SeedData = { ...reference, casebook }
const plan = buildPlan(data)
const cb = plan.casebook!

function territoriesOfCase(caseId: string) {
  const partnership = cb.partnerships.find((p) => p.slug === caseId)!
  return cb.partnershipTerritories.filter((t) => t.partnershipId === partnership.id).map((t) => t.territoryId)
}

describe('seed plan: reference data', () => {
  it('has every administrative unit with a path and a parent of the level above', () => {
    expect(plan.territories).toHaveLength(532)
    expect(plan.territories.filter((t) => t.level === 1)).toHaveLength(9)
    expect(plan.territories.filter((t) => t.level === 2)).toHaveLength(53)
    expect(plan.territories.filter((t) => t.level === 3)).toHaveLength(470)
    const katran = plan.territories.find((t) => t.code === 'KG05236818000')!
    expect(katran.path).toBe('kg-b/leilek/katran')
    expect(katran.parentId).toBe(territoryId('KG05236000000'))
  })

  it('uses parent_code, not the code prefix (Kok-Jangak belongs to Jalal-Abad oblast)', () => {
    const kokJangak = plan.territories.find((t) => t.code === 'KG03220400010')!
    expect(kokJangak.parentId).toBe(territoryId('KG-J'))
  })

  it('seeds one local self-government body per aiyl okmot, town and city', () => {
    const governed = plan.territories.filter((t) =>
      ['AIYL_OKMOT', 'TOWN', 'OBLAST_CITY', 'REPUBLICAN_CITY'].includes(t.kind as string),
    )
    expect(plan.lsgBodies).toHaveLength(governed.length)
    expect(new Set(plan.lsgBodies.map((b) => b.governsTerritoryId)).size).toBe(governed.length)
  })

  it('keeps a boundary for every oblast and rayon shape', () => {
    expect(plan.boundaries).toHaveLength(62)
  })
})

describe('seed plan: the casebook', () => {
  it('maps all 25 cases with their projects, contributions, outcomes and agreements', () => {
    const count = (f: (c: (typeof casebook.cases)[number]) => number) => casebook.cases.reduce((n, c) => n + f(c), 0)
    expect(cb.partnerships).toHaveLength(25)
    expect(cb.caseStudies).toHaveLength(25)
    expect(cb.projects).toHaveLength(count((c) => c.projects.length))
    expect(cb.contributions).toHaveLength(count((c) => c.projects.reduce((n, p) => n + p.contributions.length, 0)))
    expect(cb.outcomes).toHaveLength(count((c) => c.projects.reduce((n, p) => n + p.outcomes.length, 0)))
    expect(cb.agreements).toHaveLength(count((c) => c.agreements.length))
  })

  it("resolves Insan-Leilek's and Hava's villages to their aiyl okmots", () => {
    const insan = territoriesOfCase('insan-leilek-budget-partnership')
    for (const code of ['KG05236818000', 'KG05236808000', 'KG05236842000']) expect(insan).toContain(territoryId(code))
    const kokOy = plan.territories.find(
      (t) => t.parentId === territoryId('KG07232000000') && (t.name as { en: string }).en === 'Kok-Oy',
    )!
    expect(territoriesOfCase('hava-kok-oy-bathhouse')).toContain(kokOy.id)
  })

  it('resolves no case place only to oblast level', () => {
    expect(cb.report.fallbacks.filter((f) => f.includes('oblast fallback'))).toEqual([])
  })

  it('keeps each agreement party as reported, a group as one party without an organization', () => {
    const balykchy = cb.agreements.find((a) => a.externalKey === 'casebook:rce-balykchy-elderly/a0')!
    const parties = cb.agreementParties.filter((p) => p.agreementId === balykchy.id)
    expect(parties.map((p) => [p.nameAsReported, p.organizationId, p.position])).toEqual([
      ['Small community councils', null, 0],
      ['Project partners incl. Balykchy City Administration and RCE', null, 1],
    ])
  })

  it("marks Lady Shirin's 5 % tax as a tax; every other line is a cost share", () => {
    const notCostShares = cb.contributions.filter((c) => c.nature !== 'COST_SHARE')
    expect(notCostShares.map((c) => [c.externalKey, c.nature])).toEqual([
      ['casebook:lady-shirin-kara-buura-widows/p3/c1', 'TAX'],
    ])
  })

  it('keeps rates and pledges flagged so that totals can leave them out', () => {
    const bayastan = cb.contributions.find(
      (c) => (c.externalKey as string).startsWith('casebook:bayastan') && c.basis === 'RATE',
    )
    expect(bayastan).toMatchObject({ amountMinor: 1000n, currency: 'KGS', rateUnit: 'child', ratePeriod: 'MONTH' })
    expect(cb.contributions.filter((c) => c.isPledge).length).toBeGreaterThan(0)
  })

  it('records the Manas 1000 city council deputies’ 6,000 som', () => {
    const row = cb.contributions.find((c) => c.partyNameAsReported === 'Deputies of the Talas City Council')!
    expect(row).toMatchObject({
      amountMinor: 600000n,
      currency: 'KGS',
      partyType: 'LSG',
      kind: 'CASH',
      partyForm: 'ORGANIZATION',
    })
  })
})

describe('seed plan: bad input', () => {
  it('lists every party name without an alias row, and writes nothing', () => {
    const aliases = casebook.aliases.filter(
      (a) => !(a.case_id === 'manas-1000-talas-city' && a.name_as_written === 'Jolchu JSC'),
    )
    const broken: SeedData = { ...data, casebook: { ...casebook, aliases } }
    expect(() => buildPlan(broken)).toThrow(SeedDataError)
    expect(() => buildPlan(broken)).toThrow('party-aliases.csv has no row for "Jolchu JSC" in manas-1000-talas-city')
  })

  it('refuses a place that is not a territory code', () => {
    const places = casebook.places.map((p, i) => (i === 0 ? { ...p, territory_code: 'KG99999999999' } : p))
    expect(() => buildPlan({ ...data, casebook: { ...casebook, places } })).toThrow(
      'unknown territory code KG99999999999',
    )
  })

  it('refuses an agreement that would link one organization as two parties', () => {
    const aliases = casebook.aliases.map((a) =>
      a.case_id === 'manas-1000-talas-city' && a.name_as_written === 'Governor of Talas Oblast'
        ? { ...a, target: 'org:talas-oblast-state-administration' }
        : a,
    )
    expect(() => buildPlan({ ...data, casebook: { ...casebook, aliases } })).toThrow(
      'manas-1000-talas-city agreement 1: "Talas Oblast State Administration" is a second party for the same organization',
    )
  })

  it('refuses an alias target that names no organization', () => {
    const aliases = casebook.aliases.map((a, i) => (i === 0 ? { ...a, target: 'org:nobody-by-that-name' } : a))
    expect(() => buildPlan({ ...data, casebook: { ...casebook, aliases } })).toThrow(
      'no organization with key "nobody-by-that-name"',
    )
  })
})

describe('mapping helpers', () => {
  it('splits qualifiers off units and leaves other brackets alone', () => {
    const exact = (unit: string) => ({ unit, qualifier: 'EXACT', restatedFrom: null })
    expect(parseUnit('hectares (more than)')).toEqual({ unit: 'hectares', qualifier: 'MORE_THAN', restatedFrom: null })
    expect(parseUnit('women (around)')).toEqual({ unit: 'women', qualifier: 'ABOUT', restatedFrom: null })
    expect(parseUnit('KGS (around $2,000)')).toEqual(exact('KGS (around $2,000)'))
    expect(parseUnit('people (10-12)')).toEqual(exact('people (10-12)'))
    expect(parseUnit('times (doubled)')).toEqual(exact('times (doubled)'))
    expect(parseUnit('people')).toEqual(exact('people'))
  })

  it('keeps a qualifier followed by more of the unit or by the figure restated as a range', () => {
    expect(parseUnit('tons (more than, per year)')).toEqual({
      unit: 'tons per year',
      qualifier: 'MORE_THAN',
      restatedFrom: null,
    })
    expect(parseUnit('children (at least 150-200)')).toEqual({
      unit: 'children',
      qualifier: 'AT_LEAST',
      restatedFrom: 150,
    })
    expect(parseUnit('KGS (over 10,000)')).toMatchObject({ unit: 'KGS', qualifier: 'MORE_THAN', restatedFrom: 10000 })
  })

  it('refuses a unit that restates another figure than the value', () => {
    const cases = casebook.cases.map((c) =>
      c.id !== 'altius-jalal-abad-computer-games'
        ? c
        : {
            ...c,
            projects: c.projects.map((p, pi) =>
              pi !== 0 ? p : { ...p, outcomes: p.outcomes.map((o, oi) => (oi === 1 ? { ...o, value: 200 } : o)) },
            ),
          },
    )
    expect(() => buildPlan({ ...data, casebook: { ...casebook, cases } })).toThrow(
      'the unit "children (at least 150-200)" restates 150, the value is 200',
    )
  })

  it('treats land given in hectares as land', () => {
    expect(contributionKindOf('other', 'ha')).toBe('LAND')
    expect(contributionKindOf('other', null, '2 ha, later 8 ha')).toBe('LAND')
    expect(contributionKindOf('other', null, undefined)).toBe('OTHER')
    expect(contributionKindOf('labor', null)).toBe('LABOUR')
  })
})
