// Reference data: territories, boundaries, one local self-government body per aiyl okmot, town and
// city, and the exchange rates.
import { Prisma } from '@/lib/generated/prisma/client'
import type { OrganizationKind, TerritoryKind } from '@/lib/generated/prisma/enums'
import { rateSource, type Rate, type UsdRate } from '@/lib/money/convert'
import { slugify } from '@/lib/text'
import { stableId } from '../ids'
import type { AdminUnit, SeedData } from '../load'
import { SeedDataError } from '../load'
import { compactName, lsgBodyId, REGISTRY_EDITORS_KEY, territoryId, type Row } from './rows'
import { sourceHash } from './translations'

const GEO_SOURCE = 'OCHA, MoES Kyrgyz Republic (COD-AB Kyrgyzstan), CC BY-IGO 3.0; simplified for this registry'

const territoryKind: Record<AdminUnit['kind'], TerritoryKind> = {
  oblast: 'OBLAST',
  republican_city: 'REPUBLICAN_CITY',
  rayon: 'RAYON',
  oblast_city: 'OBLAST_CITY',
  aiyl_okmot: 'AIYL_OKMOT',
  town: 'TOWN',
}

export type Reference = ReturnType<typeof planReference>

type YearlyRateRow = { year: number; kind: string; source: string }
const firstOfYear = (year: number) => new Date(Date.UTC(year, 0, 1))

/** A yearly rate of the reference data: its currency, dated the first of January of its year, and its basis. */
const yearlyRate = (currency: string, r: YearlyRateRow) => ({
  currency,
  date: firstOfYear(r.year),
  period: 'YEAR' as const,
  basis: r.kind,
})

/** The source as conversions cite it (with the basis and the date). */
const rateNote = (r: YearlyRateRow) => rateSource({ source: r.source, basis: r.kind, date: firstOfYear(r.year) })

export function planReference(data: SeedData, owner: string) {
  const problems: string[] = []
  const byCode = new Map(data.units.map((u) => [u.code, u]))
  if (byCode.size !== data.units.length) problems.push('territory codes are not unique')
  const kyNames = new Map(data.namesKy.map((n) => [n.code, n]))
  if (kyNames.size !== data.namesKy.length) problems.push('names-ky.csv: a code is listed twice')
  for (const n of data.namesKy)
    if (byCode.get(n.code)?.level !== 3) problems.push(`names-ky.csv: ${n.code} is not a level-3 unit`)
  for (const u of data.units)
    if (u.level === 3 && !u.name_ky && !kyNames.has(u.code)) problems.push(`names-ky.csv: no Kyrgyz name for ${u.code}`)

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
    name: compactName({ en: u.name_en, ru: u.name_ru, ky: u.name_ky ?? kyNames.get(u.code)?.name_ky }),
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
    const body = lsgBodyOf(u, kyNames.get(u.code)?.body_name_ky)
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
    ...yearlyRate('USD', r),
    rateToKgs: new Prisma.Decimal(r.kgs_per_usd),
    source: r.source,
  }))
  const rates: Rate[] = data.fx.map((r) => ({ ...yearlyRate('USD', r), rateToKgs: r.kgs_per_usd, source: rateNote(r) }))
  // Dollars per euro: a euro amount converts to som through the dollar (ADR 001).
  const usdExchangeRates: Row[] = data.usdPerEur.map((r) => ({
    id: stableId(`fx-usd:EUR:${r.year}`),
    ...yearlyRate('EUR', r),
    rateToUsd: new Prisma.Decimal(r.usd_per_eur),
    source: r.source,
  }))
  const usdRates: UsdRate[] = data.usdPerEur.map((r) => ({
    ...yearlyRate('EUR', r),
    rateToUsd: r.usd_per_eur,
    source: rateNote(r),
  }))

  // The Kyrgyz names the registry wrote are marked as such, so they are never shown as official ones.
  const textTranslations: Row[] = data.namesKy
    .filter((n) => n.status === 'registry')
    .flatMap((n) => {
      const unit = byCode.get(n.code)!
      const names: [string, string, string][] = [['Territory', territoryId(n.code), unit.name_ru]]
      if (lsgBodyOf(unit)) names.push(['Organization', lsgBodyId(n.code), unit.name_ru])
      return names.map(([entity, entityId, source]) => ({
        id: stableId(`text:${entity}:${entityId}:name:ky`),
        entity,
        entityId,
        field: 'name',
        locale: 'ky',
        status: 'REGISTRY',
        sourceLocale: 'ru',
        sourceHash: sourceHash(source),
      }))
    })

  return {
    territories,
    boundaries,
    registryEditors,
    lsgBodies,
    textTranslations,
    exchangeRates,
    usdExchangeRates,
    rates,
    usdRates,
    units: byCode,
  }
}

/** The body governing a unit; `ky` is its Kyrgyz name from names-ky.csv where the unit has no name_ky of its own. */
function lsgBodyOf(
  u: AdminUnit,
  ky?: string,
): { kind: OrganizationKind; name: Record<string, string>; slugSuffix: string } | null {
  const city = u.name_en.replace(/ \(city\)$/, '')
  const cityHallKy = u.name_ky ? `${u.name_ky.replace(/ шаары$/, '')} шаарынын мэриясы` : ky
  switch (u.kind) {
    case 'aiyl_okmot':
      return {
        kind: 'AIYL_OKMOT',
        slugSuffix: 'aiyl-okmot',
        name: compactName({ en: `${u.name_en} aiyl okmot`, ru: `Айыл окмоту (${u.name_ru})`, ky }),
      }
    case 'town':
      return {
        kind: 'TOWN_HALL',
        slugSuffix: 'town-hall',
        name: compactName({
          en: `${city} town administration`,
          ru: `Администрация города ${u.name_ru}`,
          ky: cityHallKy,
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
          ky: cityHallKy,
        }),
      }
    default:
      return null
  }
}
