// The bulk importer against the seeded database: dry run, commit, upsert by external id, the clear
// marker, all-or-nothing, another organization's ids, history and undo, a donor's grant list from XLSX,
// and the export → import round trip.
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessThrough, type Actor } from '@/lib/auth/roles'
import { exportOrganizationFiles } from '@/lib/import/export'
import { commitPlan } from '@/lib/import/commit'
import { parseUpload } from '@/lib/import/parse'
import { importFiles, type ImportFile } from '@/lib/import/run'
import { stageImport } from '@/lib/import/stage'
import { undoLatestImport } from '@/lib/import/undo'
import { getRecordHistory } from '@/lib/public/history'
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
    // One audit row for the import (ADR 027), none per created record; the record's history shows its
    // creation by this import, by the editor's organization, at the import's time.
    expect(await prisma.auditEvent.count({ where: { entityId: cash.id } })).toBe(0)
    const batchAudit = await prisma.auditEvent.findFirstOrThrow({
      where: { entity: 'ImportBatch', entityId: first.batchId! },
    })
    expect(batchAudit).toMatchObject({
      action: 'CREATE',
      actorUserId: editorA.userId,
      actorOrganizationId: ngoA.id,
      after: { created: 5, sha256: first.sha256 },
    })
    const history = await getRecordHistory(editorA, 'contribution', cash.id)
    expect(history!.entries).toEqual([
      {
        id: batchAudit.id.toString(),
        at: batchAudit.at,
        action: 'CREATE',
        by: { kind: 'organization', name: expect.anything(), role: 'editor' },
        fields: [],
        importNumber: await prisma.importBatch.count({ where: { organizationId: ngoA.id } }),
      },
    ])

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

  it('keeps a value on a blank cell, erases it on #clear (unknown, never 0), and refuses #clear where required', async () => {
    const cell = (amount: string) =>
      csv('contributions.csv', [
        ['external_id', 'project', 'kind', 'amount', 'currency'],
        ['c-1', 'proj-1', 'CASH', amount, ''],
      ])
    const blank = await importFiles(prisma, { ...as(editorA, ngoA.id), files: [cell('')], dryRun: false })
    expect(blank.counts).toEqual({ created: 0, updated: 0, unchanged: 1 })
    const cleared = await importFiles(prisma, { ...as(editorA, ngoA.id), files: [cell('#clear')], dryRun: false })
    expect(cleared.counts).toEqual({ created: 0, updated: 1, unchanged: 0 })
    const line = await prisma.contribution.findFirstOrThrow({ where: { ownerOrganizationId: ngoA.id, kind: 'CASH' } })
    expect(line.amountMinor).toBeNull()
    expect(line.amountKgsMinor).toBeNull()
    expect(line.currency).toBeNull() // an unknown amount has no currency (both or neither)
    const required = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [
        csv('contributions.csv', [
          ['external_id', 'project', 'kind'],
          ['c-1', 'proj-1', '#clear'],
        ]),
      ],
      dryRun: false,
    })
    expect(required.problems).toMatchObject([{ row: 2, column: 'kind', code: 'clearRequired' }])
    const needsCurrency = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [
        csv('contributions.csv', [
          ['external_id', 'project', 'kind', 'amount', 'currency'],
          ['c-1', 'proj-1', 'CASH', '10', '#clear'],
        ]),
      ],
      dryRun: true,
    })
    expect(needsCurrency.problems).toMatchObject([{ row: 2, column: 'currency', code: 'amountNeedsCurrency' }])
  })

  it('writes nothing when the last row is wrong, or when a record changes between the check and the write', async () => {
    const rows = [['external_id', 'title_en', 'places']]
    for (let i = 0; i < 300; i++) rows.push([`late-${i}`, `Project ${i}`, 'KG-C'])
    rows.push(['late-bad', 'The last one', 'Atlantis'])
    const before = await fingerprint(prisma)
    const late = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [csv('projects.csv', rows)],
      dryRun: false,
    })
    expect(late.problems).toMatchObject([{ row: 302, column: 'places', code: 'unknownPlace' }])
    expect(late.batchId).toBeNull()
    expect(await fingerprint(prisma)).toEqual(before)

    // Staged against version n, then someone edits one record, then the write: all of it is refused.
    const files = [programmes(), projects('Renamed while checking'), contributions('300000')]
    const acting = as(editorA, ngoA.id)
    const plan = await stageImport(prisma, (await parseUpload(files)).sheets, acting)
    expect(plan.counts.updated).toBe(2)
    const project = await prisma.project.findFirstOrThrow({
      where: { ownerOrganizationId: ngoA.id, title: { path: ['en'], equals: 'Water pipes in Kara-Bak, phase 1' } },
    })
    await prisma.project.update({
      where: { id: project.id },
      data: { periodAsReported: 'c. 2020', version: { increment: 1 } },
    })
    const snapshot = await fingerprint(prisma)
    await expect(commitPlan(prisma, plan, acting, { fileName: 'x', sha256: 'x', rowCount: 3 })).rejects.toThrow(
      /changed/,
    )
    expect(await fingerprint(prisma)).toEqual(snapshot)
  })

  it("refuses another organization's records and a duplicate id in one sheet, touching nothing of theirs", async () => {
    const theirs = await prisma.project.findFirstOrThrow({ where: { ownerOrganizationId: ngoA.id } })
    const before = await fingerprint(prisma)
    const result = await importFiles(prisma, {
      ...as(editorB, ngoB.id),
      files: [
        csv('projects.csv', [
          ['external_id', 'title_en'],
          [theirs.id, 'Taken over'],
          ['mine-1', 'Mine'],
          ['mine-1', 'Mine again'],
        ]),
        csv('outcomes.csv', [
          ['external_id', 'project', 'kind', 'indicator_en', 'value', 'unit_en'],
          ['o-1', theirs.id, 'ACTUAL', 'People served', '1200', 'people'],
        ]),
      ],
      dryRun: false,
    })
    expect(result.problems.map((p) => [p.sheet, p.row, p.code])).toEqual([
      ['projects.csv', 2, 'otherOrgRecord'],
      ['projects.csv', 4, 'duplicateId'],
      ['outcomes.csv', 2, 'otherOrgRecord'],
    ])
    expect(await fingerprint(prisma)).toEqual(before)
    // B's own external ids do not see A's: the same id "proj-1" is a new record for B.
    const same = await importFiles(prisma, {
      ...as(editorB, ngoB.id),
      files: [
        csv('projects.csv', [
          ['external_id', 'title_en'],
          ['proj-1', 'B’s own project'],
        ]),
      ],
      dryRun: true,
    })
    expect(same.counts).toEqual({ created: 1, updated: 0, unchanged: 0 })
  })

  it('keeps a history and undoes the latest import; refuses once a record was edited since', async () => {
    const first = await importFiles(prisma, {
      ...as(editorB, ngoB.id),
      files: [
        csv('partnerships.csv', [
          ['external_id', 'title_en', 'parties', 'lead', 'places', 'status'],
          ['pa-1', 'Water council', `${ngoB.id}; ${donor.slug}`, ngoB.id, 'KG-T', 'ACTIVE'],
        ]),
        csv('projects.csv', [
          ['external_id', 'partnership', 'title_en'],
          ['pr-1', 'pa-1', 'Canal'],
        ]),
      ],
      dryRun: false,
    })
    expect(first.counts.created).toBe(2)
    const second = await importFiles(prisma, {
      ...as(editorB, ngoB.id),
      files: [
        csv('projects.csv', [
          ['external_id', 'partnership', 'title_en', 'places'],
          ['pr-1', 'pa-1', 'Canal repair', 'KG-T'],
          ['pr-2', 'pa-1', 'Bridge', ''],
        ]),
      ],
      dryRun: false,
    })
    expect(second.counts).toEqual({ created: 1, updated: 1, unchanged: 0 })
    const history = await prisma.importBatch.findMany({
      where: { organizationId: ngoB.id },
      orderBy: { createdAt: 'asc' },
    })
    expect(history.map((b) => [b.created, b.updated, b.userId])).toEqual([
      [2, 0, editorB.userId],
      [1, 1, editorB.userId],
    ])

    const undone = await undoLatestImport(prisma, as(editorB, ngoB.id))
    expect(undone).toMatchObject({ ok: true, deleted: 1, restored: 1 })
    const canal = await prisma.project.findFirstOrThrow({
      where: { ownerOrganizationId: ngoB.id },
      include: { territories: true },
    })
    expect(canal.title).toEqual({ en: 'Canal' })
    expect(canal.territories).toEqual([])
    expect(await prisma.project.count({ where: { ownerOrganizationId: ngoB.id } })).toBe(1)
    expect(
      await prisma.auditEvent.count({ where: { entity: 'Project', action: 'DELETE', actorUserId: editorB.userId } }),
    ).toBe(1)

    // The first import now is the latest; someone edits its partnership in the form: undo refused.
    const partnership = await prisma.partnership.findFirstOrThrow({ where: { ownerOrganizationId: ngoB.id } })
    await prisma.partnership.update({
      where: { id: partnership.id },
      data: { status: 'COMPLETED', version: { increment: 1 } },
    })
    const before = await fingerprint(prisma)
    const refused = await undoLatestImport(prisma, as(editorB, ngoB.id))
    expect(refused).toMatchObject({ ok: false, reason: 'changed' })
    // pa-1 was edited in the form; pr-1 was changed by the later import and its undo
    expect(refused.ok === false && refused.reason === 'changed' && refused.records).toEqual([
      { kind: 'partnerships', externalId: 'pa-1', reason: 'changed' },
      { kind: 'projects', externalId: 'pr-1', reason: 'changed' },
    ])
    expect(await fingerprint(prisma)).toEqual(before)
  })

  it('imports a donor grant list: a programme with 50 grants to CSOs and LSGs across seven oblasts, titles in three languages, from XLSX', async () => {
    const units = readFileSync('prisma/data/geo/admin-units.csv', 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .filter((c) => c[1] === '2' && c[6] === 'rayon')
    const byOblast = new Map<string, string[][]>()
    for (const u of units) byOblast.set(u[2], [...(byOblast.get(u[2]) ?? []), u])
    const oblasts = [...byOblast.keys()].slice(0, 7)
    expect(oblasts).toHaveLength(7)
    const book = new ExcelJS.Workbook()
    const programme = book.addWorksheet('programmes')
    programme.addRow([
      'external_id',
      'title_en',
      'title_ru',
      'title_ky',
      'donors',
      'places',
      'budget',
      'budget_currency',
    ])
    programme.addRow([
      'grants-2025',
      'Local initiatives fund',
      'Фонд местных инициатив',
      'Жергиликтүү демилгелер фонду',
      donor.slug,
      oblasts.join('; '),
      2500000,
      'USD',
    ])
    const orgs = book.addWorksheet('organizations')
    orgs.addRow(['external_id', 'kind', 'name_en', 'name_ru', 'home_place', 'governs_place'])
    const grants = book.addWorksheet('grants')
    grants.addRow([
      'external_id',
      'funder',
      'recipient',
      'programme',
      'title_ky',
      'title_ru',
      'title_en',
      'amount',
      'currency',
      'value_date',
    ])
    const placed: string[] = []
    for (let i = 0; i < 50; i++) {
      const list = byOblast.get(oblasts[i % 7])!
      const u = list[Math.floor(i / 7) % list.length]
      // the rayon by its name in one of the three languages, with the word that says it is a rayon
      const place = [`${u[3]} rayon`, u[4], u[5]][i % 3]
      placed.push(u[0])
      const lsg = i % 2 === 1
      orgs.addRow([
        `org-${i}`,
        lsg ? 'LSG_OTHER' : 'PUBLIC_ASSOCIATION',
        `${lsg ? 'Council' : 'Union'} ${i} of ${u[3]}`,
        `Организация ${i}`,
        lsg ? '' : place,
        lsg ? place : '',
      ])
      grants.addRow([
        `g-${i}`,
        donor.slug,
        `org-${i}`,
        'grants-2025',
        `Грант ${i}`,
        `Грант ${i}`,
        `Grant ${i}`,
        10000 + i * 500,
        'USD',
        new Date(Date.UTC(2025, i % 12, 1)),
      ])
    }
    const bytes = new Uint8Array(await book.xlsx.writeBuffer())
    const files = [{ name: 'grant-list.xlsx', bytes }]
    const dry = await importFiles(prisma, { ...as(editorA, ngoA.id), files, dryRun: true })
    expect(dry.problems).toEqual([])
    expect(dry.byKind).toEqual({
      organizations: { created: 50, updated: 0, unchanged: 0 },
      programmes: { created: 1, updated: 0, unchanged: 0 },
      grants: { created: 50, updated: 0, unchanged: 0 },
    })
    const done = await importFiles(prisma, { ...as(editorA, ngoA.id), files, dryRun: false })
    expect(done.ok).toBe(true)
    const rows = await prisma.grant.findMany({
      where: { ownerOrganizationId: ngoA.id, programme: { title: { path: ['en'], equals: 'Local initiatives fund' } } },
      include: { recipient: { include: { homeTerritory: true, governsTerritory: true } } },
    })
    expect(rows).toHaveLength(50)
    expect(rows.every((g) => g.funderId === donor.id && g.currency === 'USD' && g.amountMinor! >= 1000000n)).toBe(true)
    expect(
      rows.every(
        (g) =>
          Object.keys(g.title as object)
            .sort()
            .join() === 'en,ky,ru',
      ),
    ).toBe(true)
    const places = rows.map((g) => (g.recipient.homeTerritory ?? g.recipient.governsTerritory)!)
    expect(new Set(places.map((p) => p.parentId)).size).toBe(7)
    expect(places.map((p) => p.code).sort()).toEqual([...placed].sort())
    expect(rows.filter((g) => g.recipient.kind === 'LSG_OTHER')).toHaveLength(25)
  })

  it('round trip: the export imports back with 0 changes, and one edited cell updates exactly one record', async () => {
    // A record entered in the form (no external id) is exported under its registry id.
    await prisma.outcome.create({
      data: {
        id: `c${'0'.repeat(10)}${Date.now().toString(16).padStart(14, '0')}`.slice(0, 25),
        projectId: (await prisma.project.findFirstOrThrow({ where: { ownerOrganizationId: ngoA.id } })).id,
        indicator: { en: 'Households with water', ru: 'Домохозяйства с водой' },
        value: '412.5',
        unit: { en: 'households' },
        kind: 'ACTUAL',
        ownerOrganizationId: ngoA.id,
      },
    })
    for (const format of ['csv', 'xlsx'] as const) {
      const files = await exportOrganizationFiles(prisma, ngoA.id, format)
      const again = await importFiles(prisma, { ...as(editorA, ngoA.id), files, dryRun: false })
      expect(again.problems).toEqual([])
      expect(again.counts.created + again.counts.updated).toBe(0)
      expect(again.counts.unchanged).toBeGreaterThan(100)
    }
    const [grants] = (await exportOrganizationFiles(prisma, ngoA.id, 'csv')).filter((f) => f.name === 'grants.csv')
    const text = new TextDecoder().decode(grants.bytes).replace(',Grant 7,', ',Grant seven,')
    const edited = await importFiles(prisma, {
      ...as(editorA, ngoA.id),
      files: [{ name: 'grants.csv', bytes: new TextEncoder().encode(text) }],
      dryRun: false,
    })
    expect(edited.counts).toEqual({ created: 0, updated: 1, unchanged: 49 })
  })
})
