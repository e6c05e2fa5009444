// Projects through their mutations: in a partnership the actor may change, with places (two aiyl okmots).
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { fieldErrorsOf } from '@/lib/forms/parse'
import { createPartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { createProject, deleteProject, updateProject } from '@/lib/projects/mutations'
import { CreateProjectInput, UpdateProjectInput } from '@/lib/projects/schema'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'
import { expectAppError } from '../setup/expect-app-error'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

let editorA: Actor, editorB: Actor, admin: Actor, partnershipId: string, kokOy: string, aral: string

beforeAll(async () => {
  const ngoA = await f.organization()
  const ngoB = await f.organization()
  const body = await f.lsgBody('KG07232820000')
  kokOy = (await prisma.territory.findUniqueOrThrow({ where: { code: 'KG07232820000' } })).id
  aral = (await prisma.territory.findUniqueOrThrow({ where: { code: 'KG07232804000' } })).id
  editorA = await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'EDITOR' }] }))
  editorB = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
  admin = await actorOf(await f.user({ admin: true }))
  partnershipId = (
    await createPartnership(
      editorA,
      CreatePartnershipInput.parse({
        title: { en: 'Water' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngoA.id }, { organizationId: body.id }],
        submissionKey: randomUUID(),
      }),
    )
  ).id
})

const form = (o: Record<string, unknown> = {}) => ({
  title: { en: 'Pipes for two villages', ru: 'Трубы для двух сёл' },
  sourceLocale: 'en',
  startDate: '2024',
  endDate: '2025-06',
  territoryIds: [kokOy, aral],
  ...o,
})
const audits = (id: string) =>
  prisma.auditEvent.findMany({ where: { entity: 'Project', entityId: id }, orderBy: { id: 'asc' } })
const load = (id: string) =>
  prisma.project.findUniqueOrThrow({ where: { id }, include: { territories: { orderBy: { territoryId: 'asc' } } } })

describe('projects', () => {
  it('an editor adds a project spanning two aiyl okmots to their partnership; audited', async () => {
    const { id, warnings } = await createProject(
      editorA,
      partnershipId,
      CreateProjectInput.parse({ ...form(), submissionKey: randomUUID() }),
    )
    expect(warnings).toEqual([])
    const p = await load(id)
    expect(p).toMatchObject({
      partnershipId,
      publicationStatus: 'DRAFT',
      startPrecision: 'YEAR',
      endPrecision: 'MONTH',
      version: 1,
    })
    expect(p.territories.map((t) => t.territoryId).sort()).toEqual([kokOy, aral].sort())
    expect(await audits(id)).toEqual([
      expect.objectContaining({ action: 'CREATE', actorUserId: editorA.userId, actorRole: 'editor' }),
    ])

    await updateProject(
      editorA,
      id,
      UpdateProjectInput.parse({
        ...form({ territoryIds: [kokOy], description: { en: 'Two kilometres of pipe' } }),
        version: '1',
      }),
    )
    const after = await load(id)
    expect(after.territories.map((t) => t.territoryId)).toEqual([kokOy])
    expect(after.description).toEqual({ en: 'Two kilometres of pipe' })
    const [, update] = await audits(id)
    expect(update).toMatchObject({
      action: 'UPDATE',
      before: { version: 1, description: null },
      after: { version: 2, description: { en: 'Two kilometres of pipe' } },
    })
  })

  it('an editor of another organization: not found on create, update and delete; rows unchanged', async () => {
    const count = await prisma.project.count()
    await expectAppError(
      createProject(editorB, partnershipId, CreateProjectInput.parse({ ...form(), submissionKey: randomUUID() })),
      'not_found',
    )
    expect(await prisma.project.count()).toBe(count)
    const { id } = await createProject(
      editorA,
      partnershipId,
      CreateProjectInput.parse({ ...form(), submissionKey: randomUUID() }),
    )
    const before = await load(id)
    await expectAppError(
      updateProject(editorB, id, UpdateProjectInput.parse({ ...form({ title: { en: 'Taken over' } }), version: '1' })),
      'not_found',
    )
    await expectAppError(deleteProject(editorB, id, 1), 'not_found')
    expect(await load(id)).toEqual(before)
    expect(await audits(id)).toHaveLength(1)
  })

  it('invalid: all field errors at once; unknown or oblast-level places refused; nothing written', async () => {
    const parsed = CreateProjectInput.safeParse({
      title: { en: '' },
      sourceLocale: 'en',
      startDate: '2025',
      endDate: '2024-13-01',
      territoryIds: ['../etc'],
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      title: ['requiredOneLanguage'],
      endDate: ['invalidDate'],
      'territoryIds.0': ['unknownRecord'],
    })
    const order = CreateProjectInput.safeParse({
      ...form({ startDate: '2025', endDate: '2024' }),
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(order.error!)).toEqual({ endDate: ['dateOrder'] })
    const count = await prisma.project.count()
    const e = await expectAppError(
      createProject(
        editorA,
        partnershipId,
        CreateProjectInput.parse({
          ...form({ territoryIds: ['cnosuchterritory000000000'] }),
          submissionKey: randomUUID(),
        }),
      ),
      'invalid',
      'unknownRecord',
    )
    expect(e.field).toBe('territoryIds')
    expect(await prisma.project.count()).toBe(count)
  })

  it('stale version: conflict, nothing written; an admin’s project belongs to the partnership’s owner', async () => {
    const { id } = await createProject(
      admin,
      partnershipId,
      CreateProjectInput.parse({ ...form(), submissionKey: randomUUID() }),
    )
    const p = await load(id)
    const partnership = await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } })
    expect(p.ownerOrganizationId).toBe(partnership.ownerOrganizationId)
    await updateProject(editorA, id, UpdateProjectInput.parse({ ...form({ endDate: '2026' }), version: '1' }))
    const current = await load(id)
    await expectAppError(
      updateProject(editorA, id, UpdateProjectInput.parse({ ...form({ endDate: '2027' }), version: '1' })),
      'conflict',
    )
    expect(await load(id)).toEqual(current)
    await deleteProject(editorA, id, 2)
    expect((await audits(id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE'])
  })
})
