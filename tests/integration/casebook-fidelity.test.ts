// Every contribution, outcome and agreement of the casebook has a database row that says the same:
// party, kind, amount, currency, share, quantity, dates and their precision.
import { afterAll, describe, expect, it } from 'vitest'
import { loadCasebookData } from '@/prisma/seed/load'
import { parseUnit } from '@/prisma/seed/plan/outcomes'
import { connect } from '../setup/db'

const prisma = connect()
afterAll(() => prisma.$disconnect())
const { cases, contributionNotes } = loadCasebookData()

const kinds: Record<string, string[]> = {
  cash: ['CASH'],
  in_kind: ['IN_KIND_UNSPECIFIED'],
  labor: ['LABOUR'],
  premises: ['PREMISES'],
  equipment: ['EQUIPMENT'],
  expertise: ['EXPERTISE'],
  other: ['OTHER', 'LAND'],
}
const partyTypes: Record<string, string[]> = {
  lsg: ['LSG'],
  state: ['STATE'],
  cso: ['CSO'],
  donor: ['DONOR', 'INTERNATIONAL'],
  business: ['BUSINESS'],
  community: ['COMMUNITY'],
  other: ['OTHER', 'INTERNATIONAL'],
}
const agreementKinds: Record<string, string> = {
  memorandum_of_understanding: 'MEMORANDUM_OF_UNDERSTANDING',
  memorandum_of_cooperation: 'MEMORANDUM_OF_COOPERATION',
  memorandum_of_agreement: 'MEMORANDUM_OF_AGREEMENT',
  partnership_agreement: 'PARTNERSHIP_AGREEMENT',
  teaming_agreement: 'TEAMING_AGREEMENT',
  other: 'OTHER',
}
const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()))
/** A bracket that opens with a qualifier about the value itself (not "around $2,000", a dollar equivalent). */
const qualifierLeftInUnit = /\((more than|over|at least|around|about|approximately|almost)(?=[\s,)])(?!\s*\$)/i

describe('the casebook in the database', () => {
  it('has every contribution as recorded', async () => {
    const rows = await prisma.contribution.findMany({
      where: { externalKey: { startsWith: 'casebook:' } },
      include: { project: { select: { externalKey: true } } },
    })
    const byKey = new Map(rows.map((r) => [r.externalKey, r]))
    let checked = 0
    for (const c of cases)
      c.projects.forEach((p, pi) =>
        p.contributions.forEach((x, xi) => {
          const where = `${c.id} p${pi} c${xi}`
          const row = byKey.get(`casebook:${c.id}/p${pi}/c${xi}`)
          expect(row, where).toBeDefined()
          if (!row) return
          expect(row.project.externalKey, where).toBe(`casebook:${c.id}/p${pi}`)
          expect(row.partyNameAsReported, where).toBe(x.party)
          expect(partyTypes[x.partyType], where).toContain(row.partyType)
          expect(kinds[x.kind], where).toContain(row.kind)
          // amount: exact minor units, same currency
          expect(row.amountMinor === null ? null : Number(row.amountMinor) / 100, where).toBe(x.amount)
          expect(row.currency, where).toBe(x.currency)
          // share: a range stays a range; a point share has min = max
          expect([num(row.shareMin), num(row.shareMax)], where).toEqual(x.shareRange ?? [x.share, x.share])
          expect(row.quantityAsReported, where).toBe(x.quantity ?? null)
          expect(row.sourcePage, where).toBe(x.page)
          expect(row.note === null ? '' : (row.note as { en: string }).en, where).toBe(x.note)
          // value date: year precision, estimated unless the annotation states the year
          const note = contributionNotes.find(
            (n) => n.case_id === c.id && n.project_index === pi && n.item_index === xi,
          )!
          expect(row.basis, where).toBe(note.basis === 'rate' ? 'RATE' : 'LUMP_SUM')
          expect(row.nature, where).toBe(note.nature.toUpperCase())
          // a share the casebook states for a tax or levy is never a share of the cost
          if (x.share !== null && /\b(tax|levy|fee)\b/i.test(x.note)) expect(row.nature, where).not.toBe('COST_SHARE')
          expect(row.isPledge, where).toBe(note.pledge)
          if (x.amount === null) expect(row.valueDate, where).toBeNull()
          else {
            expect(row.valueDatePrecision, where).toBe('YEAR')
            if (note.value_year) expect(row.valueDate!.getUTCFullYear(), where).toBe(note.value_year)
            expect(row.valueDateEstimated, where).toBe(note.value_year === null)
            // every amount converted and stored with its rate; a euro amount through the dollar, an estimate
            expect(row.amountKgsMinor, where).not.toBeNull()
            expect(row.amountUsdMinor, where).not.toBeNull()
            expect(row.fxRateSource, where).toBeTruthy()
            if (x.currency === 'EUR') expect(row.fxEstimated, where).toBe(true)
          }
          checked++
        }),
      )
    expect(checked).toBe(rows.length)
  })

  it("records Lady Shirin's 5 % tax as a tax, not a cost share", async () => {
    const row = await prisma.contribution.findUniqueOrThrow({
      where: { externalKey: 'casebook:lady-shirin-kara-buura-widows/p3/c1' },
    })
    expect(row).toMatchObject({ nature: 'TAX', partyNameAsReported: 'Population', amountMinor: null })
    expect(num(row.shareMin)).toBe(0.05) // the tax rate as stated, never read as a share of the cost
    const stated = await prisma.contribution.findMany({
      where: { externalKey: { startsWith: 'casebook:' }, shareMin: { not: null }, nature: 'COST_SHARE' },
      select: { externalKey: true },
    })
    expect(stated.map((c) => c.externalKey)).not.toContain('casebook:lady-shirin-kara-buura-widows/p3/c1')
    expect(stated.length).toBe(
      cases.flatMap((c) => c.projects.flatMap((p) => p.contributions)).filter((x) => x.share !== null).length - 1,
    )
  })

  it("converts the OSCE's €7,506 through the dollar, marked estimated, naming both rates", async () => {
    const row = await prisma.contribution.findUniqueOrThrow({
      where: { externalKey: 'casebook:interbilim-osh-anti-corruption/p3/c0' },
    })
    expect(row).toMatchObject({ amountMinor: 750600n, currency: 'EUR', valueDateEstimated: true, fxEstimated: true })
    // value year 2006 (the project's last): 1.2556 USD per EUR (ECB) × 38.5 som per USD (the handbook)
    expect(row.amountUsdMinor).toBe(942453n)
    expect(row.amountKgsMinor).toBe(36284454n)
    expect(num(row.fxRateToKgs)).toBe(48.3406)
    expect(num(row.fxUsdRateToKgs)).toBe(38.5)
    expect(row.fxRateSource).toMatch(
      /^cross rate through the dollar: EUR→USD ECB .*2006\); USD→KGS Counterpart .*2006\)$/,
    )
  })

  it('has every outcome with its value, unit and kind', async () => {
    const rows = await prisma.outcome.findMany({ where: { externalKey: { startsWith: 'casebook:' } } })
    const byKey = new Map(rows.map((r) => [r.externalKey, r]))
    let checked = 0
    for (const c of cases)
      c.projects.forEach((p, pi) =>
        p.outcomes.forEach((o, oi) => {
          const where = `${c.id} p${pi} o${oi}`
          const row = byKey.get(`casebook:${c.id}/p${pi}/o${oi}`)!
          expect(row, where).toBeDefined()
          expect((row.indicator as { en: string }).en, where).toBe(o.indicator)
          expect(num(row.value), where).toBe(o.value)
          const { unit, qualifier } = parseUnit(o.unit)
          expect({ unit: (row.unit as { en: string }).en, qualifier: row.qualifier }, where).toEqual({
            unit,
            qualifier,
          })
          // a qualifier the casebook states never stays behind in the unit text
          expect((row.unit as { en: string }).en, where).not.toMatch(qualifierLeftInUnit)
          expect(row.sourcePage, where).toBe(o.page)
          // figures the casebook marks as baseline or context are never results
          if (/\b(baseline|context)\b/i.test(`${o.indicator} ${o.note}`)) expect(row.kind, where).not.toBe('ACTUAL')
          checked++
        }),
      )
    expect(checked).toBe(rows.length)
  })

  it('keeps "more than" and "at least" on the outcomes that state them', async () => {
    const outcome = (key: string) =>
      prisma.outcome.findUniqueOrThrow({ where: { externalKey: `casebook:${key}` } }).then((o) => ({
        value: num(o.value),
        qualifier: o.qualifier,
        unit: (o.unit as { en: string }).en,
        note: (o.note as { en: string } | null)?.en,
      }))
    // Hava: "more than 3 tons of milk" in each of 2005 and 2006
    expect(await outcome('hava-kok-oy-bathhouse/p2/o2')).toMatchObject({
      value: 3,
      qualifier: 'MORE_THAN',
      unit: 'tons per year',
    })
    // Altius: "at least 150-200 children" a day: at least 150, the range kept in the note
    const altius = await outcome('altius-jalal-abad-computer-games/p0/o1')
    expect(altius).toMatchObject({ value: 150, qualifier: 'AT_LEAST', unit: 'children' })
    expect(altius.note).toContain('150-200')
  })

  it('has every agreement with its kind, parties and dated precision', async () => {
    const rows = await prisma.agreement.findMany({
      where: { externalKey: { startsWith: 'casebook:' } },
      include: { parties: { orderBy: { position: 'asc' } } },
    })
    const byKey = new Map(rows.map((r) => [r.externalKey, r]))
    let checked = 0
    for (const c of cases)
      c.agreements.forEach((a, ai) => {
        const where = `${c.id} a${ai}`
        const row = byKey.get(`casebook:${c.id}/a${ai}`)!
        expect(row, where).toBeDefined()
        expect(row.kind, where).toBe(agreementKinds[a.kind])
        expect((row.subject as { en: string }).en, where).toBe(a.subject)
        // the parties as the handbook reports them, in its order, each once (a group is not expanded)
        expect(
          row.parties.map((p) => p.nameAsReported),
          where,
        ).toEqual(a.parties)
        const linked = row.parties.flatMap((p) => (p.organizationId ? [p.organizationId] : []))
        expect(new Set(linked).size, `${where}: an organization linked twice`).toBe(linked.length)
        if (a.date === null) expect(row.signedDate, where).toBeNull()
        else {
          const [y, m, d] = a.date.split('-').map(Number)
          expect(row.signedPrecision, where).toBe(d ? 'DAY' : m ? 'MONTH' : 'YEAR')
          expect(row.signedDate, where).toEqual(new Date(Date.UTC(y, m ? m - 1 : 0, d ?? 1)))
        }
        expect(row.sourcePage, where).toBe(a.page)
        checked++
      })
    expect(checked).toBe(rows.length)
  })

  it('keeps a party the handbook reports as one (a group of partners) as one party', async () => {
    const parties = async (caseId: string) => {
      const row = await prisma.agreement.findUniqueOrThrow({
        where: { externalKey: `casebook:${caseId}/a0` },
        include: { parties: { orderBy: { position: 'asc' }, include: { organization: { select: { slug: true } } } } },
      })
      return row.parties.map((p) => [p.nameAsReported, p.organization?.slug ?? null, p.partyType])
    }
    expect(await parties('rce-balykchy-elderly')).toEqual([
      ['Small community councils', null, 'COMMUNITY'],
      ['Project partners incl. Balykchy City Administration and RCE', null, null],
    ])
    expect(await parties('mehr-shafkat-aravan-village-committees')).toEqual([
      ['SHG Federations', null, 'COMMUNITY'],
      ['Ayil okmots (LSG)', null, 'LSG'],
      ['Family Medicine Center', 'aravan-family-medicine-center', 'STATE'],
      ['Rayon Electric Power Station', 'aravan-rayon-power-station', 'STATE'],
      ['Family doctors group', null, null],
      ['Water committee', null, 'COMMUNITY'],
    ])
    expect(await parties('araket-sai-irrigation')).toEqual([
      ['Araket Initiative Group', 'araket', 'CSO'],
      ['Ilaytalaa Ayil Okmot and partners', null, 'LSG'],
    ])
  })

  it('dates the four agreements the handbook dates to the day', async () => {
    const signed = async (caseId: string, index: number) => {
      const row = await prisma.agreement.findUniqueOrThrow({
        where: { externalKey: `casebook:${caseId}/a${index}` },
        select: { signedDate: true, signedPrecision: true },
      })
      return [row.signedDate?.toISOString().slice(0, 10), row.signedPrecision]
    }
    expect(await signed('hava-kok-oy-bathhouse', 0)).toEqual(['2003-07-02', 'DAY'])
    expect(await signed('aikol-talas-oblast', 0)).toEqual(['2003-01-26', 'DAY'])
    expect(await signed('fti-batken-voruh-shurab-canal', 1)).toEqual(['2001-12-09', 'DAY'])
    expect(await signed('fti-batken-voruh-shurab-canal', 2)).toEqual(['2002-10-08', 'DAY'])
  })

  it('links each case study to its partnership, CSO, sections and page range', async () => {
    const rows = await prisma.caseStudy.findMany({
      include: { sections: true, organization: true, sourceDocument: true },
    })
    expect(rows).toHaveLength(cases.length)
    for (const c of cases) {
      const row = rows.find((r) => r.slug === c.id)!
      expect(row.organization?.kind, c.id).toMatch(/PUBLIC_|INSTITUTION|INITIATIVE_GROUP|CSO_OTHER/)
      expect([row.sourcePageFirst, row.sourcePageLast], c.id).toEqual(c.source.pages)
      expect(row.sourceDocument?.citation).toBe('Counterpart handbook, 2006')
      expect(
        row.sections.filter((s) => s.kind === 'LESSON'),
        c.id,
      ).toHaveLength(c.narrative.lessons.length)
    }
  })
})
