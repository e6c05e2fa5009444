// IATI 2.03 activity XML of the public projects (README, "IATI export"; served by /api/v1/iati). It
// reads nothing itself: the caller passes what lib/public/iati.ts loaded, so a draft, an unpublished
// partnership or a withheld amount never reaches this file. A figure nobody stated is left out, never
// written as 0. The registry reports as a secondary reporter: it publishes what the partners recorded.
//
// Identifiers: iati-identifier = IATI_IDENTIFIER_PREFIX + the project's id; reporting-org from
// IATI_REPORTING_ORG_REF / _NAME / _TYPE (lib/env.ts). Organisations get no @ref: the registry keeps
// no IATI organisation identifiers, and inventing one would be worse than none.
//
// Participating organisations (OrganisationRole):
//   1 Funding       a programme's donor, a grant's funder, a party that put cash into the project,
//                   a partnership party of type "donor"
//   2 Accountable   the partnership's lead CSO(s)
//   3 Extending     a programme's implementer (it manages the donor's money on its behalf)
//   4 Implementing  a programme's partner, a grant's recipient, every other partnership party, a party
//                   that contributed in kind
// OrganisationType, from the organization's kind when its record is public, else from the party type:
//   | our kind / party type                                           | IATI type                      |
//   | aiyl okmot, town/city hall, aiyl/city kenesh, other LSG; LSG    | 11 Local Government            |
//   | public association/foundation, institution, initiative group,   | 24 Partner Country based NGO   |
//   |   other CSO; CSO                                                |                                |
//   | ministry, state agency/institution, rayon/oblast administration,| 10 Government                  |
//   |   other state body; STATE                                       |                                |
//   | international organization; INTERNATIONAL                       | 40 Multilateral                |
//   | business; BUSINESS                                              | 70 Private Sector              |
//   | community group, other; COMMUNITY, OTHER                        | 90 Other                       |
//   | donor; DONOR                                                    | none: a "donor" may be a       |
//   |                                                                 | government agency, a foundation|
//   |                                                                 | or an NGO, so @type is left out|
//
// Sectors: OECD DAC CRS 5-digit codes (vocabulary 1) from the themes of the project's partnership and
// programme (table `dacSectorOfTheme` below), shared equally; a project without a theme that maps gets
// 15150 and 15185, what every CSO–LSG partnership is about. Every activity also gets SDG target 17.17
// (vocabulary 8: effective public, public-private and civil society partnerships).
//
// Dates: a date known only to the month or year is stored as the first day of that month or year and
// exported so, with a narrative saying so. activity-date 2/4 (actual) for dates already past, 1/3
// (planned) for dates to come. activity-status: from the end date when known (4 Closed once past, 2
// Implementation before), else from the partnership's status (planned 1, active 2, completed 4,
// suspended 6), else 1 before the start, 2 within two years of it, and 4 (taken as closed) after.
//
// Money, each value in its own currency with a value-date (IATI requires one):
//   budget (type 1 original, status 2 committed)   each grant with an amount and a known period
//   transaction 11 Incoming Commitment              each grant with an amount (the award)
//   transaction 1 Incoming Funds                    each cash cost-share line with a lump-sum amount
//                                                   that is not a pledge and not the ledger's copy of a grant
// The value-date is the line's own, else the start of the grant, the project, the partnership or the
// programme (said in the transaction's description); with no date at all the value is left out. In-kind
// lines are described in a description of type 4 (Other): what, from whom, the quantity and the
// valuation where stated — never an amount that is withheld. Pledges, rates, taxes and conditions are
// not transactions.
//
// Results: outcomes grouped by indicator and unit, one result (type 2 Outcome) with one indicator
// (measure 1 Unit) each: baselines, targets and actual values in the period their date stands for;
// the qualifier ("about", "more than") as a comment. Context figures describe a place, not the
// activity, and are left out.
//
// Locations: one per place, location/@ref = our territory code (ISO 3166-2:KG for oblasts, the COD-AB
// P-code below). Neither is in IATI's GeographicVocabulary (GAUL, SALB, GADM, ISO country, Geonames,
// OpenStreetMap), so they travel as the reporter's own reference rather than under a borrowed
// vocabulary; the administrative level is the feature designation (ADM1, ADM2, ADM3), the chain of
// names the description, and administrative/@vocabulary A4 (ISO country) level 0 is KG.
import type { IatiConfig } from '@/lib/env'
import type { ContributionKind, OrganizationKind, PartyType, ValueQualifier } from '@/lib/generated/prisma/enums'
import ky from '@/lib/i18n/messages/ky/enums.json' with { type: 'json' }
import ru from '@/lib/i18n/messages/ru/enums.json' with { type: 'json' }
import en from '@/lib/i18n/messages/en/enums.json' with { type: 'json' }
import { locales, type Locale } from '@/lib/i18n/locales'
import { formatMoney, formatNumber } from '@/lib/format'
import { periodEnd } from '@/lib/dates'
import { fromMinorUnits } from '@/lib/money/minor'
import type { PartialDate, PublicOutcome, Text } from '@/lib/public/dto'
import type { IatiPlace, IatiProject } from '@/lib/public/iati'
import type { Theme } from '@/lib/themes'
import { el, xmlText, type Xml } from './xml'

export const IATI_VERSION = '2.03'

/** Theme → OECD DAC CRS purpose code (vocabulary 1). */
export const dacSectorOfTheme: Record<Theme, string> = {
  women: '15170', // Women's rights organisations and movements, and government institutions
  youth: '15150', // Democratic participation and civil society (youth participation has no code of its own)
  'youth-employment': '16020', // Employment creation
  children: '16010', // Social protection
  disability: '16010', // Social protection
  elderly: '16010', // Social protection
  health: '12220', // Basic health care
  education: '11120', // Education facilities and training
  sport: '16061', // Culture and recreation
  'social-protection': '16010', // Social protection
  'legal-aid': '15130', // Legal and judicial development
  migration: '15190', // Facilitation of orderly, safe, regular and responsible migration and mobility
  'human-trafficking': '15160', // Human rights
  water: '14030', // Basic drinking water supply and basic sanitation
  agriculture: '31120', // Agricultural development
  land: '31130', // Agricultural land resources
  infrastructure: '43040', // Rural development
  'municipal-services': '43030', // Urban development and management
  environment: '41010', // Environmental policy and administrative management
  'disaster-risk': '43060', // Disaster risk reduction
  'local-economic-development': '25010', // Business policy and administration
  'budget-transparency': '15111', // Public finance management
  'anti-corruption': '15113', // Anti-corruption organisations and institutions
  'conflict-prevention': '15220', // Civilian peace-building, conflict prevention and resolution
  'civic-participation': '15150', // Democratic participation and civil society
  'capacity-building': '15185', // Local government administration (most capacity building here is of aiyl okmots)
  'policy-advocacy': '15150', // Democratic participation and civil society
  ict: '22040', // Information and communication technology
}
const fallbackSectors = ['15150', '15185']
export const SDG_TARGET = '17.17'

export const iatiTypeOfKind: Record<OrganizationKind, string | null> = {
  AIYL_OKMOT: '11',
  TOWN_HALL: '11',
  CITY_HALL: '11',
  AIYL_KENESH: '11',
  CITY_KENESH: '11',
  LSG_OTHER: '11',
  PUBLIC_ASSOCIATION: '24',
  PUBLIC_FOUNDATION: '24',
  INSTITUTION: '24',
  INITIATIVE_GROUP: '24',
  CSO_OTHER: '24',
  RAYON_ADMINISTRATION: '10',
  OBLAST_ADMINISTRATION: '10',
  MINISTRY: '10',
  STATE_AGENCY: '10',
  STATE_INSTITUTION: '10',
  STATE_OTHER: '10',
  INTERNATIONAL_ORGANIZATION: '40',
  BUSINESS: '70',
  COMMUNITY_GROUP: '90',
  OTHER: '90',
  DONOR: null,
}

export const iatiTypeOfPartyType: Record<PartyType, string | null> = {
  LSG: '11',
  CSO: '24',
  STATE: '10',
  INTERNATIONAL: '40',
  BUSINESS: '70',
  COMMUNITY: '90',
  OTHER: '90',
  DONOR: null,
}

// ---- words ------------------------------------------------------------------------------------------

const enums = { ky: ky.enums, ru: ru.enums, en: en.enums }
type Words = Record<Locale, string>
const all = (f: (l: Locale) => string): Text => Object.fromEntries(locales.map((l) => [l, f(l)]))

const say = {
  yearOnly: {
    ky: 'Жылы гана белгилүү: жылдын биринчи күнү көрсөтүлдү.',
    ru: 'Известен только год: указан первый день года.',
    en: 'Known to the year only: the first day of the year is given.',
  },
  monthOnly: {
    ky: 'Айы гана белгилүү: айдын биринчи күнү көрсөтүлдү.',
    ru: 'Известен только месяц: указан первый день месяца.',
    en: 'Known to the month only: the first day of the month is given.',
  },
  asReported: { ky: 'Булак боюнча мезгил', ru: 'Период по источнику', en: 'Period as the source gives it' },
  noDescription: {
    ky: 'Сүрөттөмө көрсөтүлгөн эмес.',
    ru: 'Описание не указано.',
    en: 'No description stated.',
  },
  inKind: { ky: 'Заттай салымдар', ru: 'Неденежные вклады', en: 'Contributions in kind' },
  valuedAt: { ky: 'баасы', ru: 'оценка', en: 'valued at' },
  unit: { ky: 'Бирдиги', ru: 'Единица', en: 'Unit' },
  undated: { ky: 'Күнү көрсөтүлгөн эмес', ru: 'Дата не указана', en: 'Date not stated' },
  anonymous: { ky: 'уюм (жалпыга ачык эмес)', ru: 'организация (не публична)', en: 'organization (not public)' },
} satisfies Record<string, Words>

/** "Value date not stated: the start date of the project is given." */
const startGivenInstead: Record<'grant' | 'project' | 'partnership' | 'programme', Words> = {
  grant: {
    ky: 'Наркынын күнү көрсөтүлгөн эмес: гранттын башталган күнү берилди.',
    ru: 'Дата стоимости не указана: дана дата начала гранта.',
    en: 'Value date not stated: the start date of the grant is given.',
  },
  project: {
    ky: 'Наркынын күнү көрсөтүлгөн эмес: долбоордун башталган күнү берилди.',
    ru: 'Дата стоимости не указана: дана дата начала проекта.',
    en: 'Value date not stated: the start date of the project is given.',
  },
  partnership: {
    ky: 'Күнү көрсөтүлгөн эмес: өнөктөштүктүн башталган күнү берилди.',
    ru: 'Дата не указана: дана дата начала партнёрства.',
    en: 'Date not stated: the start date of the partnership is given.',
  },
  programme: {
    ky: 'Күнү көрсөтүлгөн эмес: программанын башталган күнү берилди.',
    ru: 'Дата не указана: дана дата начала программы.',
    en: 'Date not stated: the start date of the programme is given.',
  },
}

// ---- small pieces -------------------------------------------------------------------------------

const isoDate = (d: Date) => d.toISOString().slice(0, 10)
/** The last day of the period a date stands for ("2006" ends on 31 December 2006). */
const endOf = (d: PartialDate) => periodEnd({ date: d.date, precision: d.precision ?? 'DAY' })

function narratives(t: Text | null | undefined): Xml[] {
  return locales.flatMap((l) => (t?.[l] ? [el('narrative', { 'xml:lang': l }, [xmlText(t[l]!)])] : []))
}

/** A name whose language nobody recorded (a party "as reported"): in the activity's default language. */
const plainNarrative = (s: string) => el('narrative', {}, [xmlText(s)])

function precisionNote(d: PartialDate): Text | null {
  if (d.precision === 'YEAR') return say.yearOnly
  if (d.precision === 'MONTH') return say.monthOnly
  return null
}

/** Joins texts language by language; a language is kept when every part has it. */
function joinText(parts: Text[], sep: string): Text {
  return Object.fromEntries(
    locales.flatMap((l) => (parts.every((p) => p[l]) ? [[l, parts.map((p) => p[l]).join(sep)]] : [])),
  )
}

/** An element of narratives, or nothing when there is no text (the schema wants at least one). */
const textElement = (name: string, t: Text | null, attrs: Record<string, string | number> = {}) =>
  t && Object.keys(t).length ? el(name, attrs, narratives(t)) : null

/** `f` of each language the text has. */
const forEachLanguage = (t: Text, f: (l: Locale, s: string) => string): Text =>
  Object.fromEntries(locales.flatMap((l) => (t[l] ? [[l, f(l, t[l]!)]] : [])))

const firstText = (...texts: (Text | null | undefined)[]) => texts.find((t) => t && Object.keys(t).length) ?? null

// ---- participating organisations --------------------------------------------------------------------

type Participant = { role: 1 | 2 | 3 | 4; key: string; name: Xml[]; type: string | null }

function participant(
  role: Participant['role'],
  p: {
    organization: { slug: string; name: Text } | null
    asReported?: string | null
    organizationKind: OrganizationKind | null
    partyType?: PartyType | null
  },
): Participant {
  const type =
    (p.organizationKind && iatiTypeOfKind[p.organizationKind]) ??
    (p.partyType ? iatiTypeOfPartyType[p.partyType] : null) ??
    null
  if (p.organization) return { role, key: `org:${p.organization.slug}`, name: narratives(p.organization.name), type }
  if (p.asReported) return { role, key: `name:${p.asReported}`, name: [plainNarrative(p.asReported)], type }
  // An organization whose record is not public: named by its party type only, never by name.
  const pt = p.partyType ?? 'OTHER'
  return {
    role,
    key: `hidden:${pt}`,
    name: narratives(all((l) => `${enums[l].partyType[pt]}: ${say.anonymous[l]}`)),
    type,
  }
}

function participants(p: IatiProject): Participant[] {
  const out: Participant[] = []
  const programmeRole = { DONOR: 1, IMPLEMENTER: 3, PARTNER: 4 } as const
  for (const x of p.programme?.parties ?? []) out.push(participant(programmeRole[x.role], x))
  for (const g of p.grants) {
    if (g.funder) out.push(participant(1, { organization: g.funder, organizationKind: g.funderKind }))
    if (g.recipient) out.push(participant(4, { organization: g.recipient, organizationKind: g.recipientKind }))
  }
  for (const x of p.partnership?.parties ?? []) {
    if (x.isLead) out.push(participant(2, x))
    out.push(participant(x.partyType === 'DONOR' ? 1 : 4, x))
  }
  for (const c of p.contributions) {
    if (c.nature !== 'COST_SHARE') continue
    const role = c.kind === 'CASH' ? 1 : 4
    if (c.groupMembers.length)
      for (const m of c.groupMembers)
        out.push(participant(role, { organization: m, organizationKind: null, partyType: c.partyType }))
    else out.push(participant(role, { ...c.party, organizationKind: c.organizationKind, partyType: c.partyType }))
  }
  const seen = new Set<string>()
  return out
    .filter((x) => !seen.has(`${x.role} ${x.key}`) && seen.add(`${x.role} ${x.key}`))
    .sort((a, b) => a.role - b.role)
}

// ---- dates and status -------------------------------------------------------------------------------

type DatedFrom = { date: PartialDate; from: keyof typeof startGivenInstead }

function projectStart(p: IatiProject): DatedFrom | null {
  if (p.start) return { date: p.start, from: 'project' }
  if (p.partnership?.start) return { date: p.partnership.start, from: 'partnership' }
  if (p.programme?.start) return { date: p.programme.start, from: 'programme' }
  return null
}

function activityDates(p: IatiProject, today: Date): Xml[] {
  const out: Xml[] = []
  const start = projectStart(p)
  const note = (d: PartialDate, extra: Text | null) =>
    narratives(
      joinText(
        [precisionNote(d), extra].filter((t): t is Text => t !== null),
        ' ',
      ),
    )
  const reported = p.periodAsReported && all((l) => `${say.asReported[l]}: ${p.periodAsReported}`)
  if (start) {
    const fromOther = start.from !== 'project' ? startGivenInstead[start.from] : null
    out.push(
      el('activity-date', { type: start.date.date <= today ? 2 : 1, 'iso-date': isoDate(start.date.date) }, [
        ...note(
          start.date,
          joinText(
            [fromOther, reported || null].filter((t): t is Text => !!t),
            ' ',
          ),
        ),
      ]),
    )
  }
  if (p.end)
    out.push(
      el('activity-date', { type: endOf(p.end) < today ? 4 : 3, 'iso-date': isoDate(p.end.date) }, [
        ...note(p.end, null),
      ]),
    )
  return out
}

function activityStatus(p: IatiProject, today: Date): number {
  if (p.end) return endOf(p.end) < today ? 4 : 2
  const byPartnership = { PLANNED: 1, ACTIVE: 2, COMPLETED: 4, SUSPENDED: 6, UNKNOWN: null }[
    p.partnership?.status ?? 'UNKNOWN'
  ]
  if (byPartnership) return byPartnership
  const start = projectStart(p)?.date.date
  if (!start || start > today) return 1
  return today.getUTCFullYear() - start.getUTCFullYear() <= 2 ? 2 : 4
}

// ---- places -----------------------------------------------------------------------------------------

function activityScope(places: IatiPlace[]): number | null {
  if (!places.length) return null
  const top = (x: IatiPlace, level: number) => (x.level === level ? x : x.ancestors.find((a) => a.level === level))
  const oblasts = new Set(places.map((x) => top(x, 1)?.code))
  if (oblasts.size > 1) return 5
  const rayons = new Set(places.map((x) => top(x, 2)?.code))
  return rayons.size === 1 && !rayons.has(undefined) ? 7 : 6
}

function location(x: IatiPlace): Xml {
  return el('location', { ref: x.code }, [
    el('location-reach', { code: 1 }),
    el('name', {}, narratives(x.name)),
    el(
      'description',
      {},
      narratives(
        joinText(
          [...x.ancestors, x].map((a) => a.name),
          ' › ',
        ),
      ),
    ),
    el('administrative', { vocabulary: 'A4', level: 0, code: 'KG' }),
    el('exactness', { code: 1 }),
    el('location-class', { code: 1 }),
    el('feature-designation', { code: `ADM${x.level}` }),
  ])
}

// ---- sectors ------------------------------------------------------------------------------------------

function sectors(p: IatiProject): Xml[] {
  const themes = new Set([...(p.partnership?.themes ?? []), ...(p.programme?.themes ?? [])])
  const mapped = [...themes].flatMap((t) => (t in dacSectorOfTheme ? [dacSectorOfTheme[t as Theme]] : []))
  const codes = [...new Set(mapped.length ? mapped : fallbackSectors)].sort()
  // Shares of one vocabulary add up to 100, in hundredths so nothing is lost to rounding.
  const each = Math.floor(10000 / codes.length)
  return [
    ...codes.map((code, i) =>
      el('sector', {
        vocabulary: 1,
        code,
        percentage: ((i === codes.length - 1 ? 10000 - each * (codes.length - 1) : each) / 100).toFixed(2),
      }),
    ),
    el('sector', { vocabulary: 8, code: SDG_TARGET, percentage: 100 }),
  ]
}

// ---- money --------------------------------------------------------------------------------------------

const value = (amount: { minor: bigint; currency: string }, date: Date) =>
  el('value', { currency: amount.currency, 'value-date': isoDate(date) }, [xmlText(fromMinorUnits(amount.minor))])

function valueDateOf(
  p: IatiProject,
  own: Date | null,
  grantStart: PartialDate | null,
): { date: Date; note: Text | null } | null {
  if (own) return { date: own, note: null }
  const fallback: DatedFrom | null = grantStart ? { date: grantStart, from: 'grant' } : projectStart(p)
  if (!fallback) return null
  return { date: fallback.date.date, note: startGivenInstead[fallback.from] }
}

function budgets(p: IatiProject): Xml[] {
  return p.grants.flatMap((g) => {
    const start = g.start ?? p.start
    const end = g.end ?? p.end
    if (!g.amount || !start || !end) return []
    return [
      el('budget', { type: 1, status: 2 }, [
        el('period-start', { 'iso-date': isoDate(start.date) }),
        el('period-end', { 'iso-date': isoDate(endOf(end)) }),
        value(g.amount, start.date),
      ]),
    ]
  })
}

function org(name: 'provider-org' | 'receiver-org', x: Participant | null): Xml | null {
  return x && el(name, { type: x.type }, x.name)
}

function transactions(p: IatiProject): Xml[] {
  const out: Xml[] = []
  for (const g of p.grants) {
    if (!g.amount) continue
    const when = valueDateOf(p, g.valueDate, g.start)
    if (!when) continue
    out.push(
      el('transaction', {}, [
        el('transaction-type', { code: 11 }),
        el('transaction-date', { 'iso-date': isoDate(when.date) }),
        value(g.amount, when.date),
        textElement(
          'description',
          joinText(
            [g.title, when.note].filter((t): t is Text => t !== null),
            ' — ',
          ),
        ),
        org('provider-org', g.funder && participant(1, { organization: g.funder, organizationKind: g.funderKind })),
        org(
          'receiver-org',
          g.recipient && participant(4, { organization: g.recipient, organizationKind: g.recipientKind }),
        ),
      ]),
    )
  }
  for (const c of p.contributions) {
    const cash = c.kind === 'CASH' && c.nature === 'COST_SHARE' && !c.pledge && !c.rate && !c.isGrant
    if (!cash || !c.amount) continue
    const when = valueDateOf(p, c.valueDate?.date ?? null, null)
    if (!when) continue
    out.push(
      el('transaction', {}, [
        el('transaction-type', { code: 1 }),
        el('transaction-date', { 'iso-date': isoDate(when.date) }),
        value(c.amount, when.date),
        textElement('description', when.note),
        org(
          'provider-org',
          participant(1, { ...c.party, organizationKind: c.organizationKind, partyType: c.partyType }),
        ),
      ]),
    )
  }
  return out
}

function inKindDescription(p: IatiProject): Xml | null {
  const lines = p.contributions.filter((c) => c.kind !== 'CASH' && c.nature === 'COST_SHARE')
  if (!lines.length) return null
  const text = all((l) => {
    const items = lines.map((c) => {
      const who =
        c.party.organization?.name[l] ??
        c.party.organization?.name.en ??
        c.party.asReported ??
        `${enums[l].partyType[c.partyType]}: ${say.anonymous[l]}`
      const what = [enums[l].contributionKind[c.kind as ContributionKind]]
      if (c.quantity?.asReported) what.push(c.quantity.asReported)
      else if (c.quantity?.value !== null && c.quantity?.value !== undefined)
        what.push(`${formatNumber(c.quantity.value, l)}${c.quantity.unit ? ` ${c.quantity.unit}` : ''}`)
      if (c.amount) what.push(`${say.valuedAt[l]} ${formatMoney(c.amount.minor, c.amount.currency, l)}`)
      const note = c.note?.[l]
      return `${who}: ${what.join(', ')}${note ? ` (${note})` : ''}`
    })
    return `${say.inKind[l]}: ${items.join('; ')}.`
  })
  return el('description', { type: 4 }, narratives(text))
}

// ---- results ----------------------------------------------------------------------------------------

const qualifierComment = (q: ValueQualifier) =>
  q === 'EXACT' ? null : el('comment', {}, narratives(all((l) => enums[l].valueQualifier[q])))

function outcomePeriod(o: PublicOutcome, p: IatiProject): { start: Date; end: Date } | null {
  if (o.date) return { start: o.date.date, end: endOf(o.date) }
  if (p.start && p.end) return { start: p.start.date, end: endOf(p.end) }
  return null
}

function results(p: IatiProject): Xml[] {
  const groups = new Map<string, PublicOutcome[]>()
  for (const o of p.outcomes) {
    if (o.kind === 'CONTEXT') continue
    const key = JSON.stringify([o.indicator, o.unit])
    groups.set(key, [...(groups.get(key) ?? []), o])
  }
  return [...groups.values()].map((os) => {
    const first = os[0]
    const title = Object.keys(first.indicator).length ? first.indicator : say.undated
    const undated = os.filter((o) => !outcomePeriod(o, p) && !(o.kind === 'BASELINE' && o.date))
    const description = joinText(
      [
        ...(first.unit ? [forEachLanguage(first.unit, (l, unit) => `${say.unit[l]}: ${unit}`)] : []),
        ...undated.map((o) =>
          all((l) => `${enums[l].outcomeKind[o.kind]}: ${formatNumber(o.value, l)} (${say.undated[l].toLowerCase()})`),
        ),
      ],
      '; ',
    )
    const baselines = os
      .filter((o) => o.kind === 'BASELINE' && o.date)
      .map((o) =>
        el(
          'baseline',
          { year: o.date!.date.getUTCFullYear(), 'iso-date': isoDate(o.date!.date), value: String(o.value) },
          [qualifierComment(o.qualifier)],
        ),
      )
    const periods = new Map<string, { start: Date; end: Date; targets: Xml[]; actuals: Xml[] }>()
    for (const o of os) {
      if (o.kind === 'BASELINE') continue
      const when = outcomePeriod(o, p)
      if (!when) continue
      const key = `${isoDate(when.start)} ${isoDate(when.end)}`
      const entry = periods.get(key) ?? { ...when, targets: [], actuals: [] }
      const v = el(o.kind === 'TARGET' ? 'target' : 'actual', { value: String(o.value) }, [
        qualifierComment(o.qualifier),
      ])
      ;(o.kind === 'TARGET' ? entry.targets : entry.actuals).push(v)
      periods.set(key, entry)
    }
    const indicator = el('indicator', { measure: 1 }, [
      el('title', {}, narratives(title)),
      textElement('description', description),
      ...baselines,
      ...[...periods.values()].map((x) =>
        el('period', {}, [
          el('period-start', { 'iso-date': isoDate(x.start) }),
          el('period-end', { 'iso-date': isoDate(x.end) }),
          ...x.targets,
          ...x.actuals,
        ]),
      ),
    ])
    return el('result', { type: 2 }, [el('title', {}, narratives(title)), indicator])
  })
}

// ---- the document -----------------------------------------------------------------------------------

function defaultCurrency(p: IatiProject): string {
  const counts = new Map<string, number>()
  for (const a of [...p.grants.map((g) => g.amount), ...p.contributions.map((c) => c.amount)])
    if (a) counts.set(a.currency, (counts.get(a.currency) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'KGS'
}

export function iatiActivity(p: IatiProject, config: IatiConfig, today: Date): Xml {
  const general = firstText(p.description, p.partnership?.summary, p.programme?.description) ?? say.noDescription
  const orgs = participants(p)
  const scope = activityScope(p.places)
  return el('iati-activity', { 'xml:lang': p.sourceLocale, 'default-currency': defaultCurrency(p) }, [
    el('iati-identifier', {}, [xmlText(`${config.IATI_IDENTIFIER_PREFIX}${p.id}`)]),
    el(
      'reporting-org',
      { ref: config.IATI_REPORTING_ORG_REF, type: config.IATI_REPORTING_ORG_TYPE, 'secondary-reporter': 1 },
      [el('narrative', { 'xml:lang': 'en' }, [xmlText(config.IATI_REPORTING_ORG_NAME)])],
    ),
    el('title', {}, Object.keys(p.title).length ? narratives(p.title) : [plainNarrative(p.id)]),
    el('description', { type: 1 }, narratives(general)),
    inKindDescription(p),
    ...(orgs.length
      ? orgs.map((o) => el('participating-org', { role: o.role, type: o.type }, o.name))
      : // The schema asks for one; a project with no party recorded names none.
        [el('participating-org', { role: 4 }, narratives(all((l) => enums[l].partyType.OTHER)))]),
    el('activity-status', { code: activityStatus(p, today) }),
    ...activityDates(p, today),
    scope !== null && el('activity-scope', { code: scope }),
    el('recipient-country', { code: 'KG', percentage: 100 }),
    ...p.places.map(location),
    ...sectors(p),
    ...budgets(p),
    ...transactions(p),
    ...results(p),
  ])
}

/**
 * IATI wants at least one activity-date. A project with no date of its own, of its partnership or of
 * its programme (a source that says "not stated") cannot be dated without inventing one, so it is
 * left out of the export; the route says how many in a header.
 */
export const isDatable = (p: IatiProject) => projectStart(p) !== null || p.end !== null

/**
 * The whole document, of the projects that can be dated (`omitted`: the ids of those that cannot);
 * `now` stamps generated-datetime and decides what is past (actual) or planned.
 */
export function iatiActivitiesXml(
  projects: IatiProject[],
  config: IatiConfig,
  now = new Date(),
): { xml: string; omitted: string[] } {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const doc = el(
    'iati-activities',
    { version: IATI_VERSION, 'generated-datetime': now.toISOString().replace(/\.\d{3}Z$/, 'Z') },
    projects.filter(isDatable).map((p) => iatiActivity(p, config, today)),
  )
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n${doc}\n`,
    omitted: projects.filter((p) => !isDatable(p)).map((p) => p.id),
  }
}
