// The dry run: every row read, resolved and compared with what is stored, before anything is written.
// The result (the plan) is both the report the user sees and what lib/import/commit.ts writes.
import { createHash } from 'node:crypto'
import type { Access, Actor } from '@/lib/auth/roles'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import type { ContributionKind, OrganizationKind } from '@/lib/generated/prisma/enums'
import { IN_KIND } from '@/lib/contributions/schema'
import { recognizeUnit } from '@/lib/contributions/units'
import { sheets as formats, importKinds, type Column, type ImportKind } from './columns'
import { readCell, type Flat, type FlatValue } from './cells'
import type { Sheet } from './parse'
import { MAX_PROBLEMS, type Problem, type ProblemCode } from './problems'
import { delegate, loadStored, normalizeDate, type Db, type Stored } from './records'
import { organizationResolver, placeResolver, type OrganizationResolver, type PlaceResolver } from './resolve'
import { valueContribution } from './valuation'

/** Who imports: the organization that owns what is created (and whose external ids are used). */
export type Acting = {
  organizationId: string
  /** Null for a system write (the seed, the command line as an organization). */
  actor: Actor | null
  access: Access | null
}

export type PlanItem = {
  kind: ImportKind
  sheet: string
  row: number
  externalId: string
  id: string
  /** `link`: unchanged, but its registry id becomes its external id. */
  action: 'create' | 'update' | 'unchanged'
  flat: Flat
  /** The fields this import writes (all of them on a create). */
  changed: string[]
  /** Their stored values (update only). */
  before: Flat
  /** The version read (update); the import writes only if it is still the same. */
  version: number
  /** The external id is new to the organization's namespace. */
  newExternalId: boolean
}

export type Counts = { created: number; updated: number; unchanged: number }
export type Plan = {
  items: PlanItem[]
  problems: Problem[]
  counts: Counts
  byKind: Partial<Record<ImportKind, Counts>>
}

/** The id of a record an import creates: stable for (organization, kind, external id). */
export const importedRecordId = (organizationId: string, kind: ImportKind, externalId: string) =>
  'c' + createHash('sha256').update(`import:${organizationId}:${kind}:${externalId}`).digest('hex').slice(0, 24)

const REGISTRY_ID = /^[a-z0-9]{20,40}$/
const CHUNK = 5000

const canonical = (v: FlatValue | undefined) => JSON.stringify(v ?? null)

function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

async function loadByIds(db: Db, kind: ImportKind, ids: string[]): Promise<Map<string, Stored>> {
  const map = new Map<string, Stored>()
  for (const part of chunks([...new Set(ids)]))
    for (const s of await loadStored(db, kind, { id: { in: part } })) map.set(s.id, s)
  return map
}

export async function stageImport(db: Db, sheets: readonly Sheet[], acting: Acting): Promise<Plan> {
  const problems: Problem[] = []
  const report = (p: Problem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p)
  }
  const namespace = new Map<ImportKind, Map<string, string>>(importKinds.map((k) => [k, new Map()]))
  for (const part of await db.externalId.findMany({
    where: { organizationId: acting.organizationId },
    select: { kind: true, externalId: true, entityId: true },
  }))
    namespace.get(part.kind as ImportKind)?.set(part.externalId, part.entityId)
  const fileIds = new Map<ImportKind, Map<string, string>>(importKinds.map((k) => [k, new Map()]))
  const orgs = await organizationResolver(db, acting.organizationId)
  let places: PlaceResolver | null = null
  const items: PlanItem[] = []

  for (const sheet of sheets) {
    const kind = sheet.kind
    const columns = formats[kind].columns
    const ns = namespace.get(kind)!
    const inFile = fileIds.get(kind)!

    // 1. Which record each row is: its external id in the namespace, a registry id of ours, or new.
    const firstRow = new Map<string, number>()
    const rows: { row: number; cells: Record<string, string>; ext: string }[] = []
    for (const r of sheet.rows) {
      const ext = (r.cells.external_id ?? '').trim()
      const cell = readCell(columns[0], ext)
      if (cell.t === 'keep') report({ sheet: sheet.name, row: r.row, column: 'external_id', code: 'required' })
      else if (cell.t === 'error')
        report({ sheet: sheet.name, row: r.row, column: 'external_id', code: cell.code, params: cell.params })
      else if (firstRow.has(ext))
        report({
          sheet: sheet.name,
          row: r.row,
          column: 'external_id',
          code: 'duplicateId',
          params: { value: ext, other: firstRow.get(ext)! },
        })
      else {
        firstRow.set(ext, r.row)
        rows.push({ row: r.row, cells: r.cells, ext })
      }
    }
    const maybeIds = rows.filter((r) => !ns.has(r.ext) && REGISTRY_ID.test(r.ext)).map((r) => r.ext)
    const stored = await loadByIds(db, kind, [
      ...rows.flatMap((r) => (ns.has(r.ext) ? [ns.get(r.ext)!] : [])),
      ...maybeIds,
    ])
    const identified: {
      row: number
      cells: Record<string, string>
      ext: string
      id: string
      newExternalId: boolean
    }[] = []
    for (const r of rows) {
      const known = ns.get(r.ext)
      if (known) identified.push({ ...r, id: known, newExternalId: false })
      else if (stored.has(r.ext)) {
        if (stored.get(r.ext)!.ownerOrganizationId !== acting.organizationId) {
          report({
            sheet: sheet.name,
            row: r.row,
            column: 'external_id',
            code: 'otherOrgRecord',
            params: { value: r.ext },
          })
          continue
        }
        identified.push({ ...r, id: r.ext, newExternalId: true })
      } else identified.push({ ...r, id: importedRecordId(acting.organizationId, kind, r.ext), newExternalId: true })
    }
    for (const r of identified) inFile.set(r.ext, r.id)

    // 2. References to records of other sheets that are neither in the file nor in the namespace.
    const refColumns = columns.filter((c) => c.type.t === 'ref')
    const refOwners = new Map<string, string>()
    for (const c of refColumns) {
      const target = (c.type as { kind: ImportKind }).kind
      const tokens = identified
        .map((r) => (r.cells[c.name] ?? '').trim())
        .filter((t) => t && !fileIds.get(target)!.has(t) && !namespace.get(target)!.has(t) && REGISTRY_ID.test(t))
      for (const part of chunks([...new Set(tokens)]))
        for (const x of await delegate(db, target).findMany({
          where: { id: { in: part } },
          select: { id: true, ownerOrganizationId: true },
        }))
          refOwners.set(`${target}:${x.id as string}`, x.ownerOrganizationId as string)
    }
    if (columns.some((c) => c.type.t === 'place' || c.type.t === 'places')) places ??= await placeResolver(db)

    // 3. Each row merged over what is stored, checked, compared.
    for (const r of identified) {
      const existing = stored.get(r.id)
      const flat: Flat = existing ? { ...existing.flat } : defaults(kind)
      const touched = new Set<string>()
      let bad = false
      const fail = (column: Column | string, code: ProblemCode, params?: Record<string, string | number>) => {
        bad = true
        report({
          sheet: sheet.name,
          row: r.row,
          column: typeof column === 'string' ? column : column.name,
          code,
          params,
        })
      }
      for (const c of columns.slice(1)) {
        if (!(c.name in r.cells)) continue
        const cell = readCell(c, r.cells[c.name])
        if (cell.t === 'keep') continue
        if (cell.t === 'error') {
          fail(c, cell.code, cell.params)
          continue
        }
        touched.add(c.field)
        if (cell.t === 'clear')
          flat[c.field] = c.type.t === 'orgs' || c.type.t === 'places' || c.type.t === 'choices' ? [] : null
        else if (cell.t === 'set')
          flat[c.field] =
            c.type.t === 'date' && typeof cell.v === 'string' ? normalizeDate(kind, c.field, cell.v) : cell.v
        else {
          const ids: string[] = []
          for (const token of cell.tokens) {
            const res = resolveToken(c, token, { fileIds, namespace, refOwners, orgs, places: places!, acting })
            if (res.ok) ids.push(res.id)
            else fail(c, res.code, res.params)
          }
          flat[c.field] = c.type.t === 'orgs' || c.type.t === 'places' ? [...new Set(ids)].sort() : (ids[0] ?? null)
        }
      }
      const derived = derive(kind, flat, touched, existing, orgs)
      // Checks across cells only on rows whose cells read well: one mistake, one line in the report.
      if (!bad)
        for (const [column, code, params] of [...derived, ...crossCheck(kind, flat, columns)])
          fail(column, code, params)
      if (kind === 'organizations' && !bad)
        orgs.add({
          id: r.id,
          kind: flat.kind as string,
          name: localizedOf(flat, 'name'),
          sourceLocale: (flat.sourceLocale as string) ?? 'en',
          label: Object.values(localizedOf(flat, 'name'))[0] ?? r.ext,
        })
      if (bad) continue
      const changed = existing
        ? Object.keys(flat).filter((f) => canonical(flat[f]) !== canonical(existing.flat[f]))
        : Object.keys(flat)
      items.push({
        kind,
        sheet: sheet.name,
        row: r.row,
        externalId: r.ext,
        id: r.id,
        action: !existing ? 'create' : changed.length ? 'update' : 'unchanged',
        flat,
        changed,
        before: existing ? Object.fromEntries(changed.map((f) => [f, existing.flat[f] ?? null])) : {},
        version: existing?.version ?? 0,
        newExternalId: r.newExternalId,
      })
    }
    if (kind === 'organizations') await checkOrganizationCodes(db, sheet.name, items, report)
  }

  const byKind: Plan['byKind'] = {}
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 }
  for (const item of items) {
    const k = (byKind[item.kind] ??= { created: 0, updated: 0, unchanged: 0 })
    const key = item.action === 'create' ? 'created' : item.action === 'update' ? 'updated' : 'unchanged'
    k[key]++
    counts[key]++
  }
  const order = new Map(sheets.map((s, i) => [s.name, i]))
  problems.sort((a, b) => (order.get(a.sheet) ?? -1) - (order.get(b.sheet) ?? -1) || (a.row ?? 0) - (b.row ?? 0))
  return { items: problems.length ? [] : items, problems, counts, byKind }
}

function resolveToken(
  c: Column,
  token: string,
  ctx: {
    fileIds: Map<ImportKind, Map<string, string>>
    namespace: Map<ImportKind, Map<string, string>>
    refOwners: Map<string, string>
    orgs: OrganizationResolver
    places: PlaceResolver
    acting: Acting
  },
) {
  switch (c.type.t) {
    case 'org':
    case 'orgs':
      return ctx.orgs.resolve(token, ctx.fileIds.get('organizations')!, ctx.namespace.get('organizations')!)
    case 'place':
    case 'places':
      return ctx.places.resolve(token)
    case 'ref': {
      const kind = c.type.kind
      const id = ctx.fileIds.get(kind)!.get(token) ?? ctx.namespace.get(kind)!.get(token)
      if (id) return { ok: true as const, id }
      const owner = ctx.refOwners.get(`${kind}:${token}`)
      if (owner === ctx.acting.organizationId) return { ok: true as const, id: token }
      if (owner) return { ok: false as const, code: 'otherOrgRecord' as const, params: { value: token } }
      return { ok: false as const, code: 'unknownRef' as const, params: { value: token, kind } }
    }
    default:
      return { ok: false as const, code: 'unknownRef' as const, params: { value: token, kind: '' } }
  }
}

function defaults(kind: ImportKind): Flat {
  const flat: Flat = {}
  for (const c of formats[kind].columns.slice(1))
    flat[c.field] =
      c.type.t === 'orgs' || c.type.t === 'places' || c.type.t === 'choices'
        ? []
        : c.type.t === 'yesNo'
          ? false
          : c.type.t === 'publication'
            ? 'DRAFT'
            : null
  if (kind === 'contributions') flat.nature = 'COST_SHARE'
  if (kind === 'outcomes') flat.qualifier = 'EXACT'
  if (kind === 'partnerships') flat.status = 'UNKNOWN'
  return flat
}

const localizedOf = (flat: Flat, base: string): Record<string, string> =>
  Object.fromEntries(
    (['ky', 'ru', 'en'] as const).flatMap((l) => {
      const t = flat[`${base}.${l}`]
      return typeof t === 'string' && t ? [[l, t]] : []
    }),
  )

const MAIN_TEXT: Record<ImportKind, string> = {
  organizations: 'name',
  programmes: 'title',
  partnerships: 'title',
  projects: 'title',
  grants: 'title',
  contributions: 'note',
  outcomes: 'indicator',
}

/** Values that follow from others when the file leaves them blank, and what keeps them from following. */
function derive(
  kind: ImportKind,
  flat: Flat,
  touched: Set<string>,
  existing: Stored | undefined,
  orgs: OrganizationResolver,
): Check[] {
  // A unit written loosely ("person-days", "hectares") is stored as our code, shown in the reader's
  // language; a stored unit the file writes the same way ("ha" from the seed, exported back) stays as it is.
  if (kind === 'contributions' && typeof flat.quantityUnit === 'string') {
    const stored = existing?.flat.quantityUnit
    const code = recognizeUnit(flat.quantityUnit)
    flat.quantityUnit = typeof stored === 'string' && recognizeUnit(stored) === code ? stored : code
  }
  // Quantity × value per unit is the amount (before the currency is dropped from an unknown amount).
  const problems = kind === 'contributions' ? valueContribution(flat, touched, existing?.flat) : []
  if ('sourceLocale' in flat && !flat.sourceLocale) {
    const first = Object.keys(localizedOf(flat, MAIN_TEXT[kind]))[0]
    flat.sourceLocale = first ?? 'en'
  }
  // An unknown amount has no currency (the database holds both or neither).
  if ((kind === 'contributions' || kind === 'grants') && flat.amountMinor === null) flat.currency = null
  if (kind === 'contributions') {
    const org = typeof flat.partyOrganizationId === 'string' ? orgs.info.get(flat.partyOrganizationId) : undefined
    if (org && (!existing || touched.has('partyOrganizationId'))) {
      if (!touched.has('partyType')) flat.partyType = partyTypeOfKind[org.kind as OrganizationKind]
      if (!touched.has('partyNameAsReported')) flat.partyNameAsReported = org.label
    }
  }
  return problems
}

/** Texts that need at least one of their three languages. */
const REQUIRED_TEXT: Record<ImportKind, string[]> = {
  organizations: ['name'],
  programmes: ['title'],
  partnerships: ['title'],
  projects: ['title'],
  grants: [],
  contributions: [],
  outcomes: ['indicator', 'unit'],
}

type Check = [string, ProblemCode, Record<string, string | number>?]

function crossCheck(kind: ImportKind, flat: Flat, columns: Column[]): Check[] {
  const out: Check[] = []
  for (const c of columns.slice(1))
    if (c.required && (flat[c.field] === null || (Array.isArray(flat[c.field]) && !(flat[c.field] as string[]).length)))
      out.push([c.name, 'required'])
  for (const base of REQUIRED_TEXT[kind])
    if (!Object.keys(localizedOf(flat, base)).length) out.push([`${base}_ky/ru/en`, 'required'])
  const amount = flat.amountMinor ?? flat.budgetMinor
  const currency = kind === 'programmes' ? flat.budgetCurrency : flat.currency
  if (typeof amount === 'string' && !currency)
    out.push([kind === 'programmes' ? 'budget_currency' : 'currency', 'amountNeedsCurrency'])
  if (typeof flat.startDate === 'string' && typeof flat.endDate === 'string') {
    const start = flat.startDate.padEnd(10, '-01').slice(0, 10)
    const endText = flat.endDate
    const end = endText.length === 4 ? `${endText}-12-31` : endText.length === 7 ? `${endText}-31` : endText
    if (start > end) out.push(['end_date', 'dateOrder'])
  }
  if (kind === 'contributions') {
    if (!flat.partyOrganizationId && !flat.partyNameAsReported) out.push(['party', 'partyRequired'])
    if (!flat.partyType) out.push(['party_type', 'required'])
    if (typeof flat.amountMinor === 'string' && IN_KIND.includes(flat.kind as ContributionKind) && !flat.valuationBasis)
      out.push(['valuation_basis', 'valuationRequired'])
  }
  if (kind === 'outcomes' && !flat.projectId === !flat.programmeId) out.push(['project', 'oneParent'])
  // A national programme is shown as such, never on places (ADR 017): both at once is a contradiction.
  if (kind === 'programmes' && flat.national === true && (flat.territoryIds as string[]).length)
    out.push(['places', 'nationalWithPlaces'])
  if (kind === 'partnerships') {
    const parties = new Set(flat.parties as string[])
    for (const lead of flat.lead as string[])
      if (!parties.has(lead)) out.push(['lead', 'leadNotParty', { value: lead }])
  }
  if (kind === 'organizations') {
    if (typeof flat.tin === 'string' && !/^\d{14}$/.test(flat.tin)) out.push(['tin', 'badTin', { value: flat.tin }])
    if (typeof flat.okpo === 'string' && !/^\d{8}$/.test(flat.okpo)) out.push(['okpo', 'badOkpo', { value: flat.okpo }])
  }
  return out
}

/** A TIN or OKPO code another organization already has would fail the unique index: said in the dry run. */
async function checkOrganizationCodes(db: Db, sheet: string, items: PlanItem[], report: (p: Problem) => void) {
  const mine = items.filter((i) => i.kind === 'organizations' && i.action !== 'unchanged')
  for (const field of ['tin', 'okpo'] as const) {
    const values = mine.flatMap((i) => (typeof i.flat[field] === 'string' ? [i.flat[field] as string] : []))
    if (!values.length) continue
    const taken = await db.organization.findMany({
      where: { [field]: { in: values } },
      select: { id: true, [field]: true },
    })
    const owner = new Map(taken.map((t) => [(t as Record<string, unknown>)[field] as string, t.id]))
    const seen = new Map<string, string>()
    for (const i of mine) {
      const v = i.flat[field]
      if (typeof v !== 'string') continue
      const holder = owner.get(v) ?? seen.get(v)
      if (holder && holder !== i.id)
        report({
          sheet,
          row: i.row,
          column: field,
          code: field === 'tin' ? 'tinTaken' : 'okpoTaken',
          params: { value: v },
        })
      seen.set(v, i.id)
    }
  }
}
