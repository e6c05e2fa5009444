// Merging a duplicate organization (issue 12, item 6): every reference moves to the survivor, names
// become aliases, external ids move (a clash refuses the merge), repeats are dropped and kept, the
// audit trail records it, undo restores the database exactly, and undo is refused after a change.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/auth/roles'
import { mergeOrganizations, previewMerge, undoBlockers, undoMerge } from '@/lib/organizations/merge/merge'
import { organizationReferences, referenceName } from '@/lib/organizations/merge/relations'
import { ident, pointsAt } from '@/lib/organizations/merge/sql'
import { getRecordHistory, survivorIdOf } from '@/lib/public/history'
import { survivorSlugOf } from '@/lib/public/merged-organizations'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect, fingerprint } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
let admin: Actor
let editor: Actor

beforeAll(async () => {
  admin = await actorOf(await f.user({ admin: true }))
  const org = await f.organization()
  editor = await actorOf(await f.user({ memberships: [{ organizationId: org.id, role: 'EDITOR' }] }))
})
afterAll(async () => {
  // What the factory's cleanup does not know: memoranda (with their parties and scans), import traces.
  const ids = (
    await prisma.organization.findMany({ where: { slug: { startsWith: `test-${f.tag}-` } }, select: { id: true } })
  ).map((o) => o.id)
  await prisma.agreement.deleteMany({ where: { ownerOrganizationId: { in: ids } } })
  await prisma.externalId.deleteMany({ where: { organizationId: { in: ids } } })
  await prisma.importBatch.deleteMany({ where: { organizationId: { in: ids } } })
  await prisma.textTranslation.deleteMany({ where: { entityId: { in: ids } } })
  await prisma.organizationMerge.deleteMany({ where: { mergedSlug: { startsWith: `test-${f.tag}-` } } })
  await f.cleanup()
})

/** How many rows of each reference point at the organization. */
async function referencesTo(id: string) {
  const out: Record<string, number> = {}
  for (const r of organizationReferences) {
    const [row] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM ${ident(r.table)} t WHERE ${pointsAt(r, id, id)}`
    out[referenceName(r)] = (out[referenceName(r)] ?? 0) + row.n
  }
  return out
}

/** Two organizations that are the same, with something of every kind pointing at the duplicate. */
async function world() {
  const survivor = await f.organization({ name: 'Merge survivor' })
  const merged = await f.organization({ name: 'Merge duplicate' })
  const tin = f.digits(14)
  await prisma.organization.update({
    where: { id: merged.id },
    data: { tin, name: { en: 'Merge duplicate', ru: 'Дубликат слияния', ky: 'Кайталанган уюм' } },
  })
  const lsg = await f.lsgBody('KG07232820000').catch(() => f.organization({ kind: 'AIYL_OKMOT', name: 'Merge LSG' }))
  const S = survivor.id
  const M = merged.id
  const both = await f.user({
    memberships: [
      { organizationId: S, role: 'EDITOR' },
      { organizationId: M, role: 'VIEWER' },
    ],
  })
  const onlyMerged = await f.user({ memberships: [{ organizationId: M, role: 'EDITOR' }] })
  await prisma.organizationAlias.createMany({
    data: [
      { organizationId: S, name: 'MD Public Fund', normalized: 'mdpublicfund' },
      { organizationId: M, name: 'M.D. Public Fund', normalized: 'mdpublicfund' },
      { organizationId: M, name: 'Old duplicate name', normalized: 'oldduplicatename' },
    ],
  })
  await prisma.invitation.create({
    data: {
      email: `${f.tag}-inv@test.example`,
      tokenHash: randomUUID(),
      organizationId: M,
      role: 'VIEWER',
      invitedById: both.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  })
  // A reader's suggestion about one of the duplicate's records: it follows the records to the survivor.
  await prisma.correctionSuggestion.create({
    data: { organizationId: M, target: 'organization', targetKey: 'md', message: 'The year is wrong', locale: 'en' },
  })
  // Something in the duplicate's own history (under its id), which the survivor's history takes in.
  await prisma.auditEvent.create({
    data: { entity: 'Organization', entityId: M, action: 'UPDATE', actorRole: 'admin', after: { tin } },
  })
  const slug = () => `test-${f.tag}-${randomUUID().slice(0, 8)}`
  type Party = { organizationId: string; nameAsReported: string; partyType: 'CSO' | 'LSG'; isLead?: boolean }
  const partnership = (owner: string, title: string, parties: (Party & { role?: { en: string } })[]) =>
    prisma.partnership.create({
      data: { slug: slug(), title: { en: title }, ownerOrganizationId: owner, parties: { create: parties } },
    })
  // A partnership of the duplicate's own, and one both are parties to (the duplicate's row repeats).
  const own = await partnership(M, 'Merge: the duplicate’s partnership', [
    { organizationId: M, nameAsReported: 'Merge duplicate', partyType: 'CSO', isLead: true },
    { organizationId: lsg.id, nameAsReported: 'LSG', partyType: 'LSG' },
  ])
  const shared = await partnership(S, 'Merge: a shared partnership', [
    { organizationId: S, nameAsReported: 'Merge survivor', partyType: 'CSO', isLead: true },
    { organizationId: M, nameAsReported: 'Merge duplicate', partyType: 'CSO', role: { en: 'co-lead' } },
  ])
  // One both are parties to where the duplicate leads: the lead passes to the survivor's row.
  const ledByMerged = await partnership(S, 'Merge: led by the duplicate', [
    { organizationId: S, nameAsReported: 'Merge survivor', partyType: 'CSO' },
    { organizationId: M, nameAsReported: 'Merge duplicate', partyType: 'CSO', isLead: true },
  ])
  const programme = await prisma.programme.create({
    data: {
      slug: slug(),
      title: { en: 'Merge programme' },
      ownerOrganizationId: M,
      parties: {
        create: [
          { organizationId: M, role: 'IMPLEMENTER' },
          { organizationId: S, role: 'IMPLEMENTER' },
          { organizationId: M, role: 'DONOR' },
        ],
      },
    },
  })
  const project = await prisma.project.create({
    data: { title: { en: 'Merge project' }, ownerOrganizationId: M, partnershipId: own.id },
  })
  const line = await prisma.contribution.create({
    data: {
      projectId: project.id,
      partyForm: 'ORGANIZATION',
      partyOrganizationId: M,
      partyNameAsReported: 'Merge duplicate',
      partyType: 'CSO',
      kind: 'CASH',
      ownerOrganizationId: M,
      withheldByOrganizationId: M,
    },
  })
  const group = await prisma.contribution.create({
    data: {
      projectId: project.id,
      partyForm: 'GROUP',
      partyNameAsReported: 'Both',
      partyType: 'CSO',
      kind: 'MATERIALS',
      ownerOrganizationId: S,
      groupMembers: { create: [{ organizationId: S }, { organizationId: M }] },
    },
  })
  await prisma.grant.create({
    data: { funderId: M, recipientId: S, ownerOrganizationId: M, withheldByOrganizationId: M },
  })
  await prisma.grant.create({ data: { funderId: S, recipientId: M, ownerOrganizationId: S } })
  await prisma.outcome.create({
    data: {
      indicator: { en: 'People' },
      value: new Prisma.Decimal(10),
      unit: { en: 'people' },
      kind: 'ACTUAL',
      ownerOrganizationId: M,
      projectId: project.id,
    },
  })
  const agreement = await prisma.agreement.create({
    data: {
      kind: 'MEMORANDUM_OF_COOPERATION',
      subject: { en: 'Merge memorandum' },
      ownerOrganizationId: M,
      parties: { create: [{ organizationId: M, nameAsReported: 'Merge duplicate' }] },
    },
  })
  await prisma.document.create({
    data: {
      agreementId: agreement.id,
      fileName: 'scan.pdf',
      contentType: 'application/pdf',
      byteSize: 10,
      sha256: 'a'.repeat(64),
      storageKey: `merge-${randomUUID()}`,
      ownerOrganizationId: M,
    },
  })
  await prisma.confirmation.createMany({
    data: [
      { entity: 'Contribution', entityId: group.id, organizationId: S, state: 'CONFIRMED' },
      { entity: 'Contribution', entityId: group.id, organizationId: M, state: 'DISPUTED', comment: 'no' },
      { entity: 'Contribution', entityId: line.id, organizationId: M, state: 'CONFIRMED' },
    ],
  })
  await prisma.caseStudy.create({
    data: { slug: slug(), title: { en: 'Merge case' }, organizationId: M, ownerOrganizationId: M },
  })
  const partner = await f.organization({ name: 'Registered by the duplicate', ownerOrganizationId: M })
  await prisma.externalId.createMany({
    data: [
      { organizationId: M, kind: 'projects', externalId: 'P-1', entityId: project.id },
      { organizationId: S, kind: 'projects', externalId: 'P-2', entityId: project.id },
      { organizationId: S, kind: 'organizations', externalId: 'ORG-DUP', entityId: M },
    ],
  })
  await prisma.importBatch.create({
    data: {
      organizationId: M,
      fileName: 'x.csv',
      sha256: 'b'.repeat(64),
      rowCount: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
    },
  })
  await prisma.textTranslation.create({
    data: {
      entity: 'Organization',
      entityId: M,
      field: 'name',
      locale: 'ky',
      status: 'MACHINE',
      sourceLocale: 'en',
      sourceHash: 'h',
    },
  })
  return {
    tin,
    survivor,
    merged,
    both,
    onlyMerged,
    own,
    shared,
    ledByMerged,
    programme,
    project,
    line,
    group,
    agreement,
    partner,
  }
}

/** Every table, the survivor's row compared without the version and time the merge and undo move on. */
async function snapshot(survivorId: string) {
  const tables = await fingerprint(prisma)
  for (const t of ['AuditEvent', 'OrganizationMerge', 'Organization']) delete tables[t]
  const orgs = await prisma.$queryRaw<{ row: string }[]>`
    SELECT (CASE WHEN o.id = ${survivorId} THEN to_jsonb(o) - 'version' - 'updatedAt' ELSE to_jsonb(o) END)::text AS row
    FROM "Organization" o ORDER BY o.id`
  return { tables, orgs: orgs.map((o) => o.row) }
}

describe('merging two organizations', () => {
  it('moves every reference, keeps names as aliases, drops repeats, audits — and undo restores exactly', async () => {
    const w = await world()
    const S = w.survivor.id
    const M = w.merged.id
    const before = await referencesTo(M)
    // The world touches every reference the merge knows (the test would prove little otherwise).
    expect(Object.entries(before).filter(([, n]) => n === 0)).toEqual([])
    const preview = await previewMerge(prisma, S, M)
    expect(preview!.conflicts).toEqual([])
    expect(preview!.counts.Membership).toEqual({ moved: 1, dropped: 1 })
    expect(preview!.aliasesAdded.sort()).toEqual(['Merge duplicate', 'Дубликат слияния', 'Кайталанган уюм'].sort())
    const start = await snapshot(S)

    const { id } = await mergeOrganizations(prisma, admin, S, M)

    expect(await prisma.organization.findUnique({ where: { id: M } })).toBeNull()
    expect(Object.entries(await referencesTo(M)).filter(([, n]) => n > 0)).toEqual([])
    const survivor = await prisma.organization.findUniqueOrThrow({ where: { id: S }, include: { aliases: true } })
    expect(survivor.aliases.map((a) => a.name).sort()).toEqual(
      ['MD Public Fund', 'Old duplicate name', 'Merge duplicate', 'Дубликат слияния', 'Кайталанган уюм'].sort(),
    )
    expect(survivor.tin).toBe(w.tin) // the survivor had none
    // Repeats resolved: one membership per person (the survivor's), one party row per partnership.
    const memberships = await prisma.membership.findMany({ where: { userId: w.both.id } })
    expect(memberships.map((m) => [m.organizationId, m.role])).toEqual([[S, 'EDITOR']])
    expect(await prisma.membership.count({ where: { userId: w.onlyMerged.id, organizationId: S } })).toBe(1)
    expect(await prisma.partnershipParty.count({ where: { partnershipId: w.shared.id, organizationId: S } })).toBe(1)
    // Either one leading makes the survivor's row the lead (the dropped row's flag is carried over).
    const leads = await prisma.partnershipParty.findMany({
      where: { partnershipId: { in: [w.shared.id, w.ledByMerged.id] } },
      select: { partnershipId: true, organizationId: true, isLead: true },
    })
    expect(leads.filter((p) => p.organizationId === M)).toEqual([])
    expect(leads.every((p) => p.isLead)).toBe(true)
    expect(leads).toHaveLength(2)
    expect(
      (await prisma.programmeParty.findMany({ where: { programmeId: w.programme.id } })).map((p) => p.role).sort(),
    ).toEqual(['DONOR', 'IMPLEMENTER'])
    expect(await prisma.confirmation.count({ where: { entityId: w.group.id } })).toBe(1)
    // External ids: the duplicate's namespace is the survivor's now, and ids naming it name the survivor.
    expect(await prisma.externalId.count({ where: { organizationId: S, kind: 'projects' } })).toBe(2)
    expect(
      await prisma.externalId.count({ where: { kind: 'organizations', externalId: 'ORG-DUP', entityId: S } }),
    ).toBe(1)
    // Audited, with both ids and the counts.
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'Organization', entityId: { in: [S, M] } } })
    const mergedEvent = audit.find((a) => a.entityId === S && a.action === 'UPDATE')!
    expect(mergedEvent.after).toMatchObject({
      mergedFrom: M,
      mergeId: id,
      counts: { Membership: { moved: 1, dropped: 1 } },
    })
    expect(audit.find((a) => a.entityId === M && a.action === 'DELETE')!.before).toMatchObject({ mergedInto: S })
    // The old public address leads to the survivor.
    expect(await survivorSlugOf(w.merged.slug)).toBe(w.survivor.slug)
    // The survivor's history holds the duplicate's, each entry marked with its name; its old id leads there.
    const mergedHistory = async () =>
      (await getRecordHistory(null, 'organization', S))!.entries.flatMap((e) =>
        e.mergedFrom ? [[e.action, e.mergedFrom.en, e.fields]] : [],
      )
    expect(await mergedHistory()).toEqual([
      ['UPDATE', 'Merge duplicate', ['tin']],
      ['DELETE', 'Merge duplicate', []],
    ])
    expect(await survivorIdOf(M)).toBe(S)

    await undoMerge(prisma, admin, id)

    expect(await snapshot(S)).toEqual(start)
    expect(await referencesTo(M)).toEqual(before)
    expect(await survivorSlugOf(w.merged.slug)).toBeNull()
    expect(await mergedHistory()).toEqual([])
    expect(await survivorIdOf(M)).toBeNull()
    expect(await prisma.auditEvent.count({ where: { entity: 'Organization', entityId: M, action: 'CREATE' } })).toBe(1)
    // Once undone, not again.
    await expect(undoMerge(prisma, admin, id)).rejects.toMatchObject({ key: 'mergeAlreadyUndone' })
  })

  it('refuses, naming them, when both organizations hold the same external id of the same kind', async () => {
    const a = await f.organization()
    const b = await f.organization()
    await prisma.externalId.createMany({
      data: [
        { organizationId: a.id, kind: 'projects', externalId: 'SAME-1', entityId: 'x' },
        { organizationId: b.id, kind: 'projects', externalId: 'SAME-1', entityId: 'y' },
        { organizationId: b.id, kind: 'grants', externalId: 'SAME-1', entityId: 'z' },
      ],
    })
    const start = await fingerprint(prisma)
    expect((await previewMerge(prisma, a.id, b.id))!.conflicts).toEqual([{ kind: 'projects', externalId: 'SAME-1' }])
    await expect(mergeOrganizations(prisma, admin, a.id, b.id)).rejects.toMatchObject({
      key: 'mergeExternalIdConflict',
      conflicts: [{ kind: 'projects', externalId: 'SAME-1' }],
    })
    expect(await fingerprint(prisma)).toEqual(start)
    await prisma.externalId.deleteMany({ where: { organizationId: { in: [a.id, b.id] } } })
  })

  it('refuses undo, with the reason, once a record involved has changed since', async () => {
    const w = await world()
    const { id } = await mergeOrganizations(prisma, admin, w.survivor.id, w.merged.id)
    // A later edit of a partnership that moved (an edit bumps its version).
    await prisma.partnership.update({ where: { id: w.own.id }, data: { version: { increment: 1 } } })
    const merge = await prisma.organizationMerge.findUniqueOrThrow({ where: { id } })
    expect(await undoBlockers(prisma, merge)).toEqual([{ entity: 'Partnership', id: w.own.id, reason: 'changed' }])
    const start = await fingerprint(prisma)
    await expect(undoMerge(prisma, admin, id)).rejects.toMatchObject({ key: 'mergeChangedSince' })
    expect(await fingerprint(prisma)).toEqual(start)
  })

  it('is for administrators only, and never merges an organization into itself', async () => {
    const a = await f.organization()
    const b = await f.organization()
    const start = await fingerprint(prisma)
    await expect(mergeOrganizations(prisma, editor, a.id, b.id)).rejects.toMatchObject({ key: 'notFound' })
    await expect(mergeOrganizations(prisma, admin, a.id, a.id)).rejects.toMatchObject({ key: 'mergeSameOrganization' })
    expect(await fingerprint(prisma)).toEqual(start)
  })
})
