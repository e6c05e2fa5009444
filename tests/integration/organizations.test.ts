// Organizations through their mutations: allowed, forbidden, invalid, conflict — rows and audit asserted.
import { randomUUID } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { REGISTRY_EDITORS_ID } from '@/lib/auth/roles'
import { fieldErrorsOf } from '@/lib/forms/parse'
import { createOrganization, updateOrganization } from '@/lib/organizations/mutations'
import { CreateOrganizationInput, UpdateOrganizationInput } from '@/lib/organizations/schema'
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

const form = (o: Record<string, unknown> = {}) => ({
  name: { en: 'Clean Water Talas', ru: 'Чистая вода Талас' },
  sourceLocale: 'en',
  kind: 'PUBLIC_FOUNDATION',
  ...o,
})
const audits = (id: string) =>
  prisma.auditEvent.findMany({ where: { entity: 'Organization', entityId: id }, orderBy: { id: 'asc' } })

describe('organizations', () => {
  it('an editor registers a partner organization for their NGO; its contacts are stored; the creation is audited', async () => {
    const ngo = await f.organization()
    const editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
    const tin = f.digits(14)
    const input = CreateOrganizationInput.parse({
      ...form({ contactEmail: 'Info@Water.KG', tin: `${tin.slice(0, 4)} ${tin.slice(4)}` }),
      submissionKey: randomUUID(),
    })
    const { id, duplicate } = await createOrganization(editor, input)
    expect(duplicate).toBe(false)
    const row = await prisma.organization.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({
      ownerOrganizationId: ngo.id,
      kind: 'PUBLIC_FOUNDATION',
      contactEmail: 'info@water.kg',
      tin,
      publicationStatus: 'DRAFT',
      version: 1,
    })
    expect(row.slug).toMatch(/^clean-water-talas-/)
    const [audit] = await audits(id)
    expect(audit).toMatchObject({
      action: 'CREATE',
      actorUserId: editor.userId,
      actorOrganizationId: ngo.id,
      actorRole: 'editor',
    })

    // The same form sent twice makes one organization.
    expect(await createOrganization(editor, input)).toEqual({ id, duplicate: true })
    expect(await audits(id)).toHaveLength(1)

    // ...and the editor may then change it.
    await updateOrganization(
      editor,
      id,
      UpdateOrganizationInput.parse({ ...form({ foundedYear: '1999' }), version: '1' }),
    )
    const updated = await prisma.organization.findUniqueOrThrow({ where: { id } })
    expect(updated).toMatchObject({ foundedYear: 1999, version: 2, contactEmail: null })
    const [, change] = await audits(id)
    expect(change).toMatchObject({
      action: 'UPDATE',
      before: { foundedYear: null, version: 1, contactEmail: 'info@water.kg' },
      after: { foundedYear: 1999, version: 2, contactEmail: null },
    })
  })

  it('an editor of another organization gets "not found" and nothing changes; nobody but admins touches seeded organizations', async () => {
    const ngoA = await f.organization()
    const ngoB = await f.organization()
    const editorB = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
    const before = await prisma.organization.findUniqueOrThrow({ where: { id: ngoA.id } })
    await expectAppError(
      updateOrganization(editorB, ngoA.id, UpdateOrganizationInput.parse({ ...form(), version: '1' })),
      'not_found',
    )
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: ngoA.id } })).toEqual(before)
    expect(await audits(ngoA.id)).toHaveLength(0)

    const aiylOkmot = await f.lsgBody('KG07232820000')
    const official = await actorOf(await f.user({ memberships: [{ organizationId: aiylOkmot.id, role: 'OFFICIAL' }] }))
    await expectAppError(
      updateOrganization(
        official,
        aiylOkmot.id,
        UpdateOrganizationInput.parse({ ...form(), kind: 'AIYL_OKMOT', version: String(aiylOkmot.version) }),
      ),
      'not_found',
    )
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: aiylOkmot.id } })).version).toBe(
      aiylOkmot.version,
    )

    // Entering a record for someone else's organization is refused too.
    await expectAppError(
      createOrganization(
        editorB,
        CreateOrganizationInput.parse({ ...form(), ownerOrganizationId: ngoA.id, submissionKey: randomUUID() }),
      ),
      'invalid',
      'notYourOrganization',
    )
    // A viewer enters nothing.
    const viewer = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'VIEWER' }] }))
    await expectAppError(
      createOrganization(viewer, CreateOrganizationInput.parse({ ...form(), submissionKey: randomUUID() })),
      'not_found',
    )
    expect(
      await prisma.organization.count({
        where: { ownerOrganizationId: { in: [ngoA.id, ngoB.id] }, NOT: { id: { in: [ngoA.id, ngoB.id] } } },
      }),
    ).toBe(0)
  })

  it('reports every invalid field at once, and database checks (TIN taken, unknown place) without writing', async () => {
    const parsed = CreateOrganizationInput.safeParse({
      name: { en: ' ' },
      sourceLocale: 'xx',
      kind: 'NGO',
      tin: '123',
      okpo: 'abc',
      foundedYear: '1700',
      contactEmail: 'not-an-email',
      submissionKey: 'x',
    })
    expect(parsed.success).toBe(false)
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      name: ['requiredOneLanguage'],
      sourceLocale: ['invalidChoice'],
      kind: ['invalidChoice'],
      tin: ['tinFormat'],
      okpo: ['okpoFormat'],
      foundedYear: ['invalidYear'],
      contactEmail: ['invalidEmail'],
      submissionKey: ['conflict'],
    })

    const ngo = await f.organization()
    const tin = f.digits(14)
    await prisma.organization.update({ where: { id: ngo.id }, data: { tin } })
    const editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
    const count = await prisma.organization.count()
    const e = await expectAppError(
      createOrganization(editor, CreateOrganizationInput.parse({ ...form({ tin }), submissionKey: randomUUID() })),
      'invalid',
      'tinTaken',
    )
    expect(e.field).toBe('tin')
    await expectAppError(
      createOrganization(
        editor,
        CreateOrganizationInput.parse({
          ...form({ homeTerritoryId: 'cnosuchterritory000000000' }),
          submissionKey: randomUUID(),
        }),
      ),
      'invalid',
      'unknownRecord',
    )
    expect(await prisma.organization.count()).toBe(count)
  })

  it('a stale form is a conflict: nothing is written', async () => {
    const ngo = await f.organization()
    const editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
    await updateOrganization(
      editor,
      ngo.id,
      UpdateOrganizationInput.parse({ ...form({ foundedYear: '2001' }), version: '1' }),
    )
    const current = await prisma.organization.findUniqueOrThrow({ where: { id: ngo.id } })
    await expectAppError(
      updateOrganization(
        editor,
        ngo.id,
        UpdateOrganizationInput.parse({ ...form({ foundedYear: '2002' }), version: '1' }),
      ),
      'conflict',
    )
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: ngo.id } })).toEqual(current)
    expect(await audits(ngo.id)).toHaveLength(1)
  })

  it('admins may enter for the registry editors', async () => {
    const admin = await actorOf(await f.user({ admin: true }))
    const { id } = await createOrganization(
      admin,
      CreateOrganizationInput.parse({ ...form({ name: { en: `Admin-made ${f.tag}` } }), submissionKey: randomUUID() }),
    )
    const row = await prisma.organization.findUniqueOrThrow({ where: { id } })
    expect(row.ownerOrganizationId).toBe(REGISTRY_EDITORS_ID)
    expect((await audits(id))[0]).toMatchObject({ actorRole: 'admin', actorOrganizationId: null })
    await prisma.organization.delete({ where: { id } })
  })
})
