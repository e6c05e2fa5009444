// Publishing: a partnership goes public with its contents; withheld amounts never reach a public
// figure; the territory API counts it; its history is public and names organizations, not people.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET as getTerritory } from '@/app/api/v1/territories/[code]/route'
import type { Actor } from '@/lib/auth/roles'
import { createContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput } from '@/lib/contributions/schema'
import { getRecordHistory } from '@/lib/public/history'
import { createOutcome } from '@/lib/outcomes/mutations'
import { CreateOutcomeInput } from '@/lib/outcomes/schema'
import { createPartnership } from '@/lib/partnerships/mutations'
import { getPartnershipPreview, getPublicPartnership } from '@/lib/public/partnerships'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { createProject } from '@/lib/projects/mutations'
import { CreateProjectInput } from '@/lib/projects/schema'
import { describePublication, planContents } from '@/lib/publishing/contents'
import { setPublication } from '@/lib/publishing/mutations'
import { getProjectToCopy, listProjectsToCopy } from '@/lib/projects/manage-queries'
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
let editorA: Actor, editorB: Actor, partnershipId: string, projectId: string, withheldLine: string, ngoA: { id: string }
const counts = async (code: string) =>
  (
    await (
      await getTerritory(new Request(`http://test/api/v1/territories/${code}`), { params: Promise.resolve({ code }) })
    ).json()
  ).counts

beforeAll(async () => {
  ngoA = await f.organization({ name: 'Aikol (publishing test)' })
  const ngoB = await f.organization()
  const donor = await f.organization({ kind: 'DONOR', publicationStatus: 'DRAFT', ownerOrganizationId: ngoA.id })
  const ao = await f.lsgBody(KOK_OY)
  const [kokOy, aral] = await Promise.all(
    [KOK_OY, ARAL].map((code) => prisma.territory.findUniqueOrThrow({ where: { code } })),
  )
  editorA = await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'EDITOR' }] }))
  editorB = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
  partnershipId = (
    await createPartnership(
      editorA,
      CreatePartnershipInput.parse({
        title: { en: 'Water for Kok-Oy' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngoA.id }, { organizationId: ao.id }, { organizationId: donor.id }],
        internalNote: 'secret note',
        submissionKey: randomUUID(),
      }),
    )
  ).id
  projectId = (
    await createProject(
      editorA,
      partnershipId,
      CreateProjectInput.parse({
        title: { en: 'Pipes' },
        sourceLocale: 'en',
        endDate: '2024',
        territoryIds: [kokOy.id, aral.id],
        submissionKey: randomUUID(),
      }),
    )
  ).id
  const line = (o: Record<string, unknown>) =>
    createContribution(
      editorA,
      projectId,
      CreateContributionInput.parse({ partyForm: 'ORGANIZATION', kind: 'CASH', submissionKey: randomUUID(), ...o }),
    )
  await line({ partyOrganizationId: ao.id, amount: '150000', currency: 'KGS', valueDate: '2024' })
  await line({ partyOrganizationId: ngoA.id, amount: '50000', currency: 'KGS', valueDate: '2024', shareMin: '20' })
  withheldLine = (
    await line({
      partyOrganizationId: donor.id,
      amount: '12345',
      currency: 'USD',
      valueDate: '2024',
      shareMin: '70',
      amountWithheld: 'on',
      isGrant: 'on',
      grantRecipientId: ngoA.id,
    })
  ).id
  await createOutcome(
    editorA,
    projectId,
    CreateOutcomeInput.parse({
      indicator: { en: 'Households connected' },
      kind: 'ACTUAL',
      value: '240',
      qualifier: 'EXACT',
      unit: { en: 'households' },
      submissionKey: randomUUID(),
    }),
  )
})

describe('publishing', () => {
  it('drafts are not public: no public view, no territory count, no history for visitors', async () => {
    expect(await getPublicPartnership(partnershipId)).toBeNull()
    expect(await getRecordHistory(null, 'partnership', partnershipId)).toBeNull()
    expect((await getRecordHistory(editorA, 'partnership', partnershipId))?.entries).toHaveLength(1)
    expect(await getRecordHistory(editorB, 'partnership', partnershipId)).toBeNull()
  })

  it('an editor of an unpublished organization sees it named in its draft’s history (not only its role)', async () => {
    const ngo = await f.organization({ name: 'Unlisted NGO (history test)', publicationStatus: 'DRAFT' })
    const editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
    const { id } = await createPartnership(
      editor,
      CreatePartnershipInput.parse({
        title: { en: 'A draft of an unlisted organization' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngo.id }, { organizationId: (await f.lsgBody(ARAL)).id }],
        submissionKey: randomUUID(),
      }),
    )
    const h = await getRecordHistory(editor, 'partnership', id)
    expect(h?.entries[0].by).toMatchObject({
      kind: 'organization',
      role: 'editor',
      name: { en: 'Unlisted NGO (history test)' },
    })
  })

  it('the preview is the public view as if published, without private fields or the withheld amount', async () => {
    const preview = await getPartnershipPreview(partnershipId)
    const text = JSON.stringify(preview, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
    expect(text).not.toContain('secret note')
    expect(text).not.toContain('1234500') // the withheld amount in minor units
    expect(text).not.toContain('"0.700000"') // nor its share
    const line = preview!.projects[0].contributions.find((l) => l.id === withheldLine)!
    expect(line).toMatchObject({ withheld: true, amount: null, share: null, valueDate: null, isGrant: true })
    expect(preview!.costShare).toMatchObject({ total: { kgsMinor: 20000000n }, classes: { withheld: 1, counted: 2 } })
  })

  it('another organization’s editor cannot publish (not found); a stale version is a conflict; nothing changes', async () => {
    const p = await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } })
    await expectAppError(
      setPublication(editorB, 'Partnership', partnershipId, p.version, 'PUBLISHED', { withContents: true }),
      'not_found',
    )
    await expectAppError(
      setPublication(editorA, 'Partnership', partnershipId, p.version - 1 || 99, 'PUBLISHED', { withContents: true }),
      'conflict',
    )
    expect(await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } })).toEqual(p)
    expect(await prisma.auditEvent.count({ where: { entityId: partnershipId, action: 'PUBLISH' } })).toBe(0)
  })

  it('the confirmation lists, in the user’s language, exactly the records publishing would make public', async () => {
    const groups = await describePublication(editorA, 'Partnership', partnershipId, { en: 'Water for Kok-Oy' }, 'ru')
    expect(groups.map((g) => [g.entity, g.items.length])).toEqual([
      ['Partnership', 1],
      ['Project', 1],
      ['Organization', 1],
      ['Contribution', 3],
      ['Grant', 1],
      ['Outcome', 1],
    ])
    expect(groups.find((g) => g.entity === 'Contribution')!.heading).toBe('Вклады (3)')
    const lines = groups.find((g) => g.entity === 'Contribution')!.items
    expect(lines.filter((l) => l.includes('сумма останется скрытой'))).toHaveLength(1)
    expect(lines.join(' ')).not.toMatch(/12[ ,]?345/)
    // Another organization's editor may publish nothing of it: nothing is listed.
    expect(await planContents(prisma, editorB, 'Partnership', partnershipId)).toEqual([])
  })

  it('a new project copies only from a project of the user’s own organization', async () => {
    expect((await listProjectsToCopy(editorA)).map((p) => p.id)).toContain(projectId)
    expect((await listProjectsToCopy(editorB)).map((p) => p.id)).not.toContain(projectId)
    expect(await getProjectToCopy(editorA, projectId)).toMatchObject({ title: { en: 'Pipes' } })
    expect(await getProjectToCopy(editorB, projectId)).toBeNull()
  })

  it('publishing with contents makes the partnership, project, lines, grant, outcome and draft partner public, each audited; the territory API counts it', async () => {
    const before = { kokOy: await counts(KOK_OY), aral: await counts(ARAL), talas: await counts('KG-T') }
    const p = await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } })
    const planned = (await planContents(prisma, editorA, 'Partnership', partnershipId)).length
    const { changed } = await setPublication(editorA, 'Partnership', partnershipId, p.version, 'PUBLISHED', {
      withContents: true,
    })
    expect(changed).toBe(1 + 1 + 1 + 3 + 1 + 1) // partnership, draft donor, project, 3 lines, grant, outcome
    expect(changed).toBe(planned + 1) // what the confirmation listed, and nothing else
    expect(await prisma.contribution.count({ where: { projectId, publicationStatus: 'DRAFT' } })).toBe(0)
    expect(
      await prisma.auditEvent.count({
        where: { entityId: partnershipId, action: 'PUBLISH', actorRole: 'editor', actorOrganizationId: ngoA.id },
      }),
    ).toBe(1)
    expect(
      await prisma.auditEvent.count({ where: { entity: 'Contribution', action: 'PUBLISH', entityId: withheldLine } }),
    ).toBe(1)

    const after = { kokOy: await counts(KOK_OY), aral: await counts(ARAL), talas: await counts('KG-T') }
    expect(after.kokOy.partnerships).toBe(before.kokOy.partnerships + 1)
    expect(after.kokOy.projects).toBe(before.kokOy.projects + 1)
    expect(after.aral.projects).toBe(before.aral.projects + 1) // the project spans two aiyl okmots
    expect(after.talas.partnerships).toBe(before.talas.partnerships + 1)

    const pub = await getPublicPartnership(partnershipId)
    expect(pub?.costShare).toMatchObject({ total: { kgsMinor: 20000000n }, classes: { withheld: 1 } })
    expect(JSON.stringify(pub, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))).not.toContain('1234500')
  })

  it('the public history names the organization and role, never a person, and no values', async () => {
    const h = await getRecordHistory(null, 'partnership', partnershipId)
    expect(h?.entries.map((e) => e.action)).toEqual(['CREATE', 'PUBLISH'])
    expect(h?.entries[1].by).toMatchObject({
      kind: 'organization',
      role: 'editor',
      name: expect.objectContaining({ en: 'Aikol (publishing test)' }),
    })
    const text = JSON.stringify(h)
    expect(text).not.toContain(editorA.email)
    expect(text).not.toContain(editorA.name)
    const lineHistory = await getRecordHistory(null, 'contribution', withheldLine)
    expect(JSON.stringify(lineHistory, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))).not.toContain('12345')
  })

  it('withdrawing takes it out again (audited)', async () => {
    const p = await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } })
    await setPublication(editorA, 'Partnership', partnershipId, p.version, 'DRAFT')
    expect(await getPublicPartnership(partnershipId)).toBeNull()
    expect(await prisma.auditEvent.count({ where: { entityId: partnershipId, action: 'UNPUBLISH' } })).toBe(1)
  })
})
