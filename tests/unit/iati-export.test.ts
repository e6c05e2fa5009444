// The IATI 2.03 writer (lib/export/iati.ts) on hand-made projects: the document validates against the
// official schema, a broken one does not, and unknown or withheld figures never become values.
import { describe, expect, it } from 'vitest'
import { readIatiConfig } from '@/lib/env'
import { dacSectorOfTheme, iatiActivitiesXml } from '@/lib/export/iati'
import { escapeXml } from '@/lib/export/xml'
import type { PublicContribution, PublicOutcome } from '@/lib/public/dto'
import type { IatiProject } from '@/lib/public/iati'
import { themes } from '@/lib/themes'
import { validateIatiActivities } from '../setup/iati-xsd'

const config = readIatiConfig({})
const now = new Date('2025-06-15T10:00:00Z')

const talas = { code: 'KG-T', path: 'kg-t', name: { en: 'Talas', ru: 'Талас' }, level: 1, kind: 'OBLAST' as const }
const rayon = {
  code: 'KG07232000000',
  path: 'kg-t/talas',
  name: { en: 'Talas rayon' },
  level: 2,
  kind: 'RAYON' as const,
}

function line(over: Partial<PublicContribution> & { organizationKind?: null }): PublicContribution & {
  organizationKind: null
} {
  return {
    id: 'c1',
    party: { organization: null, asReported: 'Kok-Oy aiyl okmotu' },
    partyForm: 'NAMED',
    groupMembers: [],
    partyType: 'LSG',
    kind: 'CASH',
    nature: 'COST_SHARE',
    withheld: false,
    class: 'counted',
    amount: { minor: 1234500n, currency: 'KGS' },
    converted: null,
    valueDate: { date: new Date('2019-03-01'), precision: 'MONTH', estimated: false },
    share: null,
    quantity: null,
    rate: null,
    pledge: false,
    isGrant: false,
    valuationBasis: null,
    valuationNote: null,
    note: null,
    source: null,
    confirmedByBoth: false,
    organizationKind: null,
    ...over,
  }
}

function outcome(over: Partial<PublicOutcome>): PublicOutcome {
  return {
    id: 'o',
    indicator: { en: 'Households connected' },
    value: 0,
    qualifier: 'EXACT',
    unit: { en: 'households' },
    kind: 'ACTUAL',
    date: { date: new Date('2020-01-01'), precision: 'YEAR' },
    breakdown: null,
    note: null,
    source: null,
    ...over,
  }
}

function project(over: Partial<IatiProject> = {}): IatiProject {
  return {
    id: 'p1',
    title: { en: 'Water for Kok-Oy <& "friends">', ru: 'Вода для Кок-Ой' },
    description: { en: 'Pipes & taps' },
    sourceLocale: 'en',
    periodAsReported: '2019-2020',
    start: { date: new Date('2019-01-01'), precision: 'YEAR' },
    end: { date: new Date('2020-05-01'), precision: 'MONTH' },
    partnership: {
      slug: 'kok-oy-water',
      title: { en: 'Kok-Oy water' },
      summary: null,
      status: 'COMPLETED',
      start: null,
      themes: ['water', 'civic-participation'],
      parties: [
        {
          organization: { slug: 'ngo', name: { en: 'NGO Bir', ky: 'Бир КБ' } },
          asReported: 'NGO Bir',
          organizationKind: 'PUBLIC_ASSOCIATION',
          partyType: 'CSO',
          isLead: true,
        },
        { organization: null, asReported: null, organizationKind: null, partyType: 'LSG', isLead: false },
      ],
    },
    programme: null,
    places: [{ ...rayon, ancestors: [talas] }],
    contributions: [
      line({}),
      line({ id: 'c2', amount: null, valueDate: null, class: 'noAmount' }),
      line({ id: 'c3', withheld: true, amount: null, valueDate: null, class: 'withheld' }),
      line({
        id: 'c4',
        kind: 'LABOUR',
        amount: null,
        valueDate: null,
        quantity: { value: 40, unit: 'days', asReported: null, unitValueMinor: null },
      }),
    ],
    outcomes: [
      outcome({ id: 'o1', value: 120, qualifier: 'ABOUT', kind: 'ACTUAL' }),
      outcome({ id: 'o2', value: 150, kind: 'TARGET' }),
    ],
    grants: [
      {
        id: 'g1',
        title: { en: 'Small grant' },
        amount: { minor: 500000n, currency: 'USD' },
        withheld: false,
        funder: { slug: 'donor', name: { en: 'A Donor' } },
        recipient: { slug: 'ngo', name: { en: 'NGO Bir' } },
        valueDate: null,
        start: { date: new Date('2019-02-01'), precision: 'MONTH' },
        end: null,
        funderKind: 'DONOR',
        recipientKind: 'PUBLIC_ASSOCIATION',
      },
    ],
    ...over,
  }
}

describe('IATI 2.03 activity XML', () => {
  it('validates against the official schema', async () => {
    const xml = iatiActivitiesXml(
      [project(), project({ id: 'p2', end: null, outcomes: [], grants: [] })],
      config,
      now,
    ).xml
    const result = await validateIatiActivities(xml)
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
    expect(xml.match(/<iati-activity /g)).toHaveLength(2)
  })

  it('a broken document fails: the validator can say no', async () => {
    const xml = iatiActivitiesXml([project()], config, now).xml
    // activity-status before participating-org breaks the schema's order; a value without its date too.
    const reordered = xml
      .replace(/<activity-status code="\d"\/>\n/, '')
      .replace('<participating-org', '<activity-status code="2"/>\n<participating-org')
    expect((await validateIatiActivities(reordered)).valid).toBe(false)
    expect((await validateIatiActivities(xml.replace(/ value-date="[^"]*"/, ''))).valid).toBe(false)
  })

  it('writes what it knows and leaves out what nobody stated', () => {
    const xml = iatiActivitiesXml([project()], config, now).xml
    if (process.env.PRINT_IATI) console.log(xml)
    expect(xml).toContain(`<iati-identifier>${config.IATI_IDENTIFIER_PREFIX}p1</iati-identifier>`)
    expect(xml).toContain('<narrative xml:lang="en">Water for Kok-Oy &lt;&amp; &quot;friends&quot;&gt;</narrative>')
    expect(xml).toContain('<narrative xml:lang="ru">Вода для Кок-Ой</narrative>')
    // One cash line with an amount, one grant: two values in transactions, one in the grant's budget.
    expect(xml.match(/<value /g)).toHaveLength(3)
    expect(xml).toContain('<value currency="KGS" value-date="2019-03-01">12345.00</value>')
    expect(xml).toContain('<transaction-type code="11"/>')
    expect(xml).not.toMatch(/<value[^>]*>0(\.00)?<\/value>/)
    // Roles and types: lead CSO accountable and implementing, the LSG implementing, the donor funding.
    expect(xml).toContain('<participating-org role="2" type="24">')
    expect(xml).toContain('<participating-org role="4" type="11">')
    expect(xml).toContain('<participating-org role="1">')
    // An organization whose record is not public is not named.
    expect(xml).toContain('Local self-government: organization (not public)')
    // Dates: the year and the month are said to be approximate; the start is actual (past).
    expect(xml).toContain('<activity-date type="2" iso-date="2019-01-01">')
    expect(xml).toContain('Known to the year only: the first day of the year is given.')
    expect(xml).toContain('<activity-date type="4" iso-date="2020-05-01">')
    expect(xml).toContain('<activity-status code="4"/>')
    // Sectors: water and civic participation, and the SDG target.
    expect(xml).toContain('<sector vocabulary="1" code="14030" percentage="50.00"/>')
    expect(xml).toContain('<sector vocabulary="1" code="15150" percentage="50.00"/>')
    expect(xml).toContain('<sector vocabulary="8" code="17.17" percentage="100"/>')
    // In kind, described: 40 days of labour.
    expect(xml).toMatch(/<description type="4">[\s\S]*Labour, 40 days/)
    // Results: target and actual in one period of 2020, "about" as a comment.
    expect(xml).toMatch(
      /<period-start iso-date="2020-01-01"\/>\n<period-end iso-date="2020-12-31"\/>\n<target value="150"\/>\n<actual value="120">/,
    )
    expect(xml).toContain('<location ref="KG07232000000">')
    expect(xml).toContain('<feature-designation code="ADM2"/>')
  })

  it('leaves out a project with no date at all, and says which', () => {
    const undated = project({
      id: 'p3',
      start: null,
      end: null,
      partnership: { ...project().partnership!, start: null },
    })
    const { xml, omitted } = iatiActivitiesXml([project(), undated], config, now)
    expect(omitted).toEqual(['p3'])
    expect(xml).not.toContain('-p3</iati-identifier>')
  })

  it('escapes everything and drops characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c'\u0001\uFFFF`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;')
  })

  it('maps every theme to a 5-digit DAC code', () => {
    for (const t of themes) expect(dacSectorOfTheme[t], t).toMatch(/^\d{5}$/)
  })
})
