// An organization's own records in exactly the import format, so export → edit → import updates them.
// A record without an external id is written under its registry id, which the next import accepts (and
// remembers as its external id): the export itself writes nothing.
import ExcelJS from 'exceljs'
import { toCsv } from '@/lib/csv/export'
import { importKinds, sheets, type Column, type ImportKind } from './columns'
import { amountText, type FlatValue } from './cells'
import type { ImportFile } from './parse'
import { loadStored, type Db } from './records'

export type ExportTable = { kind: ImportKind; header: string[]; rows: string[][] }

export async function exportOrganizationTables(db: Db, organizationId: string): Promise<ExportTable[]> {
  const extIds = await db.externalId.findMany({
    where: { organizationId },
    select: { kind: true, externalId: true, entityId: true },
  })
  const extOf = new Map(extIds.map((e) => [`${e.kind}:${e.entityId}`, e.externalId]))
  const stored = new Map(
    await Promise.all(
      importKinds.map(async (k) => [k, await loadStored(db, k, { ownerOrganizationId: organizationId })] as const),
    ),
  )
  const orgIds = new Set<string>()
  const placeIds = new Set<string>()
  for (const k of importKinds)
    for (const s of stored.get(k)!)
      for (const c of sheets[k].columns) {
        const v = s.flat[c.field]
        const ids = Array.isArray(v) ? v : typeof v === 'string' ? [v] : []
        if (c.type.t === 'org' || c.type.t === 'orgs') ids.forEach((i) => orgIds.add(i))
        if (c.type.t === 'place' || c.type.t === 'places') ids.forEach((i) => placeIds.add(i))
      }
  const orgSlug = new Map(
    (await db.organization.findMany({ where: { id: { in: [...orgIds] } }, select: { id: true, slug: true } })).map(
      (o) => [o.id, o.slug],
    ),
  )
  const placeCode = new Map(
    (await db.territory.findMany({ where: { id: { in: [...placeIds] } }, select: { id: true, code: true } })).map(
      (t) => [t.id, t.code],
    ),
  )
  const ref = (kind: ImportKind, id: string) => extOf.get(`${kind}:${id}`) ?? id
  const org = (id: string) => extOf.get(`organizations:${id}`) ?? orgSlug.get(id) ?? id

  function cell(c: Column, v: FlatValue | undefined): string {
    if (v === null || v === undefined) return ''
    const list = (xs: string[], f: (x: string) => string) => xs.map(f).join('; ')
    switch (c.type.t) {
      case 'amount':
        return amountText(String(v))
      case 'yesNo':
        return v ? 'yes' : 'no'
      case 'publication':
        return String(v).toLowerCase()
      case 'choices':
        return list(v as string[], (x) => x)
      case 'ref':
        return ref(c.type.kind, String(v))
      case 'org':
        return org(String(v))
      case 'orgs':
        return list(v as string[], org)
      case 'place':
        return placeCode.get(String(v)) ?? ''
      case 'places':
        return list(v as string[], (x) => placeCode.get(x) ?? '')
      default:
        return String(v)
    }
  }

  return importKinds.map((kind) => {
    const columns = sheets[kind].columns
    return {
      kind,
      header: columns.map((c) => c.name),
      rows: stored
        .get(kind)!
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((s) => columns.map((c) => (c.type.t === 'externalId' ? ref(kind, s.id) : cell(c, s.flat[c.field])))),
    }
  })
}

/** One CSV per kind that has records (UTF-8 with BOM, as lib/csv/export.ts writes every download). */
export function tablesToCsv(tables: readonly ExportTable[], prefix = ''): ImportFile[] {
  return tables
    .filter((t) => t.rows.length)
    .map((t) => ({
      name: `${prefix}${t.kind}.csv`,
      bytes: new TextEncoder().encode(
        toCsv(
          t.header.map((h) => ({ key: h, header: h })),
          t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i] || null]))),
        ),
      ),
    }))
}

/** One workbook, one sheet per kind (every kind, so it doubles as a template), cells as text. */
export async function tablesToXlsx(
  tables: readonly ExportTable[],
  dictionary?: (book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  for (const t of tables) {
    const ws = book.addWorksheet(t.kind)
    ws.addRow(t.header).font = { bold: true }
    for (const r of t.rows) ws.addRow(r)
    ws.columns.forEach((c) => {
      c.width = 18
      c.numFmt = '@'
    })
    ws.views = [{ state: 'frozen', ySplit: 1 }]
  }
  dictionary?.(book)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

export async function exportOrganizationFiles(
  db: Db,
  organizationId: string,
  format: 'csv' | 'xlsx',
): Promise<ImportFile[]> {
  const tables = await exportOrganizationTables(db, organizationId)
  if (format === 'csv') return tablesToCsv(tables)
  return [{ name: 'registry-export.xlsx', bytes: await tablesToXlsx(tables) }]
}
