// The importer's edge cases: a programme marked national that also names places is refused row by row
// (in the reader's language), and undo of an import is refused, with the reason, once an organization it
// created is named by records others added since, or records it created have others' records hanging on
// them — nothing deleted, nothing half undone.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessThrough, type Actor } from '@/lib/auth/roles'
import { problemMessage } from '@/lib/import/problems'
import { importFiles, type ImportFile } from '@/lib/import/run'
import { undoLatestImport } from '@/lib/import/undo'
import en from '@/lib/i18n/messages/en/import.json' with { type: 'json' }
import ru from '@/lib/i18n/messages/ru/import.json' with { type: 'json' }
import ky from '@/lib/i18n/messages/ky/import.json' with { type: 'json' }
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect, fingerprint } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await prisma.$disconnect()
})

const csv = (name: string, rows: string[][]): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(rows.map((r) => r.join(',')).join('\r\n')),
})

let editor: Actor, ngo: { id: string }, other: { id: string }
const acting = () => ({ organizationId: ngo.id, actor: editor, access: accessThrough(editor, [ngo.id], ['EDITOR']) })

beforeAll(async () => {
  ngo = await f.organization()
  other = await f.organization()
  editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
})

describe('import edge cases', () => {
  it('refuses a programme marked national that also names places, per row, in each language', async () => {
    const before = await fingerprint(prisma)
    const result = await importFiles(prisma, {
      ...acting(),
      files: [
        csv('programmes.csv', [
          ['external_id', 'title_en', 'national', 'places'],
          ['nat-ok', 'Across the country', 'yes', ''],
          ['nat-bad', 'Across the country and Talas', 'да', 'KG-T'],
          ['local', 'Talas only', 'no', 'KG-T'],
        ]),
      ],
      dryRun: false,
    })
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual([{ sheet: 'programmes.csv', row: 3, column: 'places', code: 'nationalWithPlaces' }])
    const [problem] = result.problems
    expect(problemMessage(problem, 'en')).toBe(en.importProblems.nationalWithPlaces)
    expect(problemMessage(problem, 'ru')).toBe(ru.importProblems.nationalWithPlaces)
    expect(problemMessage(problem, 'ky')).toBe(ky.importProblems.nationalWithPlaces)
    expect(new Set([en, ru, ky].map((m) => m.importProblems.nationalWithPlaces)).size).toBe(3)
    // all or nothing: the two good rows were not written either
    expect(await fingerprint(prisma)).toEqual(before)
  })

  it('refuses to undo an import whose organization others have named since, and says why', async () => {
    const imported = await importFiles(prisma, {
      ...acting(),
      files: [
        csv('organizations.csv', [
          ['external_id', 'kind', 'name_en'],
          ['org-x', 'AIYL_OKMOT', `Kara-Suu aiyl okmotu ${randomUUID().slice(0, 6)}`],
        ]),
      ],
      dryRun: false,
    })
    expect(imported.ok).toBe(true)
    const created = await prisma.externalId.findFirstOrThrow({
      where: { organizationId: ngo.id, kind: 'organizations', externalId: 'org-x' },
    })
    // Another organization adds it to one of its partnerships in the form.
    const pid = `c${randomUUID().replace(/-/g, '').slice(0, 24)}`
    await prisma.partnership.create({
      data: {
        id: pid,
        slug: `edge-${pid}`,
        title: { en: 'Someone else’s partnership' },
        ownerOrganizationId: other.id,
        parties: {
          create: { organizationId: created.entityId, nameAsReported: 'Kara-Suu', partyType: 'LSG' },
        },
      },
    })
    const before = await fingerprint(prisma)
    const refused = await undoLatestImport(prisma, acting())
    expect(refused).toEqual({
      ok: false,
      reason: 'changed',
      records: [{ kind: 'organizations', externalId: 'org-x', reason: 'named' }],
    })
    for (const m of [en, ru, ky]) expect(m.import.history.why.named).toBeTruthy()
    expect(await fingerprint(prisma)).toEqual(before)
    expect(await prisma.organization.count({ where: { id: created.entityId } })).toBe(1)

    // Once the partnership no longer names it, the undo goes through.
    await prisma.partnership.delete({ where: { id: pid } })
    expect(await undoLatestImport(prisma, acting())).toMatchObject({ ok: true, deleted: 1 })
    expect(await prisma.organization.count({ where: { id: created.entityId } })).toBe(0)
  })

  it('refuses to undo an import whose records others have hung records on since (a ledger line, a memorandum)', async () => {
    const imported = await importFiles(prisma, {
      ...acting(),
      files: [
        csv('partnerships.csv', [
          ['external_id', 'title_en', 'parties'],
          ['pa-hung', 'Water council', ngo.id],
        ]),
        csv('projects.csv', [
          ['external_id', 'partnership', 'title_en'],
          ['pr-hung', 'pa-hung', 'Canal'],
        ]),
        csv('contributions.csv', [
          ['external_id', 'project', 'party', 'kind'],
          ['c-hung', 'pr-hung', ngo.id, 'LABOUR'],
        ]),
      ],
      dryRun: false,
    })
    expect(imported.problems).toEqual([])
    const idOf = async (kind: string, externalId: string) =>
      (await prisma.externalId.findFirstOrThrow({ where: { organizationId: ngo.id, kind, externalId } })).entityId
    const [partnershipId, projectId] = [await idOf('partnerships', 'pa-hung'), await idOf('projects', 'pr-hung')]
    // Since then, a line entered in the form on its project, and a memorandum on its partnership; the
    // project and the line the import made itself hang on what it made, and do not count.
    const line = await prisma.contribution.create({
      data: {
        projectId,
        partyForm: 'NAMED',
        partyNameAsReported: 'Residents',
        partyType: 'COMMUNITY',
        kind: 'LABOUR',
        ownerOrganizationId: ngo.id,
      },
    })
    const memorandum = await prisma.agreement.create({
      data: {
        partnershipId,
        kind: 'MEMORANDUM_OF_UNDERSTANDING',
        subject: { en: 'Water' },
        ownerOrganizationId: ngo.id,
      },
    })
    const before = await fingerprint(prisma)
    expect(await undoLatestImport(prisma, acting())).toEqual({
      ok: false,
      reason: 'changed',
      records: [
        { kind: 'projects', externalId: 'pr-hung', reason: 'inUse' },
        { kind: 'partnerships', externalId: 'pa-hung', reason: 'inUse' },
      ],
    })
    for (const m of [en, ru, ky]) expect(m.import.history.why.inUse).toBeTruthy()
    expect(await fingerprint(prisma)).toEqual(before)

    await prisma.contribution.delete({ where: { id: line.id } })
    await prisma.agreement.delete({ where: { id: memorandum.id } })
    expect(await undoLatestImport(prisma, acting())).toMatchObject({ ok: true, deleted: 3 })
    expect(await prisma.partnership.count({ where: { id: partnershipId } })).toBe(0)
  })
})
