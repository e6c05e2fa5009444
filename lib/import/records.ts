// The records behind the sheets: reading a stored record as the flat values of its columns (to compare
// with a row, and to export it) and turning flat values back into the model's columns and links.
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client'
import { sheets, type Column, type ImportKind } from './columns'
import { canonicalDecimal, type Flat, type FlatValue } from './cells'

export type Db = PrismaClient | Prisma.TransactionClient

export const modelOf = {
  organizations: 'organization',
  programmes: 'programme',
  partnerships: 'partnership',
  projects: 'project',
  grants: 'grant',
  contributions: 'contribution',
  outcomes: 'outcome',
} as const satisfies Record<ImportKind, string>

/** The audit trail's entity names. */
export const entityOf = {
  organizations: 'Organization',
  programmes: 'Programme',
  partnerships: 'Partnership',
  projects: 'Project',
  grants: 'Grant',
  contributions: 'Contribution',
  outcomes: 'Outcome',
} as const satisfies Record<ImportKind, string>

/** The few delegate methods the importer uses, alike on every model (one cast, in `delegate`). */
type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>
  createMany(args: { data: object[] }): Promise<unknown>
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>
  deleteMany(args: { where: object }): Promise<{ count: number }>
}
export const delegate = (db: Db, kind: ImportKind) => db[modelOf[kind]] as unknown as Delegate

const include: Partial<Record<ImportKind, object>> = {
  programmes: {
    parties: { select: { organizationId: true, role: true } },
    territories: { select: { territoryId: true } },
  },
  partnerships: {
    parties: { select: { organizationId: true, isLead: true } },
    territories: { select: { territoryId: true } },
  },
  projects: { territories: { select: { territoryId: true } } },
}

/** Date columns whose model keeps a precision beside them (the others store a full date). */
const precisionOf: Record<string, string | undefined> = {
  startDate: 'startPrecision',
  endDate: 'endPrecision',
  date: 'datePrecision',
}
const precisionColumn = (kind: ImportKind, field: string) =>
  field === 'valueDate' ? (kind === 'contributions' ? 'valueDatePrecision' : undefined) : precisionOf[field]

export type Stored = {
  id: string
  version: number
  ownerOrganizationId: string
  flat: Flat
  row: Record<string, unknown>
}

export async function loadStored(db: Db, kind: ImportKind, where: object): Promise<Stored[]> {
  const rows = await delegate(db, kind).findMany({ where, ...(include[kind] ? { include: include[kind] } : {}) })
  return rows.map((row) => ({
    id: row.id as string,
    version: row.version as number,
    ownerOrganizationId: row.ownerOrganizationId as string,
    flat: toFlat(kind, row),
    row,
  }))
}

function dateText(date: unknown, precision: unknown): string | null {
  if (!(date instanceof Date)) return null
  const iso = date.toISOString().slice(0, 10)
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso
}

/** Decimal text × 100 ("0.25" → "25"), exactly. */
function percentOf(fraction: string): string {
  const [w, f = ''] = fraction.split('.')
  const padded = f.padEnd(2, '0')
  return canonicalDecimal(`${w}${padded.slice(0, 2)}.${padded.slice(2) || '0'}`)
}
/** Percent text ÷ 100 ("25" → "0.25"). */
export function fractionOf(percent: string): string {
  const [w, f = ''] = percent.split('.')
  const whole = w.padStart(3, '0')
  return canonicalDecimal(`${whole.slice(0, -2)}.${whole.slice(-2)}${f}`)
}

const sorted = (ids: (string | null)[]) => [...new Set(ids.filter((x): x is string => !!x))].sort()

function toFlat(kind: ImportKind, row: Record<string, unknown>): Flat {
  const flat: Flat = {}
  const parties = (row.parties ?? []) as { organizationId: string | null; role?: string; isLead?: boolean }[]
  const territories = (row.territories ?? []) as { territoryId: string }[]
  for (const c of sheets[kind].columns) {
    const f = c.field
    let v: FlatValue = null
    switch (c.type.t) {
      case 'externalId':
        continue
      case 'text':
      case 'choice':
        if (f.includes('.')) {
          const [base, lang] = f.split('.')
          v = ((row[base] ?? {}) as Record<string, string | undefined>)[lang] ?? null
        } else v = (row[f] as string | null) ?? null
        break
      case 'choices':
        v = [...((row[f] as string[]) ?? [])].sort()
        break
      case 'date':
        v = dateText(row[f], row[precisionColumn(kind, f) ?? ''] ?? 'DAY')
        break
      case 'amount':
        v = row[f] === null || row[f] === undefined ? null : String(row[f])
        break
      case 'decimal':
        v = row[f] === null || row[f] === undefined ? null : canonicalDecimal(String(row[f]))
        break
      case 'percent': {
        const min = row.shareMin === null ? null : String(row.shareMin)
        const max = row.shareMax === null ? null : String(row.shareMax)
        v = min !== null && min === max ? percentOf(canonicalDecimal(min)) : null
        break
      }
      case 'integer':
      case 'yesNo':
      case 'publication':
      case 'ref':
      case 'org':
      case 'place':
        v = (row[f] as FlatValue) ?? null
        break
      case 'orgs':
        if (f === 'donors' || f === 'implementers' || f === 'partners') {
          const role = { donors: 'DONOR', implementers: 'IMPLEMENTER', partners: 'PARTNER' }[f]
          v = sorted(parties.filter((p) => p.role === role).map((p) => p.organizationId))
        } else if (f === 'lead') v = sorted(parties.filter((p) => p.isLead).map((p) => p.organizationId))
        else v = sorted(parties.map((p) => p.organizationId))
        break
      case 'places':
        v = sorted(territories.map((t) => t.territoryId))
        break
    }
    flat[f] = v
  }
  if (kind === 'contributions' && row.partyForm !== 'ORGANIZATION') flat.partyOrganizationId = null
  return flat
}

function toDate(text: string): { date: Date; precision: 'YEAR' | 'MONTH' | 'DAY' } {
  const [y, m, d] = text.split('-').map(Number)
  return {
    date: new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)),
    precision: d ? 'DAY' : m ? 'MONTH' : 'YEAR',
  }
}

/** A date as the kind stores it: a column without a precision keeps the full date ("2019" → "2019-01-01"). */
export function normalizeDate(kind: ImportKind, field: string, text: string): string {
  if (precisionColumn(kind, field)) return text
  return toDate(text).date.toISOString().slice(0, 10)
}

const isLink = (c: Column) => c.type.t === 'orgs' || c.type.t === 'places'

/**
 * The model's scalar columns for the fields in `fields` (all of them for a create), from the full flat
 * record. Localized texts are written whole when any of their languages changed.
 */
export function scalarData(kind: ImportKind, flat: Flat, fields: ReadonlySet<string>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const c of sheets[kind].columns) {
    const f = c.field
    if (!fields.has(f) || isLink(c) || c.type.t === 'externalId') continue
    const v = flat[f]
    if (f.includes('.')) {
      const [base] = f.split('.')
      const obj = Object.fromEntries(
        (['ky', 'ru', 'en'] as const).flatMap((l) => {
          const t = flat[`${base}.${l}`]
          return typeof t === 'string' && t ? [[l, t]] : []
        }),
      )
      data[base] = Object.keys(obj).length ? obj : Prisma.DbNull
      continue
    }
    switch (c.type.t) {
      case 'date': {
        const d = typeof v === 'string' ? toDate(v) : null
        data[f] = d?.date ?? null
        const p = precisionColumn(kind, f)
        if (p) data[p] = d?.precision ?? null
        break
      }
      case 'amount':
        data[f] = typeof v === 'string' ? BigInt(v) : null
        break
      case 'percent': {
        const fraction = typeof v === 'string' ? fractionOf(v) : null
        data.shareMin = fraction
        data.shareMax = fraction
        break
      }
      case 'choices':
        data[f] = v ?? []
        break
      default:
        data[f] = v
    }
  }
  return data
}

/** The link fields of a kind (organizations lists and places), written by `writeLinks`. */
export const linkFields = (kind: ImportKind) => sheets[kind].columns.filter(isLink).map((c) => c.field)
