// The public records as flat tables, one per record kind: what every download (CSV, XLSX, JSON,
// HXL), `npm run export:all` and the data dictionary are made of. The rows come only from the
// public boundary (lib/public), already masked there; this module only flattens them. A figure that
// is unknown or withheld is null here and an empty cell in every format, never 0.
import { allLocales } from '@/lib/i18n/localized'
import { locales, type Locale } from '@/lib/i18n/locales'
import { minorToNumber } from '@/lib/money/minor'
import type { CatalogOrganization, CatalogPartnership, CatalogProgramme } from '@/lib/public/catalog'
import type { ListedCaseStudy } from '@/lib/public/case-studies'
import type { PartialDate, PartyRef, Place, Text } from '@/lib/public/dto'
import type { IatiProject } from '@/lib/public/iati'
import type { TerritoryListItem } from '@/lib/public/territories'

export const recordKinds = [
  'projects',
  'contributions',
  'outcomes',
  'grants',
  'organizations',
  'partnerships',
  'programmes',
  'territories',
  'case-studies',
] as const
export type RecordKind = (typeof recordKinds)[number]

/** The files a table downloads as (lib/export/formats.ts writes them). */
export const exportFormats = ['xlsx', 'csv', 'json', 'hxl'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  hxl: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
export const extensions: Record<ExportFormat, string> = { csv: 'csv', hxl: 'hxl.csv', json: 'json', xlsx: 'xlsx' }

export type ExportValue = string | number | boolean | null
export type ExportRow = Record<string, ExportValue>

/**
 * A column: its machine name (the same in every language, so a file reads the same to a program
 * whatever the reader's language), an optional HXL hashtag, and whether it holds text in three
 * languages (then it is three columns, `name_ky`, `name_ru`, `name_en`).
 */
export type ColumnSpec = { key: string; hxl?: string; localized?: boolean }
export type ExportColumn = { key: string; base: string; hxl?: string; language?: Locale }
export type ExportTable = { kind: RecordKind | 'dictionary'; columns: ExportColumn[]; rows: ExportRow[] }

const languages = locales

/** A table's specs as columns, a localized one expanded to one column per language. */
export function expandColumns(specs: readonly ColumnSpec[]): ExportColumn[] {
  return specs.flatMap((s) =>
    s.localized
      ? languages.map((language) => ({
          key: `${s.key}_${language}`,
          base: s.key,
          hxl: s.hxl && `${s.hxl}+i_${language}`,
          language,
        }))
      : [{ key: s.key, base: s.key, hxl: s.hxl }],
  )
}

/** Columns of each record kind, in file order. The data dictionary explains each in three languages. */
export const columnSpecs = {
  projects: [
    { key: 'project_id', hxl: '#activity+id' },
    { key: 'title', hxl: '#activity+name', localized: true },
    { key: 'description', hxl: '#activity+description', localized: true },
    { key: 'start', hxl: '#date+start' },
    { key: 'end', hxl: '#date+end' },
    { key: 'period_as_reported' },
    { key: 'partnership', hxl: '#output+partnership+id' },
    { key: 'programme', hxl: '#output+programme+id' },
    { key: 'place_codes', hxl: '#loc+code' },
    { key: 'source_language' },
  ],
  contributions: [
    { key: 'contribution_id', hxl: '#contribution+id' },
    { key: 'project_id', hxl: '#activity+id' },
    { key: 'party', hxl: '#org+name' },
    { key: 'party_organization', hxl: '#org+id' },
    { key: 'party_type', hxl: '#org+type' },
    { key: 'kind', hxl: '#contribution+type' },
    { key: 'nature' },
    { key: 'amount', hxl: '#value' },
    { key: 'currency', hxl: '#currency' },
    { key: 'amount_kgs', hxl: '#value+kgs' },
    { key: 'amount_usd', hxl: '#value+usd' },
    { key: 'value_date', hxl: '#date' },
    { key: 'withheld' },
    { key: 'pledge' },
    { key: 'counted' },
    { key: 'from_grant' },
    { key: 'source' },
  ],
  outcomes: [
    { key: 'outcome_id', hxl: '#indicator+id' },
    { key: 'project_id', hxl: '#activity+id' },
    { key: 'indicator', hxl: '#indicator+name', localized: true },
    { key: 'value', hxl: '#indicator+num' },
    { key: 'qualifier' },
    { key: 'unit', hxl: '#indicator+unit', localized: true },
    { key: 'kind', hxl: '#indicator+type' },
    { key: 'date', hxl: '#date' },
    { key: 'source' },
  ],
  grants: [
    { key: 'grant_id', hxl: '#grant+id' },
    { key: 'project_id', hxl: '#activity+id' },
    { key: 'title', hxl: '#grant+name', localized: true },
    { key: 'funder', hxl: '#org+funder+id' },
    { key: 'recipient', hxl: '#org+impl+id' },
    { key: 'amount', hxl: '#value' },
    { key: 'currency', hxl: '#currency' },
    { key: 'withheld' },
    { key: 'start', hxl: '#date+start' },
    { key: 'end', hxl: '#date+end' },
  ],
  organizations: [
    { key: 'organization', hxl: '#org+id' },
    { key: 'name', hxl: '#org+name', localized: true },
    { key: 'kind', hxl: '#org+type' },
    { key: 'founded_year' },
    { key: 'home_place', hxl: '#loc+code' },
    { key: 'governs_place', hxl: '#adm3+code' },
  ],
  partnerships: [
    { key: 'partnership', hxl: '#output+partnership+id' },
    { key: 'title', hxl: '#output+name', localized: true },
    { key: 'status', hxl: '#status' },
    { key: 'start', hxl: '#date+start' },
    { key: 'end', hxl: '#date+end' },
    { key: 'themes', hxl: '#sector' },
    { key: 'parties', hxl: '#org+name' },
    { key: 'place_codes', hxl: '#loc+code' },
  ],
  programmes: [
    { key: 'programme', hxl: '#output+programme+id' },
    { key: 'title', hxl: '#output+name', localized: true },
    { key: 'start', hxl: '#date+start' },
    { key: 'end', hxl: '#date+end' },
    { key: 'budget', hxl: '#value+budget' },
    { key: 'currency', hxl: '#currency' },
    { key: 'themes', hxl: '#sector' },
    { key: 'donors', hxl: '#org+funder+id' },
    { key: 'implementers', hxl: '#org+impl+id' },
    { key: 'place_codes', hxl: '#loc+code' },
  ],
  territories: [
    { key: 'code', hxl: '#loc+code' },
    { key: 'level' },
    { key: 'kind', hxl: '#loc+type' },
    { key: 'name', hxl: '#loc+name', localized: true },
    { key: 'parent_code', hxl: '#loc+code+parent' },
  ],
  'case-studies': [
    { key: 'case_study', hxl: '#output+case_study+id' },
    { key: 'title', hxl: '#output+name', localized: true },
    { key: 'start', hxl: '#date+start' },
    { key: 'end', hxl: '#date+end' },
    { key: 'themes', hxl: '#sector' },
    { key: 'lead', hxl: '#org+id' },
    { key: 'place_codes', hxl: '#loc+code' },
  ],
} as const satisfies Record<RecordKind, readonly ColumnSpec[]>

// ---- cells ------------------------------------------------------------------------------------------

/** A partial date as precise as it is known: "2021", "2021-03" or "2021-03-04". */
export function partialDateCell(d: PartialDate | null): string | null {
  if (!d) return null
  const iso = d.date.toISOString().slice(0, 10)
  return d.precision === 'YEAR' ? iso.slice(0, 4) : d.precision === 'MONTH' ? iso.slice(0, 7) : iso
}

/** `title` → {title_ky, title_ru, title_en}: each language's own text, empty where it has none. */
function localized(key: string, t: Text | null): ExportRow {
  const all = allLocales(t ?? {})
  return Object.fromEntries(languages.map((l) => [`${key}_${l}`, all[l] ?? null]))
}

const list = (values: readonly string[]) => (values.length ? values.join('; ') : null)
const codes = (places: readonly Place[]) => list(places.map((p) => p.code))
const money = (m: { minor: bigint } | null) => (m ? minorToNumber(m.minor) : null)
/** A party as the public may name it: the organization's slug, else the source's words, else nothing. */
const partyName = (p: PartyRef) => p.asReported ?? p.organization?.name.en ?? p.organization?.name.ru ?? null
const citation = (s: { citation: string; page: number | null } | null) =>
  s && (s.page === null ? s.citation : `${s.citation}, p. ${s.page}`)

// ---- rows -------------------------------------------------------------------------------------------

/** The projects of a filter and the records behind them: four tables from one read of the boundary. */
export function projectTables(projects: readonly IatiProject[]) {
  return {
    projects: projects.map((p): ExportRow => ({
      project_id: p.id,
      ...localized('title', p.title),
      ...localized('description', p.description),
      start: partialDateCell(p.start),
      end: partialDateCell(p.end),
      period_as_reported: p.periodAsReported,
      partnership: p.partnership?.slug ?? null,
      programme: p.programme?.slug ?? null,
      place_codes: codes(p.places),
      source_language: p.sourceLocale,
    })),
    contributions: projects.flatMap((p) =>
      p.contributions.map((c): ExportRow => ({
        contribution_id: c.id,
        project_id: p.id,
        party: partyName(c.party),
        party_organization: c.party.organization?.slug ?? null,
        party_type: c.partyType,
        kind: c.kind,
        nature: c.nature,
        amount: money(c.amount),
        currency: c.amount?.currency ?? null,
        amount_kgs: c.converted ? minorToNumber(c.converted.kgsMinor) : null,
        amount_usd: c.converted ? minorToNumber(c.converted.usdMinor) : null,
        value_date: partialDateCell(c.valueDate),
        withheld: c.withheld,
        pledge: c.pledge,
        counted: c.class,
        from_grant: c.isGrant,
        source: citation(c.source),
      })),
    ),
    outcomes: projects.flatMap((p) =>
      p.outcomes.map((o): ExportRow => ({
        outcome_id: o.id,
        project_id: p.id,
        ...localized('indicator', o.indicator),
        value: o.value,
        qualifier: o.qualifier,
        ...localized('unit', o.unit),
        kind: o.kind,
        date: partialDateCell(o.date),
        source: citation(o.source),
      })),
    ),
    grants: projects.flatMap((p) =>
      p.grants.map((g): ExportRow => ({
        grant_id: g.id,
        project_id: p.id,
        ...localized('title', g.title),
        funder: g.funder?.slug ?? null,
        recipient: g.recipient?.slug ?? null,
        amount: money(g.amount),
        currency: g.amount?.currency ?? null,
        withheld: g.withheld,
        start: partialDateCell(g.start),
        end: partialDateCell(g.end),
      })),
    ),
  } satisfies Partial<Record<RecordKind, ExportRow[]>>
}

export const organizationRow = (o: CatalogOrganization): ExportRow => ({
  organization: o.slug,
  ...localized('name', o.name),
  kind: o.kind,
  founded_year: o.foundedYear,
  home_place: o.homeTerritory?.code ?? null,
  governs_place: o.governsTerritory?.code ?? null,
})

export const partnershipRow = (p: CatalogPartnership): ExportRow => ({
  partnership: p.slug,
  ...localized('title', p.title),
  status: p.status,
  start: partialDateCell(p.start),
  end: partialDateCell(p.end),
  themes: list(p.themes),
  parties: list(p.parties.flatMap((x) => x.organization?.slug ?? x.asReported ?? [])),
  place_codes: codes(p.places),
})

export const programmeRow = (p: CatalogProgramme): ExportRow => {
  const role = (r: string) => list(p.parties.filter((x) => x.role === r).map((x) => x.organization.slug))
  return {
    programme: p.slug,
    ...localized('title', p.title),
    start: partialDateCell(p.start),
    end: partialDateCell(p.end),
    budget: money(p.budget),
    currency: p.budget?.currency ?? null,
    themes: list(p.themes),
    donors: role('DONOR'),
    implementers: role('IMPLEMENTER'),
    place_codes: codes(p.places),
  }
}

export const territoryRow = (t: TerritoryListItem): ExportRow => ({
  code: t.code,
  level: t.level,
  kind: t.kind,
  ...Object.fromEntries(languages.map((l) => [`name_${l}`, t.names[l]])),
  parent_code: t.parentCode,
})

export const caseStudyRow = (c: ListedCaseStudy): ExportRow => ({
  case_study: c.slug,
  ...localized('title', c.title),
  start: partialDateCell(c.start),
  end: partialDateCell(c.end),
  themes: list(c.themes),
  lead: c.lead?.slug ?? null,
  place_codes: list(c.territoryCodes),
})

export function table(kind: RecordKind, rows: ExportRow[]): ExportTable {
  return { kind, columns: expandColumns(columnSpecs[kind]), rows }
}
