// Reads and validates every data file the seed uses. Nothing is written until all of it is valid.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { parseCsv } from '@/lib/csv/parse'
import { themes } from '@/lib/themes'

export const DATA_DIR = path.join(import.meta.dirname, '..', 'data')

export class SeedDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file}: ${problems.length} problem(s)\n  - ${problems.slice(0, 30).join('\n  - ')}${problems.length > 30 ? `\n  … and ${problems.length - 30} more` : ''}`,
    )
  }
}

function read(dir: string, rel: string): string {
  try {
    return readFileSync(path.join(dir, rel), 'utf8')
  } catch (e) {
    throw new SeedDataError(`prisma/data/${rel}`, [`cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`])
  }
}

function parseWith<T>(rel: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw new SeedDataError(
    `prisma/data/${rel}`,
    parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
  )
}

function csv<T>(dir: string, rel: string, row: z.ZodType<T>): T[] {
  let rows: Record<string, string>[]
  try {
    rows = parseCsv(read(dir, rel), `prisma/data/${rel}`)
  } catch (e) {
    if (e instanceof SeedDataError) throw e
    throw new SeedDataError(`prisma/data/${rel}`, [(e as Error).message])
  }
  return parseWith(rel, z.array(row), rows)
}

function json(dir: string, rel: string): unknown {
  try {
    return JSON.parse(read(dir, rel))
  } catch (e) {
    if (e instanceof SeedDataError) throw e
    throw new SeedDataError(`prisma/data/${rel}`, [`not valid JSON: ${(e as Error).message}`])
  }
}

// ---- geography ------------------------------------------------------------------------------------
const optional = z.string().transform((s) => s.trim() || null)
const AdminUnit = z.object({
  code: z.string().regex(/^KG(-[A-Z]{1,2}|\d{11})$/, 'not an ISO 3166-2:KG or COD-AB code'),
  level: z.enum(['1', '2', '3']).transform(Number),
  parent_code: optional,
  name_en: z.string().min(1),
  name_ru: z.string().min(1),
  name_ky: optional,
  kind: z.enum(['oblast', 'republican_city', 'rayon', 'oblast_city', 'aiyl_okmot', 'town']),
  center: optional,
  source: z.string().min(1),
})
export type AdminUnit = z.infer<typeof AdminUnit>

/** Kyrgyz names of the level-3 units and their LSG bodies (prisma/data/geo/README.md, "Kyrgyz names"). */
const cyrillic = z
  .string()
  .trim()
  .regex(/^[\p{Script=Cyrillic}\s\-.()0-9]+$/u, 'not a Cyrillic name')
const NameKyRow = z
  .object({
    code: z.string().regex(/^KG\d{11}$/, 'not a level-3 COD-AB code'),
    name_ky: cyrillic,
    body_name_ky: cyrillic,
    /** sourced: the spelling is given by a source (named in note); registry: written by the registry, not reviewed */
    status: z.enum(['sourced', 'registry']),
    note: z.string(),
  })
  .refine((r) => r.status !== 'sourced' || r.note.trim(), { message: 'a sourced name names its source in note' })
export type NameKyRow = z.infer<typeof NameKyRow>

const Geometry = z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()).min(1) })
const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({ type: z.literal('Feature'), properties: z.object({ code: z.string() }).loose(), geometry: Geometry }),
  ),
})
export type Geometry = z.infer<typeof Geometry>

const FxRow = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number),
  kgs_per_usd: z.string().regex(/^\d+(\.\d{1,6})?$/, 'a positive decimal with at most 6 decimals'),
  kind: z.string().min(1),
  source: z.string().min(1),
})
export type FxRow = z.infer<typeof FxRow>
const UsdPerEurRow = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number),
  usd_per_eur: z.string().regex(/^\d+(\.\d{1,6})?$/, 'a positive decimal with at most 6 decimals'),
  kind: z.string().min(1),
  source: z.string().min(1),
})
export type UsdPerEurRow = z.infer<typeof UsdPerEurRow>

// ---- casebook -------------------------------------------------------------------------------------
const YearOrMonth = z.union([z.number().int().min(1900).max(2100), z.string().regex(/^\d{4}(-\d{2})?$/)])
const Contribution = z
  .object({
    party: z.string().min(1),
    partyType: z.enum(['lsg', 'state', 'cso', 'donor', 'business', 'community', 'other']),
    kind: z.enum(['cash', 'in_kind', 'labor', 'premises', 'equipment', 'expertise', 'other']),
    amount: z.number().nonnegative().nullable(),
    currency: z.enum(['KGS', 'USD', 'EUR']).nullable(),
    share: z.number().min(0).max(1).nullable(),
    shareRange: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional(),
    quantity: z.string().min(1).optional(),
    note: z.string(),
    page: z.number().int().positive().nullable(),
  })
  .strict()
  .refine((c) => (c.amount === null) === (c.currency === null), 'amount and currency go together')
  .refine((c) => !c.shareRange || c.shareRange[0] <= c.shareRange[1], 'shareRange is [min, max]')
const Outcome = z
  .object({
    indicator: z.string().min(1),
    value: z.number(),
    unit: z.string().min(1),
    note: z.string(),
    page: z.number().int().positive().nullable(),
  })
  .strict()
const Case = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1),
    cso: z.object({
      name: z.string().min(1),
      legalForm: z.enum(['public_association', 'public_foundation', 'institution', 'initiative_group', 'other']),
      founded: z.number().int().nullable(),
    }),
    location: z.object({
      oblast: z.string(),
      rayon: z.string().nullable(),
      settlement: z.string().nullable(),
      level: z.string(),
    }),
    handbookSection: z.string(),
    partners: z.array(
      z.object({
        name: z.string().min(1),
        type: z.enum(['lsg', 'state', 'cso', 'donor', 'business', 'community', 'other']),
        role: z.string(),
      }),
    ),
    period: z.object({ start: YearOrMonth.nullable(), end: YearOrMonth.nullable() }),
    themes: z.array(z.enum(themes)),
    projects: z.array(
      z.object({
        title: z.string().min(1),
        years: z.string(),
        description: z.string(),
        contributions: z.array(Contribution),
        outcomes: z.array(Outcome),
      }),
    ),
    agreements: z.array(
      z.object({
        kind: z.enum([
          'memorandum_of_understanding',
          'memorandum_of_cooperation',
          'memorandum_of_agreement',
          'partnership_agreement',
          'teaming_agreement',
          'other',
        ]),
        parties: z.array(z.string().min(1)),
        date: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
          .nullable(),
        subject: z.string().min(1),
        page: z.number().int().positive().nullable(),
      }),
    ),
    narrative: z.object({
      summary: z.string(),
      background: z.string(),
      development: z.string(),
      challenges: z.string(),
      outcomes: z.string(),
      successFactors: z.array(z.string()),
      lessons: z.array(z.string()),
    }),
    uncertain: z.array(z.string()),
    source: z.object({
      document: z.string(),
      publication: z.string(),
      pages: z.tuple([z.number().int(), z.number().int()]),
    }),
  })
  .strict()
export type CasebookCase = z.infer<typeof Case>
export type CasebookContribution = z.infer<typeof Contribution>
export type CasebookOutcome = z.infer<typeof Outcome>

// ---- crosswalk tables (reviewed by hand, committed beside the data) ----------------------------------
const flag = z.enum(['0', '1']).transform((v) => v === '1')
const index = z.string().regex(/^\d+$/).transform(Number)
const CasePlace = z.object({
  case_id: z.string().min(1),
  place_as_written: z.string(),
  territory_code: z.string().min(1),
  resolution: z.enum(['unit', 'village_to_aiyl_okmot', 'rayon_fallback', 'oblast_fallback']),
  primary: flag,
  note: z.string(),
})
export type CasePlace = z.infer<typeof CasePlace>
export const orgKinds = [
  'public_association',
  'public_foundation',
  'institution',
  'initiative_group',
  'cso_other',
  'aiyl_okmot',
  'town_hall',
  'city_hall',
  'aiyl_kenesh',
  'city_kenesh',
  'lsg_other',
  'rayon_administration',
  'oblast_administration',
  'ministry',
  'state_agency',
  'state_institution',
  'state_other',
  'donor',
  'business',
  'community_group',
  'international_organization',
  'other',
] as const
const OrgRow = z.object({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case key'),
  kind: z.enum(orgKinds),
  name_en: z.string().min(1),
  name_ru: optional,
  name_ky: optional,
  home_territory_code: optional,
  founded: z
    .string()
    .regex(/^(\d{4})?$/)
    .transform((s) => (s ? Number(s) : null)),
  note: z.string(),
})
export type OrgRow = z.infer<typeof OrgRow>
const AliasRow = z.object({
  case_id: z.string().min(1),
  name_as_written: z.string().min(1),
  target: z.string().min(1),
  note: z.string(),
})
export type AliasRow = z.infer<typeof AliasRow>
const OutcomeKindRow = z.object({
  case_id: z.string().min(1),
  project_index: index,
  item_index: index,
  kind: z.enum(['actual', 'baseline', 'target', 'context']),
  indicator_start: z.string(),
  reason: z.string(),
})
export type OutcomeKindRow = z.infer<typeof OutcomeKindRow>
const ContributionAnnotation = z.object({
  case_id: z.string().min(1),
  project_index: index,
  item_index: index,
  basis: z.enum(['lump_sum', 'rate']),
  rate_unit: optional,
  rate_period: z.enum(['', 'day', 'week', 'month', 'year']).transform((s) => s || null),
  pledge: flag,
  /** blank: a cost share; `tax` or `condition`: a line that is never a cost share (schema: ContributionNature) */
  nature: z.enum(['', 'cost_share', 'tax', 'condition']).transform((s) => s || 'cost_share'),
  quantity_value: z
    .string()
    .regex(/^(\d+(\.\d+)?)?$/)
    .transform((s) => s || null),
  quantity_unit: optional,
  value_year: z
    .string()
    .regex(/^(\d{4})?$/)
    .transform((s) => (s ? Number(s) : null)),
  reason: z.string(),
})
export type ContributionAnnotation = z.infer<typeof ContributionAnnotation>

export type SeedData = ReturnType<typeof loadReferenceData> & { casebook: ReturnType<typeof loadCasebookData> | null }

export function loadReferenceData(dir = DATA_DIR) {
  const units = csv(dir, 'geo/admin-units.csv', AdminUnit)
  const oblasts = parseWith('geo/oblasts.geojson', FeatureCollection, json(dir, 'geo/oblasts.geojson'))
  const rayons = parseWith('geo/rayons.geojson', FeatureCollection, json(dir, 'geo/rayons.geojson'))
  const fx = csv(dir, 'fx/kgs-per-usd-annual.csv', FxRow)
  const usdPerEur = csv(dir, 'fx/usd-per-eur-annual.csv', UsdPerEurRow)
  const namesKy = csv(dir, 'geo/names-ky.csv', NameKyRow)
  return { units, boundaries: [...oblasts.features, ...rayons.features], fx, usdPerEur, namesKy }
}

/** case id → JSON pointer inside the case → text (prisma/seed/plan/translations.ts). */
const Translations = z.record(z.string(), z.record(z.string().startsWith('/'), z.string().trim().min(1)))

export function loadCasebookData(dir = DATA_DIR) {
  const translation = (locale: string) =>
    parseWith(`casebook/translations/${locale}.json`, Translations, json(dir, `casebook/translations/${locale}.json`))
  return {
    cases: parseWith('casebook/casebook.json', z.array(Case), json(dir, 'casebook/casebook.json')),
    translations: { ru: translation('ru'), ky: translation('ky') },
    places: csv(dir, 'crosswalk/case-places.csv', CasePlace),
    organizations: csv(dir, 'crosswalk/organizations.csv', OrgRow),
    aliases: csv(dir, 'crosswalk/party-aliases.csv', AliasRow),
    outcomeKinds: csv(dir, 'crosswalk/outcome-kinds.csv', OutcomeKindRow),
    contributionNotes: csv(dir, 'crosswalk/contribution-annotations.csv', ContributionAnnotation),
  }
}
