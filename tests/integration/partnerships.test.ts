// Partnerships through their mutations: parties with roles, places, and the four cases per entity.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { fieldErrorsOf } from '@/lib/forms/parse'
import { createPartnership, deletePartnership, updatePartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput, UpdatePartnershipInput } from '@/lib/partnerships/schema'
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

const KOK_OY = 'KG07232820000'
const ARAL = 'KG07232804000'
let ngoA: { id: string },
  ngoB: { id: string },
  kokOy: { id: string; governsTerritoryId: string | null },
  aral: { id: string }
let editorA: Actor, editorB: Actor, official: Actor

beforeAll(async () => {
  ngoA = await f.organization()
  ngoB = await f.organization()
  kokOy = await f.lsgBody(KOK_OY)
  aral = await f.lsgBody(ARAL)
  editorA = await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'EDITOR' }] }))
  editorB = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
  official = await actorOf(await f.user({ memberships: [{ organizationId: kokOy.id, role: 'OFFICIAL' }] }))
})

/** A partnership form as the browser sends it (after the form's field names are turned into objects). */
const form = (o: Record<string, unknown> = {}) => ({
  title: { en: 'Clean water for Kok-Oy', ky: 'Көк-Ойго таза суу' },
  sourceLocale: 'en',
  status: 'ACTIVE',
  startDate: '2024-03',
  parties: [
    { organizationId: ngoA.id, isLead: 'on', role: { en: 'organizes the work' } },
    { organizationId: kokOy.id, role: { ru: 'выделяет помещение' } },
  ],
  themes: ['water'],
  internalNote: 'call the akim first',
  ...o,
})
const create = (actor: Actor, o: Record<string, unknown> = {}) =>
  createPartnership(actor, CreatePartnershipInput.parse({ ...form(o), submissionKey: randomUUID() }))
const audits = (id: string) =>
  prisma.auditEvent.findMany({ where: { entity: 'Partnership', entityId: id }, orderBy: { id: 'asc' } })
const load = (id: string) =>
  prisma.partnership.findUniqueOrThrow({
    where: { id },
    include: { parties: { orderBy: { position: 'asc' } }, territories: true },
  })

describe('partnerships', () => {
  it('an NGO editor creates one with an aiyl okmot: parties with roles, the aiyl okmot’s place, a draft, audited', async () => {
    const { id, warnings } = await create(editorA)
    expect(warnings).toEqual([])
    const p = await load(id)
    expect(p).toMatchObject({
      ownerOrganizationId: ngoA.id,
      publicationStatus: 'DRAFT',
      status: 'ACTIVE',
      startPrecision: 'MONTH',
      themes: ['water'],
      version: 1,
    })
    expect(p.parties.map((x) => [x.organizationId, x.partyType, x.isLead, x.role])).toEqual([
      [ngoA.id, 'CSO', true, { en: 'organizes the work' }],
      [kokOy.id, 'LSG', false, { ru: 'выделяет помещение' }],
    ])
    expect(p.territories).toEqual([expect.objectContaining({ territoryId: kokOy.governsTerritoryId, isPrimary: true })])
    const [audit] = await audits(id)
    expect(audit).toMatchObject({
      action: 'CREATE',
      actorUserId: editorA.userId,
      actorOrganizationId: ngoA.id,
      actorRole: 'editor',
    })
    expect(audit.after).toMatchObject({
      parties: [{ organizationId: ngoA.id }, { organizationId: kokOy.id }],
      territories: [{ territoryId: kokOy.governsTerritoryId }],
    })
  })

  it('parties are added and removed with their roles by the owner; each change is audited', async () => {
    const { id } = await create(editorA)
    const before = await load(id)
    const edit = (actor: Actor) =>
      updatePartnership(
        actor,
        id,
        UpdatePartnershipInput.parse({
          ...form({
            parties: [
              { id: before.parties[0].id, organizationId: ngoA.id, isLead: 'on', role: { en: 'organizes the work' } },
              { id: before.parties[1].id, organizationId: kokOy.id },
              { organizationId: aral.id, role: { ky: 'жер берет' } },
              { nameAsReported: 'Kok-Oy water users', partyType: 'COMMUNITY' },
            ],
          }),
          version: '1',
        }),
      )
    // The official of Kok-Oy is a party, not the owner: a co-party never edits the owner's record.
    await expectAppError(edit(official), 'not_found')
    expect(await load(id)).toEqual(before)
    // The owner's editor adds Aral aiyl okmot and drops the role text of Kok-Oy.
    await edit(editorA)
    const after = await load(id)
    expect(after.version).toBe(2)
    expect(after.parties.map((x) => [x.organizationId, x.nameAsReported, x.partyType, x.role])).toEqual([
      [ngoA.id, expect.any(String), 'CSO', { en: 'organizes the work' }],
      [kokOy.id, expect.any(String), 'LSG', null],
      [aral.id, expect.any(String), 'LSG', { ky: 'жер берет' }],
      [null, 'Kok-Oy water users', 'COMMUNITY', null],
    ])
    expect(after.parties[0].id).toBe(before.parties[0].id) // kept parties keep their rows
    // Places were given by the form before (Kok-Oy's, derived): the form names none, so they follow the LSG parties.
    expect(after.territories).toHaveLength(2)
    const [, update] = await audits(id)
    expect(update).toMatchObject({
      action: 'UPDATE',
      actorUserId: editorA.userId,
      actorOrganizationId: ngoA.id,
      actorRole: 'editor',
    })
    expect((update.before as { parties: unknown[] }).parties).toHaveLength(2)
    expect((update.after as { parties: unknown[] }).parties).toHaveLength(4)

    // Removing a party.
    await updatePartnership(editorA, id, UpdatePartnershipInput.parse({ ...form(), version: '2' }))
    expect((await load(id)).parties.map((x) => x.organizationId)).toEqual([ngoA.id, kokOy.id])
  })

  it('an editor of another organization: not found, by update and by delete; rows and audit unchanged', async () => {
    const { id } = await create(editorA)
    const before = await load(id)
    await expectAppError(
      updatePartnership(
        editorB,
        id,
        UpdatePartnershipInput.parse({ ...form({ title: { en: 'Hijacked' } }), version: '1' }),
      ),
      'not_found',
    )
    await expectAppError(deletePartnership(editorB, id, 1), 'not_found')
    expect(await load(id)).toEqual(before)
    expect(await audits(id)).toHaveLength(1)
    // Nor may B list B's organization as a party of A's partnership by naming A's draft partner organization.
    const draftPartner = await f.organization({ ownerOrganizationId: ngoA.id, publicationStatus: 'DRAFT' })
    const e = await expectAppError(
      create(editorB, {
        parties: [{ organizationId: ngoB.id }, { organizationId: draftPartner.id }, { organizationId: kokOy.id }],
      }),
      'invalid',
    )
    expect(e.fieldErrors).toEqual({ 'parties.1.organizationId': ['unknownRecord'] })
  })

  it('invalid input: every field error at once; a CSO and a government party are required; nothing is written', async () => {
    const parsed = CreatePartnershipInput.safeParse({
      title: {},
      sourceLocale: 'en',
      status: 'SOMETIMES',
      startDate: '2024-05',
      endDate: '2023',
      parties: [{ organizationId: ngoA.id }, { organizationId: ngoA.id }, { role: { en: 'helps' } }],
      territoryIds: ['x'],
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      title: ['requiredOneLanguage'],
      status: ['invalidChoice'],
      endDate: ['dateOrder'],
      'parties.1.organizationId': ['duplicateParty'],
      'parties.2.organizationId': ['partyNeedsOrganization'],
      'territoryIds.0': ['unknownRecord'],
    })
    const count = await prisma.partnership.count()
    const e = await expectAppError(
      create(editorA, { parties: [{ organizationId: ngoA.id }, { organizationId: ngoB.id }] }),
      'invalid',
      'partiesNeedCsoAndGovernment',
    )
    expect(e.field).toBe('parties')
    await expectAppError(create(editorA, { territoryIds: ['cnosuchterritory000000000'] }), 'invalid', 'unknownRecord')
    const oblast = await prisma.territory.findUniqueOrThrow({ where: { code: 'KG-T' } })
    await expectAppError(create(editorA, { territoryIds: [oblast.id] }), 'invalid', 'territoryLevel')
    expect(await prisma.partnership.count()).toBe(count)
  })

  it('a stale form is a conflict; a place abolished by the reform is accepted with a warning', async () => {
    const { id } = await create(editorA)
    await updatePartnership(
      editorA,
      id,
      UpdatePartnershipInput.parse({ ...form({ status: 'COMPLETED' }), version: '1' }),
    )
    const current = await load(id)
    await expectAppError(
      updatePartnership(editorA, id, UpdatePartnershipInput.parse({ ...form({ status: 'SUSPENDED' }), version: '1' })),
      'conflict',
    )
    expect(await load(id)).toEqual(current)
    expect(await audits(id)).toHaveLength(2)

    const abolished = await prisma.territory.findUniqueOrThrow({ where: { code: ARAL } })
    await prisma.territory.update({ where: { id: abolished.id }, data: { validTo: new Date('2024-12-31') } })
    try {
      const { warnings } = await create(editorA, { territoryIds: [abolished.id] })
      expect(warnings).toEqual(['territoryAbolished'])
    } finally {
      await prisma.territory.update({ where: { id: abolished.id }, data: { validTo: null } })
    }
  })

  it('the same form sent twice makes one partnership; a draft without projects can be deleted (audited)', async () => {
    const input = CreatePartnershipInput.parse({ ...form(), submissionKey: randomUUID() })
    const first = await createPartnership(editorA, input)
    const second = await createPartnership(editorA, input)
    expect(second).toMatchObject({ id: first.id, duplicate: true })
    expect(await prisma.partnership.count({ where: { id: first.id } })).toBe(1)

    await expectAppError(deletePartnership(editorA, first.id, 7), 'conflict')
    await deletePartnership(editorA, first.id, 1)
    expect(await prisma.partnership.findUnique({ where: { id: first.id } })).toBeNull()
    expect(await prisma.partnershipParty.count({ where: { partnershipId: first.id } })).toBe(0)
    expect((await audits(first.id)).map((a) => a.action)).toEqual(['CREATE', 'DELETE'])
  })
})
