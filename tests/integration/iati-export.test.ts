// The IATI export (GET /api/v1/iati) on the seeded registry with planted records: the whole export and
// filtered ones validate against the official 2.03 schema; a withheld amount leaves no trace, an
// unknown amount no <value>, a draft project no activity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NextRequest } from 'next/server'
import { GET } from '@/app/api/v1/iati/route'
import { readIatiConfig } from '@/lib/env'
import { publicProjectWhere } from '@/lib/public/where'
import { factories } from '../factories'
import { connect } from '../setup/db'
import { validateIatiActivities } from '../setup/iati-xsd'

const prisma = connect()
const f = factories(prisma)
const prefix = readIatiConfig().IATI_IDENTIFIER_PREFIX

// Figures only the database knows: none may appear in any export, in any form.
const WITHHELD_LINE = 987654321n // 9,876,543.21 som
const WITHHELD_LINE_USD = 11223344n
const WITHHELD_GRANT = 424242400n
const NOTE_MARKER = 'WITHHELD-NOTE-QX7'
const DRAFT_MARKER = 'DRAFT-PROJECT-QX7'
const secrets = [
  '9876543',
  '98765432',
  '987654321',
  '112233',
  '4242424',
  '424242400',
  NOTE_MARKER,
  DRAFT_MARKER,
  'DRAFT-PARTNERSHIP-QX7',
]

let ids: { visible: string; draft: string; ofDraftPartnership: string; ngoSlug: string; oblast: string }

const get = (query = '') => GET(new NextRequest(`http://test/api/v1/iati${query}`))
const activities = (xml: string) => xml.match(/<iati-activity[ >]/g)?.length ?? 0
/** The one activity of a project, as text. */
const activityOf = (xml: string, id: string) => {
  const start = xml.indexOf(`<iati-identifier>${prefix}${id}</iati-identifier>`)
  if (start < 0) return null
  return xml.slice(xml.lastIndexOf('<iati-activity', start), xml.indexOf('</iati-activity>', start))
}

beforeAll(async () => {
  const ngo = await f.organization({ name: 'IATI test NGO' })
  const funder = await f.organization({ kind: 'DONOR', name: 'IATI test donor' })
  const kokOy = await prisma.territory.findFirstOrThrow({
    where: { parent: { code: 'KG07232000000' }, slug: 'kok-oy' },
    include: { parent: { include: { parent: true } } },
  })
  const lsg = await f.lsgBody(kokOy.code)
  const owner = { ownerOrganizationId: ngo.id }
  const partnership = await prisma.partnership.create({
    data: {
      ...owner,
      slug: `test-${f.tag}-iati`,
      title: { en: 'IATI planted partnership', ru: 'Партнёрство для IATI' },
      themes: ['water', 'civic-participation'],
      status: 'ACTIVE',
      publicationStatus: 'PUBLISHED',
      parties: {
        create: [
          { organizationId: ngo.id, nameAsReported: 'IATI test NGO', partyType: 'CSO', isLead: true },
          { organizationId: lsg.id, nameAsReported: 'Kok-Oy aiyl okmotu', partyType: 'LSG' },
        ],
      },
    },
  })
  const project = (title: string, status: 'DRAFT' | 'PUBLISHED', partnershipId = partnership.id) =>
    prisma.project.create({
      data: {
        ...owner,
        partnershipId,
        title: { en: title },
        startDate: new Date('2021-03-01'),
        startPrecision: 'MONTH',
        endDate: new Date('2022-01-01'),
        endPrecision: 'YEAR',
        publicationStatus: status,
        territories: { create: [{ territoryId: kokOy.id }] },
      },
    })
  const visible = await project('IATI planted project <with "markup"> & more', 'PUBLISHED')
  const draft = await project(DRAFT_MARKER, 'DRAFT')
  const draftPartnership = await prisma.partnership.create({
    data: { ...owner, slug: `test-${f.tag}-iati-draft`, title: { en: 'DRAFT-PARTNERSHIP-QX7' } },
  })
  const ofDraftPartnership = await project(`${DRAFT_MARKER} of a draft partnership`, 'PUBLISHED', draftPartnership.id)

  const line = {
    ...owner,
    projectId: visible.id,
    partyForm: 'ORGANIZATION' as const,
    publicationStatus: 'PUBLISHED' as const,
  }
  await prisma.contribution.createMany({
    data: [
      // Withheld cash, with its conversions and a note that quotes it.
      {
        ...line,
        partyOrganizationId: lsg.id,
        partyNameAsReported: 'Kok-Oy aiyl okmotu',
        partyType: 'LSG',
        kind: 'CASH',
        amountMinor: WITHHELD_LINE,
        currency: 'KGS',
        amountKgsMinor: WITHHELD_LINE,
        amountUsdMinor: WITHHELD_LINE_USD,
        valueDate: new Date('2021-05-04'),
        valueDatePrecision: 'DAY',
        amountWithheld: true,
        note: { en: `${NOTE_MARKER}: 9 876 543.21 som` },
      },
      // Cash nobody put a figure on.
      { ...line, partyOrganizationId: ngo.id, partyNameAsReported: 'IATI test NGO', partyType: 'CSO', kind: 'CASH' },
      // Cash with an amount: the one cost-share transaction.
      {
        ...line,
        partyOrganizationId: funder.id,
        partyNameAsReported: 'IATI test donor',
        partyType: 'DONOR',
        kind: 'CASH',
        amountMinor: 250000n,
        currency: 'USD',
        amountKgsMinor: 21750000n,
        amountUsdMinor: 250000n,
        valueDate: new Date('2021-06-01'),
        valueDatePrecision: 'MONTH',
      },
      // Premises in kind, withheld with its valuation.
      {
        ...line,
        partyOrganizationId: lsg.id,
        partyNameAsReported: 'Kok-Oy aiyl okmotu',
        partyType: 'LSG',
        kind: 'PREMISES',
        amountMinor: WITHHELD_LINE,
        currency: 'KGS',
        valuationBasis: 'MARKET_PRICE',
        amountWithheld: true,
        quantityAsReported: `${NOTE_MARKER} 2 rooms`,
      },
    ],
  })
  await prisma.grant.createMany({
    data: [
      {
        ...owner,
        funderId: funder.id,
        recipientId: ngo.id,
        projectId: visible.id,
        title: { en: 'Withheld grant' },
        amountMinor: WITHHELD_GRANT,
        currency: 'KGS',
        valueDate: new Date('2021-03-15'),
        amountWithheld: true,
        publicationStatus: 'PUBLISHED',
      },
      {
        ...owner,
        funderId: funder.id,
        recipientId: ngo.id,
        projectId: visible.id,
        title: { en: 'Grant without an amount' },
        publicationStatus: 'PUBLISHED',
      },
    ],
  })
  await prisma.outcome.create({
    data: {
      ...owner,
      projectId: visible.id,
      indicator: { en: 'Households with tap water', ru: 'Домохозяйства с водопроводом' },
      unit: { en: 'households', ru: 'домохозяйства' },
      value: 140,
      qualifier: 'MORE_THAN',
      kind: 'ACTUAL',
      date: new Date('2022-01-01'),
      datePrecision: 'YEAR',
      publicationStatus: 'PUBLISHED',
    },
  })
  ids = {
    visible: visible.id,
    draft: draft.id,
    ofDraftPartnership: ofDraftPartnership.id,
    ngoSlug: ngo.slug,
    oblast: kokOy.parent!.parent!.code,
  }
})

afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

describe('GET /api/v1/iati', () => {
  let whole: string

  it('exports every public project as XML that validates against the IATI 2.03 schema', async () => {
    const res = await get()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    // No Cache-Control of its own: the proxy sets it (tests/e2e/cache-headers.spec.ts).
    expect(res.headers.get('cache-control')).toBeNull()
    whole = await res.text()
    // Every public project that has a date (its own, its partnership's or its programme's); the
    // others are counted in a header (IATI wants a date on every activity).
    const dated = await prisma.project.count({
      where: {
        AND: [
          publicProjectWhere,
          {
            OR: [
              { startDate: { not: null } },
              { endDate: { not: null } },
              { partnership: { is: { startDate: { not: null } } } },
              { programme: { is: { startDate: { not: null } } } },
            ],
          },
        ],
      },
    })
    const undated = (await prisma.project.count({ where: publicProjectWhere })) - dated
    expect(activities(whole)).toBe(dated)
    expect(res.headers.get('x-iati-omitted-undated')).toBe(String(undated))
    const result = await validateIatiActivities(whole)
    expect(result.errors.slice(0, 5)).toEqual([])
    expect(result.valid).toBe(true)
    console.log(
      `[iati] whole export: ${dated} activities (${undated} undated left out), ${whole.length} characters, valid`,
    )
  })

  it('the validator would have said no: a broken element fails', async () => {
    const broken = whole.replace('<recipient-country code="KG"', '<recipient-countri code="KG"')
    expect(broken).not.toBe(whole)
    const result = await validateIatiActivities(broken)
    expect(result.valid).toBe(false)
    expect(result.errors.join('\n')).toMatch(/recipient-countri/)
  })

  it('filtered exports validate too, and hold what the filter names', async () => {
    for (const query of [
      `?territory=${ids.oblast}`,
      '?territory=KG07232000000',
      `?organization=${ids.ngoSlug}`,
      `?organization=${ids.ngoSlug}&territory=${ids.oblast}`,
    ]) {
      const res = await get(query)
      expect(res.status, query).toBe(200)
      const xml = await res.text()
      expect(activities(xml), query).toBeGreaterThan(0)
      expect(activities(xml), query).toBeLessThan(activities(whole))
      expect(activityOf(xml, ids.visible), query).not.toBeNull()
      expect((await validateIatiActivities(xml)).errors, query).toEqual([])
    }
    expect(activities(await (await get(`?organization=${ids.ngoSlug}`)).text())).toBe(1)
  })

  it('a withheld amount leaves no trace, in any form', () => {
    const planted = activityOf(whole, ids.visible)!
    expect(planted).toContain('IATI planted project &lt;with &quot;markup&quot;&gt; &amp; more')
    for (const s of secrets) expect(whole, s).not.toContain(s)
    // Nor grouped the way a reader would see it.
    expect(whole).not.toMatch(/9[\s,. ]?876[\s,. ]?543/)
    expect(whole).not.toMatch(/4[\s,. ]?242[\s,. ]?424/)
  })

  it('an unknown amount is left out, never 0: one value, the donor cash line', () => {
    const planted = activityOf(whole, ids.visible)!
    expect(planted.match(/<value /g)).toEqual(['<value '])
    expect(planted).toContain('<value currency="USD" value-date="2021-06-01">2500.00</value>')
    expect(whole).not.toMatch(/<value[^>]*>0(\.0+)?<\/value>/)
    // The parties are there all the same: the NGO and the aiyl okmot, with their IATI types.
    expect(planted).toContain('<participating-org role="2" type="24">')
    expect(planted).toMatch(
      /<participating-org role="4" type="11">(\s*<narrative[^>]*>[^<]*<\/narrative>)*?\s*<narrative[^>]*>Kok-Oy/,
    )
    expect(planted).toContain('<result type="2">')
    expect(planted).toContain('<actual value="140">')
    expect(planted).toContain('<sector vocabulary="1" code="14030" percentage="50.00"/>')
  })

  it('a draft project, and a project of a draft partnership, are absent', () => {
    expect(activityOf(whole, ids.draft)).toBeNull()
    expect(activityOf(whole, ids.ofDraftPartnership)).toBeNull()
    expect(whole).not.toContain(ids.draft)
    expect(whole).not.toContain(ids.ofDraftPartnership)
  })

  it('answers 404 for a filter naming nothing public, 400 for a malformed one', async () => {
    const draftOrg = await f.organization({ publicationStatus: 'DRAFT' })
    for (const q of ['?territory=KG99999999999', `?organization=${draftOrg.slug}`, '?programme=no-such-programme'])
      expect((await get(q)).status, q).toBe(404)
    expect((await get('?territory=Talas')).status).toBe(400)
  })
})
