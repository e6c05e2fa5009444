// Turns the validated data files into the rows the database should hold. Pure: no database here, so
// the mapping is tested on its own (tests/unit/seed-plan.test.ts) and the writer stays generic.
import { Prisma } from '@/lib/generated/prisma/client'
import type {
  AgreementKind,
  ContributionKind,
  ContributionNature,
  OrganizationKind,
  OutcomeKind,
  PartyForm,
  PartyType,
  PlaceResolution,
  RatePeriod,
  TerritoryKind,
  ValueQualifier,
} from '@/lib/generated/prisma/enums'
import { parsePartialDate, parseYearSpan } from '@/lib/dates'
import { convert, rateSource, type Rate, type UsdRate } from '@/lib/money/convert'
import { toMinorUnits } from '@/lib/money/minor'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { normalizeName, slugify } from '@/lib/text'
import { stableId } from './ids'
import type { AdminUnit, CasebookCase, CasebookContribution, SeedData } from './load'
import { SeedDataError } from './load'

export type Row = { id: string } & Record<string, unknown>
export type LinkRow = Record<string, unknown>

export const REGISTRY_EDITORS_KEY = 'system:registry-editors'
export const HANDBOOK_KEY = 'counterpart-handbook-2006'
const GEO_SOURCE = 'OCHA, MoES Kyrgyz Republic (COD-AB Kyrgyzstan), CC BY-IGO 3.0; simplified for this registry'

export type Plan = ReturnType<typeof buildPlan>

export function buildPlan(data: SeedData) {
  const registryEditorsId = stableId(`org:${REGISTRY_EDITORS_KEY}`)
  const reference = planReference(data, registryEditorsId)
  const casebook = data.casebook ? planCasebook(data.casebook, reference, registryEditorsId) : null
  return { registryEditorsId, ...reference, casebook }
}

// ---- reference data: territories, boundaries, LSG bodies, rates ------------------------------------

const territoryKind: Record<AdminUnit['kind'], TerritoryKind> = {
  oblast: 'OBLAST',
  republican_city: 'REPUBLICAN_CITY',
  rayon: 'RAYON',
  oblast_city: 'OBLAST_CITY',
  aiyl_okmot: 'AIYL_OKMOT',
  town: 'TOWN',
}

export const territoryId = (code: string) => stableId(`territory:${code}`)
export const lsgBodyId = (code: string) => stableId(`org:lsg:${code}`)
export const organizationId = (key: string) => stableId(`org:${key}`)

function planReference(data: SeedData, owner: string) {
  const problems: string[] = []
  const byCode = new Map(data.units.map((u) => [u.code, u]))
  if (byCode.size !== data.units.length) problems.push('territory codes are not unique')

  // Paths from the top: kg-t / talas / kok-oy. Names are unique within a parent (checked here).
  const paths = new Map<string, string>()
  const pathOf = (u: AdminUnit, depth = 0): string => {
    const known = paths.get(u.code)
    if (known) return known
    if (depth > 3) throw new SeedDataError('prisma/data/geo/admin-units.csv', [`${u.code}: parent chain loops`])
    let p: string
    if (u.level === 1) p = u.code.toLowerCase()
    else {
      const parent = u.parent_code ? byCode.get(u.parent_code) : undefined
      if (!parent || parent.level !== u.level - 1) {
        problems.push(`${u.code}: parent ${u.parent_code ?? '(none)'} is not a level-${u.level - 1} unit`)
        p = `${u.code.toLowerCase()}`
      } else p = `${pathOf(parent, depth + 1)}/${slugify(u.name_en)}`
    }
    paths.set(u.code, p)
    return p
  }
  const ordered = [...data.units].sort((a, b) => a.level - b.level || a.code.localeCompare(b.code))
  const territories: Row[] = ordered.map((u) => ({
    id: territoryId(u.code),
    code: u.code,
    level: u.level,
    kind: territoryKind[u.kind],
    parentId: u.parent_code ? territoryId(u.parent_code) : null,
    name: compactName({ en: u.name_en, ru: u.name_ru, ky: u.name_ky }),
    slug: u.level === 1 ? u.code.toLowerCase() : slugify(u.name_en),
    path: pathOf(u),
    center: u.center,
    validFrom: null,
    validTo: null,
    source: u.source,
  }))
  const seenPaths = new Set<string>()
  for (const t of territories) {
    if (seenPaths.has(t.path as string)) problems.push(`two units share the path ${t.path}`)
    seenPaths.add(t.path as string)
  }

  const boundaries: Row[] = []
  for (const f of data.boundaries) {
    if (!byCode.has(f.properties.code)) problems.push(`boundary for unknown code ${f.properties.code}`)
    else boundaries.push({ id: territoryId(f.properties.code), geometry: f.geometry, source: GEO_SOURCE })
  }
  if (problems.length) throw new SeedDataError('prisma/data/geo', problems)

  // One executive local self-government body per aiyl okmot, town and city.
  const registryEditors: Row = {
    id: owner,
    slug: 'registry-editors',
    kind: 'OTHER',
    name: { en: 'Registry editors', ru: 'Редакция реестра', ky: 'Реестрдин редакциясы' },
    sourceLocale: 'en',
    externalKey: REGISTRY_EDITORS_KEY,
    ownerOrganizationId: owner,
    publicationStatus: 'DRAFT',
    homeTerritoryId: null,
    governsTerritoryId: null,
    foundedYear: null,
  }
  const lsgBodies: Row[] = ordered.flatMap((u) => {
    const body = lsgBodyOf(u)
    if (!body) return []
    return [
      {
        id: lsgBodyId(u.code),
        slug: `${pathOf(u).replaceAll('/', '-')}-${body.slugSuffix}`,
        kind: body.kind,
        name: body.name,
        sourceLocale: 'en',
        externalKey: `lsg:${u.code}`,
        ownerOrganizationId: owner,
        publicationStatus: 'PUBLISHED',
        homeTerritoryId: territoryId(u.code),
        governsTerritoryId: territoryId(u.code),
        foundedYear: null,
      },
    ]
  })

  const exchangeRates: Row[] = data.fx.map((r) => ({
    id: stableId(`fx:USD:${r.year}`),
    currency: 'USD',
    date: new Date(Date.UTC(r.year, 0, 1)),
    period: 'YEAR',
    rateToKgs: new Prisma.Decimal(r.kgs_per_usd),
    basis: r.kind,
    source: r.source,
  }))
  const rates: Rate[] = data.fx.map((r) => {
    const date = new Date(Date.UTC(r.year, 0, 1))
    const source = rateSource({ source: r.source, basis: r.kind, date })
    return { currency: 'USD', date, period: 'YEAR', rateToKgs: r.kgs_per_usd, basis: r.kind, source }
  })
  // Dollars per euro: a euro amount converts to som through the dollar (ADR 001).
  const usdExchangeRates: Row[] = data.usdPerEur.map((r) => ({
    id: stableId(`fx-usd:EUR:${r.year}`),
    currency: 'EUR',
    date: new Date(Date.UTC(r.year, 0, 1)),
    period: 'YEAR',
    rateToUsd: new Prisma.Decimal(r.usd_per_eur),
    basis: r.kind,
    source: r.source,
  }))
  const usdRates: UsdRate[] = data.usdPerEur.map((r) => {
    const date = new Date(Date.UTC(r.year, 0, 1))
    const source = rateSource({ source: r.source, basis: r.kind, date })
    return { currency: 'EUR', date, period: 'YEAR', rateToUsd: r.usd_per_eur, basis: r.kind, source }
  })

  return {
    territories,
    boundaries,
    registryEditors,
    lsgBodies,
    exchangeRates,
    usdExchangeRates,
    rates,
    usdRates,
    units: byCode,
  }
}

function compactName(n: Record<string, string | null | undefined>) {
  return Object.fromEntries(Object.entries(n).filter(([, v]) => v && v.trim())) as Record<string, string>
}

function lsgBodyOf(u: AdminUnit): { kind: OrganizationKind; name: Record<string, string>; slugSuffix: string } | null {
  const city = u.name_en.replace(/ \(city\)$/, '')
  switch (u.kind) {
    case 'aiyl_okmot':
      return {
        kind: 'AIYL_OKMOT',
        slugSuffix: 'aiyl-okmot',
        name: { en: `${u.name_en} aiyl okmot`, ru: `Айыл окмоту (${u.name_ru})` },
      }
    case 'town':
      return {
        kind: 'TOWN_HALL',
        slugSuffix: 'town-hall',
        name: compactName({
          en: `${city} town administration`,
          ru: `Администрация города ${u.name_ru}`,
          ky: u.name_ky ? `${u.name_ky.replace(/ шаары$/, '')} шаарынын мэриясы` : null,
        }),
      }
    case 'oblast_city':
    case 'republican_city':
      return {
        kind: 'CITY_HALL',
        slugSuffix: 'city-hall',
        name: compactName({
          en: `${city} city hall`,
          ru: `Мэрия города ${u.name_ru}`,
          ky: u.name_ky ? `${u.name_ky.replace(/ шаары$/, '')} шаарынын мэриясы` : null,
        }),
      }
    default:
      return null
  }
}

// ---- the casebook -------------------------------------------------------------------------------------

type Reference = ReturnType<typeof planReference>
type CasebookData = NonNullable<SeedData['casebook']>

const partyTypeOfCasebook: Record<CasebookContribution['partyType'], PartyType> = {
  lsg: 'LSG',
  state: 'STATE',
  cso: 'CSO',
  donor: 'DONOR',
  business: 'BUSINESS',
  community: 'COMMUNITY',
  other: 'OTHER',
}

const agreementKind: Record<CasebookCase['agreements'][number]['kind'], AgreementKind> = {
  memorandum_of_understanding: 'MEMORANDUM_OF_UNDERSTANDING',
  memorandum_of_cooperation: 'MEMORANDUM_OF_COOPERATION',
  memorandum_of_agreement: 'MEMORANDUM_OF_AGREEMENT',
  partnership_agreement: 'PARTNERSHIP_AGREEMENT',
  teaming_agreement: 'TEAMING_AGREEMENT',
  other: 'OTHER',
}

const resolutionOf: Record<string, PlaceResolution> = {
  unit: 'UNIT',
  village_to_aiyl_okmot: 'VILLAGE_TO_AIYL_OKMOT',
  rayon_fallback: 'RAYON_FALLBACK',
  oblast_fallback: 'OBLAST_FALLBACK',
}

/** The casebook's contribution kinds in ours. Land is `other` with a quantity in hectares there. */
export function contributionKindOf(
  kind: CasebookContribution['kind'],
  quantityUnit: string | null,
  quantityText?: string,
): ContributionKind {
  switch (kind) {
    case 'cash':
      return 'CASH'
    case 'in_kind':
      return 'IN_KIND_UNSPECIFIED'
    case 'labor':
      return 'LABOUR'
    case 'premises':
      return 'PREMISES'
    case 'equipment':
      return 'EQUIPMENT'
    case 'expertise':
      return 'EXPERTISE'
    case 'other':
      return quantityUnit === 'ha' || /\b(ha|hectares?)\b/.test(quantityText ?? '') ? 'LAND' : 'OTHER'
  }
}

const qualifierWords: Record<string, ValueQualifier> = {
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'at least': 'AT_LEAST',
  around: 'ABOUT',
  about: 'ABOUT',
  approximately: 'ABOUT',
  almost: 'UP_TO',
}
const qualifierPrefix = new RegExp(`^(${Object.keys(qualifierWords).join('|')})(?=$|[\\s,])\\s*(.*)$`, 'i')
const figure = /^(\d[\d,]*(?:\.\d+)?)(?:\s*[-–]\s*\d[\d,]*(?:\.\d+)?)?$/

/**
 * The casebook writes a value's qualifier in brackets after its unit (ADR 004):
 * - "hectares (more than)" → hectares, MORE_THAN;
 * - "tons (more than, per year)" → "tons per year", MORE_THAN (what follows the comma belongs to the unit);
 * - "children (at least 150-200)" → children, AT_LEAST, with the figure restated: `restatedFrom` is its
 *   lower end (150), which must be the value; the stored figure is "at least 150", the range stays in the note.
 * Brackets that do not start with a qualifier ("people (10-12)"), or whose qualifier is about something else
 * ("KGS (around $2,000)", a dollar equivalent), stay in the unit and the value is EXACT.
 */
export function parseUnit(text: string): { unit: string; qualifier: ValueQualifier; restatedFrom: number | null } {
  const kept = { unit: text, qualifier: 'EXACT' as ValueQualifier, restatedFrom: null }
  const m = /^(.*\S)\s+\(([^()]+)\)$/.exec(text)
  const q = m ? qualifierPrefix.exec(m[2].trim()) : null
  if (!m || !q) return kept
  const [restated, ...unitParts] = q[2].split(/,(?!\d)/).map((part) => part.trim())
  const from = restated ? figure.exec(restated) : null
  if (restated && !from) return kept
  return {
    unit: [m[1], ...unitParts].filter(Boolean).join(' '),
    qualifier: qualifierWords[q[1].toLowerCase()],
    restatedFrom: from ? Number(from[1].replaceAll(',', '')) : null,
  }
}

/** What a party string resolves to; a group keeps its members (organizations, communities, named parties). */
type ResolvedParty = { form: PartyForm; organizationIds: string[]; label: string; members?: ResolvedParty[] }

function planCasebook(cb: CasebookData, ref: Reference, owner: string) {
  const problems: string[] = []
  const fallbacks: string[] = []
  const notConverted: string[] = []

  // Organizations of the crosswalk.
  const orgKeys = new Set<string>()
  const organizations: Row[] = cb.organizations.map((o) => {
    if (orgKeys.has(o.key)) problems.push(`organizations.csv: key ${o.key} appears twice`)
    orgKeys.add(o.key)
    if (o.home_territory_code && !ref.units.has(o.home_territory_code))
      problems.push(`organizations.csv: ${o.key} has unknown home_territory_code ${o.home_territory_code}`)
    return {
      id: organizationId(o.key),
      slug: o.key,
      kind: o.kind.toUpperCase() as OrganizationKind,
      name: compactName({ en: o.name_en, ru: o.name_ru, ky: o.name_ky }),
      sourceLocale: 'en',
      externalKey: `casebook-org:${o.key}`,
      ownerOrganizationId: owner,
      publicationStatus: 'PUBLISHED',
      homeTerritoryId: o.home_territory_code ? territoryId(o.home_territory_code) : null,
      governsTerritoryId: null,
      foundedYear: o.founded,
    }
  })
  const orgKindById = new Map<string, OrganizationKind>(organizations.map((o) => [o.id, o.kind as OrganizationKind]))
  for (const b of ref.lsgBodies) orgKindById.set(b.id, b.kind as OrganizationKind)

  // Party names → targets, per case.
  const aliasByCase = new Map<string, Map<string, string>>()
  for (const a of cb.aliases) {
    const m = aliasByCase.get(a.case_id) ?? new Map<string, string>()
    if (m.has(a.name_as_written))
      problems.push(`party-aliases.csv: "${a.name_as_written}" appears twice for ${a.case_id}`)
    m.set(a.name_as_written, a.target)
    aliasByCase.set(a.case_id, m)
  }
  const lsgIds = new Set(ref.lsgBodies.map((b) => b.id))
  const resolveTarget = (target: string, where: string): ResolvedParty | null => {
    const [kind, ...rest] = target.split(':')
    const value = rest.join(':').trim()
    switch (kind) {
      case 'org':
        if (!orgKeys.has(value)) return (problems.push(`${where}: no organization with key "${value}"`), null)
        return { form: 'ORGANIZATION', organizationIds: [organizationId(value)], label: value }
      case 'lsg':
        if (!lsgIds.has(lsgBodyId(value)))
          return (
            problems.push(`${where}: ${value} is not an aiyl okmot, town or city with a local self-government body`),
            null
          )
        return { form: 'ORGANIZATION', organizationIds: [lsgBodyId(value)], label: value }
      case 'community':
        return { form: 'COMMUNITY', organizationIds: [], label: value }
      case 'named':
        return { form: 'NAMED', organizationIds: [], label: value }
      case 'group': {
        const members = value.split('|').map((t) => resolveTarget(t.trim(), where))
        if (members.some((m) => m === null)) return null
        return {
          form: 'GROUP',
          organizationIds: [...new Set(members.flatMap((m) => m!.organizationIds))],
          label: value,
          members: members as ResolvedParty[],
        }
      }
      default:
        return (problems.push(`${where}: target "${target}" is not org:, lsg:, community:, named: or group:`), null)
    }
  }
  const resolveParty = (caseId: string, name: string): ResolvedParty | null => {
    const target = aliasByCase.get(caseId)?.get(name)
    if (!target) return (problems.push(`party-aliases.csv has no row for "${name}" in ${caseId}`), null)
    return resolveTarget(target, `party-aliases.csv (${caseId}, "${name}")`)
  }

  const organizationAliases: Row[] = []
  const aliasSeen = new Set<string>()
  for (const a of cb.aliases) {
    if (!/^(org|lsg):/.test(a.target) || !aliasByCase.has(a.case_id)) continue
    const r = resolveTarget(a.target, `party-aliases.csv (${a.case_id})`)
    const orgId = r?.organizationIds[0]
    const normalized = normalizeName(a.name_as_written)
    if (!orgId || !normalized || aliasSeen.has(`${orgId}|${normalized}`)) continue
    aliasSeen.add(`${orgId}|${normalized}`)
    organizationAliases.push({
      id: stableId(`alias:${orgId}:${normalized}`),
      organizationId: orgId,
      name: a.name_as_written,
      normalized,
      locale: null,
    })
  }

  // Places.
  const placesByCase = new Map<string, CasebookData['places']>()
  for (const p of cb.places) {
    if (!ref.units.has(p.territory_code))
      problems.push(`case-places.csv: unknown territory code ${p.territory_code} (${p.case_id})`)
    placesByCase.set(p.case_id, [...(placesByCase.get(p.case_id) ?? []), p])
    if (p.resolution === 'rayon_fallback' || p.resolution === 'oblast_fallback')
      fallbacks.push(
        `${p.case_id}: "${p.place_as_written}" → ${p.territory_code} (${p.resolution.replace('_', ' ')}${p.note ? `: ${p.note}` : ''})`,
      )
  }

  const annotation = new Map(cb.contributionNotes.map((a) => [`${a.case_id}/${a.project_index}/${a.item_index}`, a]))
  const outcomeKind = new Map(cb.outcomeKinds.map((o) => [`${o.case_id}/${o.project_index}/${o.item_index}`, o]))
  const caseIds = new Set(cb.cases.map((c) => c.id))
  for (const [table, keys] of [
    ['case-places.csv', [...placesByCase.keys()]],
    ['party-aliases.csv', [...aliasByCase.keys()]],
    ['outcome-kinds.csv', cb.outcomeKinds.map((o) => o.case_id)],
    ['contribution-annotations.csv', cb.contributionNotes.map((o) => o.case_id)],
  ] as const)
    for (const k of new Set(keys)) if (!caseIds.has(k)) problems.push(`${table}: unknown case id ${k}`)

  const sourceDocuments: Row[] = [
    {
      id: stableId(`source:${HANDBOOK_KEY}`),
      key: HANDBOOK_KEY,
      title: 'Counterpart Sheriktesh case study handbook: CSO–government partnerships in Kyrgyzstan',
      publisher: 'Counterpart Sheriktesh (AKDN Civil Society Programme funding)',
      year: 2006,
      citation: 'Counterpart handbook, 2006',
    },
  ]
  const handbookId = sourceDocuments[0].id

  const partnerships: Row[] = []
  const partnershipParties: Row[] = []
  const partnershipTerritories: LinkRow[] = []
  const projects: Row[] = []
  const projectTerritories: LinkRow[] = []
  const contributions: Row[] = []
  const contributionGroupMembers: LinkRow[] = []
  const outcomes: Row[] = []
  const agreements: Row[] = []
  const agreementParties: Row[] = []
  const caseStudies: Row[] = []
  const caseStudySections: Row[] = []
  const common = { ownerOrganizationId: owner, publicationStatus: 'PUBLISHED' as const }

  for (const c of cb.cases) {
    const key = `casebook:${c.id}`
    const partnershipId = stableId(`partnership:${c.id}`)
    const cso = resolveParty(c.id, c.cso.name)
    if (cso && (cso.form !== 'ORGANIZATION' || partyTypeOfKind[orgKindById.get(cso.organizationIds[0])!] !== 'CSO'))
      problems.push(`${c.id}: the case's CSO "${c.cso.name}" must resolve to one CSO organization`)
    const csoId = cso?.organizationIds[0] ?? null

    // Where.
    const places = placesByCase.get(c.id) ?? []
    if (!places.length) problems.push(`case-places.csv has no row for ${c.id}`)
    if (places.length && places.filter((p) => p.primary).length !== 1)
      problems.push(`case-places.csv: ${c.id} needs exactly one primary place`)
    const territoryIds = [...new Set(places.map((p) => territoryId(p.territory_code)))]
    const seenTerritories = new Set<string>()
    for (const p of places) {
      const tid = territoryId(p.territory_code)
      if (seenTerritories.has(tid)) continue
      seenTerritories.add(tid)
      partnershipTerritories.push({
        partnershipId,
        territoryId: tid,
        isPrimary: p.primary,
        placeAsWritten: p.place_as_written || null,
        resolution: resolutionOf[p.resolution],
      })
    }

    const start = parsePartialDate(c.period.start)
    const end = parsePartialDate(c.period.end)
    partnerships.push({
      id: partnershipId,
      slug: c.id,
      title: { en: c.title },
      summary: { en: c.narrative.summary },
      sourceLocale: 'en',
      status: end ? 'COMPLETED' : 'UNKNOWN',
      startDate: start?.date ?? null,
      startPrecision: start?.precision ?? null,
      endDate: end?.date ?? null,
      endPrecision: end?.precision ?? null,
      themes: c.themes,
      externalKey: key,
      ...common,
    })

    // Who: the lead CSO, then the partners as the source lists them.
    let position = 0
    if (csoId)
      partnershipParties.push({
        id: stableId(`${key}/party/lead`),
        partnershipId,
        organizationId: csoId,
        nameAsReported: c.cso.name,
        partyType: 'CSO',
        isLead: true,
        role: null,
        position: position++,
      })
    c.partners.forEach((p, i) => {
      const r = resolveParty(c.id, p.name)
      if (!r) return
      const members = r.organizationIds.length ? r.organizationIds : [null]
      members.forEach((orgId, m) =>
        partnershipParties.push({
          id: stableId(`${key}/party/${i}/${m}`),
          partnershipId,
          organizationId: orgId,
          nameAsReported: p.name,
          partyType: partyTypeFor(p.type, r, orgKindById),
          isLead: false,
          role: p.role ? { en: p.role } : null,
          position: position++,
        }),
      )
    })

    // What: projects with their cost-share ledger and outcomes.
    c.projects.forEach((p, pi) => {
      const projectKey = `${key}/p${pi}`
      const projectId = stableId(projectKey)
      let span: ReturnType<typeof parseYearSpan>
      try {
        span = parseYearSpan(p.years)
      } catch (e) {
        problems.push(`${c.id} project ${pi}: ${(e as Error).message}`)
        return
      }
      projects.push({
        id: projectId,
        partnershipId,
        programmeId: null,
        title: { en: p.title },
        description: p.description ? { en: p.description } : null,
        sourceLocale: 'en',
        periodAsReported: p.years,
        startDate: span.start ? new Date(Date.UTC(span.start, 0, 1)) : null,
        startPrecision: span.start ? 'YEAR' : null,
        endDate: span.end ? new Date(Date.UTC(span.end, 0, 1)) : null,
        endPrecision: span.end ? 'YEAR' : null,
        position: pi,
        externalKey: projectKey,
        ...common,
      })
      for (const tid of territoryIds) projectTerritories.push({ projectId, territoryId: tid })

      p.contributions.forEach((x, xi) => {
        const where = `${c.id} project ${pi} contribution ${xi}`
        const note = annotation.get(`${c.id}/${pi}/${xi}`)
        if (!note) problems.push(`contribution-annotations.csv has no row for ${where}`)
        const party = resolveParty(c.id, x.party)
        if (!party || !note) return
        if (note.basis === 'rate' && !note.rate_period)
          problems.push(`contribution-annotations.csv: ${where} is a rate without a period`)
        const contributionId = stableId(`${projectKey}/c${xi}`)
        let amountMinor: bigint | null = null
        if (x.amount !== null) {
          try {
            amountMinor = toMinorUnits(x.amount)
          } catch (e) {
            problems.push(`${where}: ${(e as Error).message}`)
          }
        }
        // Value date: stated year, else the project's last year (or the partnership's start), marked estimated.
        const statedYear = note.value_year
        const derivedYear = span.end ?? (start ? start.date.getUTCFullYear() : null)
        const valueYear = amountMinor !== null ? (statedYear ?? derivedYear) : null
        const valueDate = valueYear ? new Date(Date.UTC(valueYear, 0, 1)) : null
        const valueDateEstimated = valueDate !== null && statedYear === null
        const conversion =
          amountMinor !== null && valueDate && x.currency
            ? convert({ amountMinor, currency: x.currency, valueDate, valueDateEstimated }, ref.rates, ref.usdRates)
            : null
        if (amountMinor !== null && !conversion)
          notConverted.push(`${where}: ${x.amount} ${x.currency} (no rate for ${x.currency})`)
        const shareMin = x.shareRange ? x.shareRange[0] : x.share
        const shareMax = x.shareRange ? x.shareRange[1] : x.share
        contributions.push({
          id: contributionId,
          projectId,
          partyForm: party.form,
          partyOrganizationId: party.form === 'ORGANIZATION' ? party.organizationIds[0] : null,
          partyNameAsReported: x.party,
          partyType: partyTypeFor(x.partyType, party, orgKindById),
          kind: contributionKindOf(x.kind, note.quantity_unit, x.quantity),
          nature: note.nature.toUpperCase() as ContributionNature,
          amountMinor,
          currency: amountMinor !== null ? x.currency : null,
          valueDate,
          valueDatePrecision: valueDate ? 'YEAR' : null,
          valueDateEstimated,
          shareMin: shareMin === null ? null : new Prisma.Decimal(shareMin),
          shareMax: shareMax === null ? null : new Prisma.Decimal(shareMax),
          quantityValue: note.quantity_value ? new Prisma.Decimal(note.quantity_value) : null,
          quantityUnit: note.quantity_unit,
          quantityAsReported: x.quantity ?? null,
          basis: note.basis === 'rate' ? 'RATE' : 'LUMP_SUM',
          rateUnit: note.basis === 'rate' ? note.rate_unit : null,
          ratePeriod: note.basis === 'rate' ? ((note.rate_period?.toUpperCase() ?? null) as RatePeriod | null) : null,
          isPledge: note.pledge,
          amountWithheld: false,
          amountKgsMinor: conversion?.amountKgsMinor ?? null,
          amountUsdMinor: conversion?.amountUsdMinor ?? null,
          fxRateToKgs: conversion ? new Prisma.Decimal(conversion.fxRateToKgs) : null,
          fxUsdRateToKgs: conversion?.fxUsdRateToKgs ? new Prisma.Decimal(conversion.fxUsdRateToKgs) : null,
          fxRateDate: conversion?.fxRateDate ?? null,
          fxRateSource: conversion?.fxRateSource ?? null,
          fxEstimated: conversion?.fxEstimated ?? false,
          grantId: null,
          note: x.note ? { en: x.note } : null,
          sourceDocumentId: handbookId,
          sourcePage: x.page,
          position: xi,
          externalKey: `${projectKey}/c${xi}`,
          ...common,
        })
        if (party.form === 'GROUP')
          for (const orgId of party.organizationIds)
            contributionGroupMembers.push({ contributionId, organizationId: orgId })
      })

      p.outcomes.forEach((o, oi) => {
        const kindRow = outcomeKind.get(`${c.id}/${pi}/${oi}`)
        if (!kindRow) return void problems.push(`outcome-kinds.csv has no row for ${c.id} project ${pi} outcome ${oi}`)
        if (kindRow.indicator_start && !o.indicator.startsWith(kindRow.indicator_start.trim()))
          problems.push(
            `outcome-kinds.csv: ${c.id} project ${pi} outcome ${oi} names "${kindRow.indicator_start}", the casebook "${o.indicator.slice(0, 30)}"`,
          )
        const { unit, qualifier, restatedFrom } = parseUnit(o.unit)
        if (restatedFrom !== null && restatedFrom !== o.value)
          problems.push(
            `${c.id} project ${pi} outcome ${oi}: the unit "${o.unit}" restates ${restatedFrom}, the value is ${o.value}`,
          )
        outcomes.push({
          id: stableId(`${projectKey}/o${oi}`),
          projectId,
          programmeId: null,
          indicator: { en: o.indicator },
          value: new Prisma.Decimal(String(o.value)),
          qualifier,
          unit: { en: unit },
          kind: kindRow.kind.toUpperCase() as OutcomeKind,
          date: null,
          datePrecision: null,
          disaggregation: null,
          theme: null,
          note: o.note ? { en: o.note } : null,
          sourceDocumentId: handbookId,
          sourcePage: o.page,
          position: oi,
          externalKey: `${projectKey}/o${oi}`,
          ...common,
        })
      })
    })

    // Agreements.
    c.agreements.forEach((a, ai) => {
      const agreementId = stableId(`${key}/a${ai}`)
      const signed = parsePartialDate(a.date)
      agreements.push({
        id: agreementId,
        partnershipId,
        kind: agreementKind[a.kind],
        subject: { en: a.subject },
        sourceLocale: 'en',
        signedDate: signed?.date ?? null,
        signedPrecision: signed?.precision ?? null,
        effectiveDate: null,
        effectivePrecision: null,
        expiryDate: null,
        expiryPrecision: null,
        status: 'UNKNOWN',
        documentRef: null,
        renewsAgreementId: null,
        sourceDocumentId: handbookId,
        sourcePage: a.page,
        externalKey: `${key}/a${ai}`,
        ...common,
      })
      // One row per party as the source reports it. A name the crosswalk reads as a group ("Project partners
      // incl. Balykchy City Administration and RCE") stays one party: it is not one organization, so it links
      // none, and it has a party type only when all its members share one.
      const linked = new Set<string>()
      a.parties.forEach((name, i) => {
        const r = resolveParty(c.id, name)
        if (!r) return
        const organizationId = r.form === 'ORGANIZATION' ? r.organizationIds[0] : null
        if (organizationId && linked.has(organizationId))
          problems.push(`${c.id} agreement ${ai}: "${name}" is a second party for the same organization`)
        if (organizationId) linked.add(organizationId)
        agreementParties.push({
          id: stableId(`${key}/a${ai}/party/${i}/0`),
          agreementId,
          organizationId,
          nameAsReported: name,
          partyType: agreementPartyType(r, orgKindById),
          signatoryName: null,
          signatoryTitle: null,
          position: i,
        })
      })
    })

    // The case study itself, with the oblast chapter of the handbook that files it.
    const chapter = [...ref.units.values()].find((u) => u.level === 1 && u.name_en === c.handbookSection)
    if (!chapter) problems.push(`${c.id}: handbook chapter "${c.handbookSection}" names no oblast`)
    const caseStudyId = stableId(`case-study:${c.id}`)
    caseStudies.push({
      id: caseStudyId,
      slug: c.id,
      title: { en: c.title },
      sourceLocale: 'en',
      partnershipId,
      organizationId: csoId,
      sourceDocumentId: handbookId,
      sourcePageFirst: c.source.pages[0],
      sourcePageLast: c.source.pages[1],
      sourceChapterTerritoryId: chapter ? territoryId(chapter.code) : null,
      externalKey: key,
      ...common,
    })
    const n = c.narrative
    const sections: [string, string[]][] = [
      ['SUMMARY', [n.summary]],
      ['BACKGROUND', [n.background]],
      ['DEVELOPMENT', [n.development]],
      ['CHALLENGES', [n.challenges]],
      ['OUTCOMES', [n.outcomes]],
      ['SUCCESS_FACTOR', n.successFactors],
      ['LESSON', n.lessons],
      ['EDITORIAL_NOTE', c.uncertain],
    ]
    for (const [kind, bodies] of sections)
      bodies.forEach((body, position) => {
        if (body.trim())
          caseStudySections.push({
            id: stableId(`${key}/section/${kind}/${position}`),
            caseStudyId,
            kind,
            position,
            body: { en: body },
          })
      })
  }

  if (problems.length) throw new SeedDataError('prisma/data/crosswalk', problems)
  return {
    organizations,
    organizationAliases,
    sourceDocuments,
    partnerships,
    partnershipParties,
    partnershipTerritories,
    projects,
    projectTerritories,
    contributions,
    contributionGroupMembers,
    outcomes,
    agreements,
    agreementParties,
    caseStudies,
    caseStudySections,
    report: { fallbacks, notConverted },
  }
}

/** A casebook party type in ours; international organizations get their own type whatever role they play. */
function partyTypeFor(
  type: CasebookContribution['partyType'],
  party: ResolvedParty,
  kinds: Map<string, OrganizationKind>,
): PartyType {
  if (party.form === 'ORGANIZATION' && kinds.get(party.organizationIds[0]) === 'INTERNATIONAL_ORGANIZATION')
    return 'INTERNATIONAL'
  return partyTypeOfCasebook[type]
}

/** The party type of an agreement party: its organization's, COMMUNITY, or for a group the one its members share. */
function agreementPartyType(party: ResolvedParty, kinds: Map<string, OrganizationKind>): PartyType | null {
  switch (party.form) {
    case 'ORGANIZATION':
      return partyTypeOfKind[kinds.get(party.organizationIds[0])!]
    case 'COMMUNITY':
      return 'COMMUNITY'
    case 'NAMED':
      return null
    case 'GROUP': {
      const types = new Set(party.members!.map((m) => agreementPartyType(m, kinds)).filter((t) => t !== null))
      return types.size === 1 ? [...types][0] : null
    }
  }
}
