// The audit page's query: the whole trail for admins, filtered and paged as the URL says; nobody else
// gets anything from it.
import { afterAll, describe, expect, it } from 'vitest'
import { parseAuditFilters } from '@/lib/audit-trail/filters'
import { listAuditEvents, listAuditOrganizations } from '@/lib/audit-trail/queries'
import { AppError } from '@/lib/errors'
import { addMembership, setUserAccess } from '@/lib/users/mutations'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await prisma.auditEvent.deleteMany({ where: { actor: { email: { startsWith: `${f.tag}-` } } } })
  await f.cleanup()
  await prisma.$disconnect()
})

describe('the audit trail for admins', () => {
  it('lists changes newest first with who, role, record and changed fields, filtered by the URL', async () => {
    const adminUser = await f.user({ admin: true })
    const admin = await actorOf(adminUser)
    const org = await f.organization()
    const target = await f.user()
    await addMembership(admin, target.id, { organizationId: org.id, role: 'EDITOR' })
    await setUserAccess(admin, target.id, { disabled: true })

    const today = new Date().toISOString().slice(0, 10)
    const { rows, total } = await listAuditEvents(
      admin,
      parseAuditFilters({ entity: 'User', action: 'UPDATE', from: today, to: today }),
    )
    expect(total).toBeGreaterThanOrEqual(1)
    const disabling = rows.find((r) => r.entityId === target.id)
    expect(disabling).toMatchObject({
      who: adminUser.email,
      role: 'admin',
      organization: null,
      entity: 'User',
      action: 'UPDATE',
    })
    expect(disabling!.changedFields).toEqual(['disabledAt', 'sessionVersion'])
    for (const r of rows) expect(r).toMatchObject({ entity: 'User', action: 'UPDATE' })

    const all = await listAuditEvents(admin, parseAuditFilters({}))
    const times = all.rows.map((r) => r.at.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(all.rows.length).toBeLessThanOrEqual(all.pageSize)
    // The two changes above are the newest of all (integration files run one after another).
    expect(all.rows.slice(0, 2).map((r) => r.action)).toEqual(['UPDATE', 'CREATE'])

    const yesterday = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10)
    const before = await listAuditEvents(admin, parseAuditFilters({ entity: 'User', to: yesterday }))
    expect(before.rows.some((r) => r.entityId === target.id)).toBe(false)
  })

  it('filters by the organization someone acted for, and offers only organizations in the trail', async () => {
    const admin = await actorOf(await f.user({ admin: true }))
    const org = await f.organization()
    const editorUser = await f.user({ memberships: [{ organizationId: org.id, role: 'EDITOR' }] })
    await prisma.auditEvent.create({
      data: {
        actorUserId: editorUser.id,
        actorOrganizationId: org.id,
        actorRole: 'editor',
        entity: 'Organization',
        entityId: org.id,
        action: 'UPDATE',
        before: { phone: '1' },
        after: { phone: '2' },
      },
    })
    const { rows } = await listAuditEvents(admin, parseAuditFilters({ organization: org.id }))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ who: editorUser.email, role: 'editor', organization: { id: org.id } })
    expect((await listAuditOrganizations(admin)).map((o) => o.id)).toContain(org.id)
  })

  it('ignores filters that are not valid instead of failing, and pages past the end are empty', async () => {
    const filters = parseAuditFilters({
      entity: 'Nope',
      action: 'DROP',
      from: '2024-13-45',
      page: '-3',
      organization: "' OR 1=1",
    })
    expect(filters).toEqual({ page: 1 })
    const admin = await actorOf(await f.user({ admin: true }))
    expect((await listAuditEvents(admin, parseAuditFilters({ page: '99999' }))).rows).toEqual([])
  })

  it('refuses everyone but admins: editors, officials and viewers get "not found"', async () => {
    const org = await f.organization()
    for (const role of ['EDITOR', 'VIEWER'] as const) {
      const actor = await actorOf(await f.user({ memberships: [{ organizationId: org.id, role }] }))
      for (const call of [() => listAuditEvents(actor, parseAuditFilters({})), () => listAuditOrganizations(actor)]) {
        const e = await call().then(
          () => null,
          (err) => err,
        )
        expect(e, role).toBeInstanceOf(AppError)
        expect((e as AppError).code).toBe('not_found')
      }
    }
  })
})
