// The bulk importer against the seeded database: dry run, commit, upsert by external id, the clear
// marker, all-or-nothing, another organization's ids, history and undo, a donor's grant list from XLSX,
// and the export → import round trip.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessThrough, type Actor } from '@/lib/auth/roles'
import { exportOrganizationFiles } from '@/lib/import/export'
import { importFiles, type ImportFile } from '@/lib/import/run'
import { stageImport } from '@/lib/import/stage'
import { commitPlan } from '@/lib/import/commit'
import { parseUpload } from '@/lib/import/parse'
import { undoLatestImport } from '@/lib/import/undo'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect, fingerprint } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await prisma.$disconnect()
})

const csv = (name: string, rows: (string | number)[][]): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(
    rows
      .map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n'),
  ),
})

let editorA: Actor, editorB: Actor, ngoA: { id: string }, ngoB: { id: string }, donor: { id: string; slug: string }
const as = (actor: Actor, organizationId: string) => ({
  organizationId,
  actor,
  access: accessThrough(actor, [organizationId], ['EDITOR']),
})

beforeAll(async () => {
  ngoA = await f.organization()
  ngoB = await f.organization()
  donor = await f.organization({ kind: 'DONOR', name: `Donor ${Math.random()}` })
  editorA = await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'EDITOR' }] }))
  editorB = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
})

const programmes = () =>
  csv('programmes.csv', [
    ['external_id', 'title_en', 'title_ru', 'budget', 'budget_currency', 'start_date', 'end_date', 'donors', 'places'],
    [
      'prog-1',
      'Clean water',
      'Чистая вода',
      '1 500 000',
      'USD',
      '2019-10',
      '2024-09',
      donor.slug,
      'KG-B; Джалал-Абадская область',
    ],
  ])
const projects = (title = 'Water pipes in Kara-Bak') =>
  csv('projects.csv', [
    ['external_id', 'programme', 'title_en', 'start_date', 'end_date', 'places'],
    ['proj-1', 'prog-1', title, '2020', '2021', 'KG-B'],
    ['proj-2', 'prog-1', 'School roof', '2021', '2022', 'Jalal-Abad oblast'],
  ])
const contributions = (amount = '250000') =>
  csv('contributions.csv', [
    ['external_id', 'project', 'party', 'party_name', 'party_type', 'kind', 'amount', 'currency', 'value_date'],
    ['c-1', 'proj-1', donor.slug, '', '', 'CASH', amount, 'KGS', '2020'],
    ['c-2', 'proj-1', '', 'Villagers of Kara-Bak', 'COMMUNITY', 'LABOUR', '', '', ''],
  ])

describe('import', () => {
  it('reports a dry run per row and writes nothing', async () => {
    const bad = csv('contributions.csv', [
      ['external_id', 'project', 'party', 'kind', 'amount', 'currency', 'color'],
      ['c-1', 'proj-9', donor.slug, 'CASH', '12,5,5', 'KGS', 'x'],
    ])
    const before = await fingerprint(prisma)
    const header = await importFiles(prisma, { ...as(editorA, ngoA.id), files: [bad], dryRun: true })
    expect(header.problems).toMatchObject([
      { sheet: 'contributions.csv', row: 1, column: 'color', code: 'unknownColumn' },
    ])
    const rows = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [
        csv('contributions.csv', [
          ['external_id', 'project', 'party', 'kind', 'amount', 'currency'],
          ['c-1', 'proj-9', donor.slug, 'CASH', '12,5,5', 'KGS'],
          ['c-2', 'proj-9', 'nobody at all', 'GOLD', '0', ''],
        ]),
      ],
      dryRun: true,
    })
    expect(rows.ok).toBe(false)
    expect(rows.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'project', 'unknownRef'],
      [2, 'amount', 'badAmount'],
      [3, 'project', 'unknownRef'],
      [3, 'party', 'unknownOrg'],
      [3, 'kind', 'badChoice'],
    ])
    const clean = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [programmes(), projects(), contributions()],
      dryRun: true,
    })
    expect(clean.problems).toEqual([])
    expect(clean.counts).toEqual({ created: 5, updated: 0, unchanged: 0 })
    expect(await fingerprint(prisma)).toEqual(before)
  })

  it('commits, then the same files change nothing, then one edited cell updates one record', async () => {
    const first = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [programmes(), projects(), contributions()],
      dryRun: false,
    })
    expect(first.problems).toEqual([])
    expect(first.counts).toEqual({ created: 5, updated: 0, unchanged: 0 })
    const programme = await prisma.programme.findFirstOrThrow({
      where: { ownerOrganizationId: ngoA.id },
      include: { parties: true, territories: { include: { territory: true } } },
    })
    expect(programme).toMatchObject({
      budgetMinor: 150000000n,
      budgetCurrency: 'USD',
      startPrecision: 'MONTH',
      externalKey: null,
    })
    expect(programme.title).toEqual({ en: 'Clean water', ru: 'Чистая вода' })
    expect(programme.parties).toMatchObject([{ organizationId: donor.id, role: 'DONOR' }])
    expect(programme.territories.map((t) => t.territory.code).sort()).toEqual(['KG-B', 'KG-J'])
    const lines = await prisma.contribution.findMany({
      where: { ownerOrganizationId: ngoA.id },
      orderBy: { partyNameAsReported: 'asc' },
    })
    const cash = lines.find((l) => l.kind === 'CASH')!
    const labour = lines.find((l) => l.kind === 'LABOUR')
    expect(cash).toMatchObject({
      amountMinor: 25000000n,
      currency: 'KGS',
      partyOrganizationId: donor.id,
      partyType: 'DONOR',
    })
    expect(cash.amountKgsMinor).toBe(25000000n)
    expect(labour).toMatchObject({ amountMinor: null, partyForm: 'COMMUNITY', partyOrganizationId: null })
    const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: first.batchId! } })
    expect(batch).toMatchObject({ organizationId: ngoA.id, userId: editorA.userId, created: 5, sha256: first.sha256 })
    expect(await prisma.auditEvent.count({ where: { entityId: cash.id, action: 'CREATE' } })).toBe(1)

    const again = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [programmes(), projects(), contributions()],
      dryRun: false,
    })
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 5 })

    const edited = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [programmes(), projects('Water pipes in Kara-Bak, phase 1'), contributions()],
      dryRun: false,
    })
    expect(edited.counts).toEqual({ created: 0, updated: 1, unchanged: 4 })
    expect(edited.byKind.projects).toEqual({ created: 0, updated: 1, unchanged: 1 })
  })
})
