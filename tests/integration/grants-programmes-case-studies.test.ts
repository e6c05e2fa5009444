// Grants, programmes and case studies through their mutations: allowed, forbidden (not found, rows
// unchanged), invalid, conflict — with rows and audit events asserted. A grant counts once.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { createCaseStudy, updateCaseStudy } from '@/lib/case-studies/mutations'
import { CreateCaseStudyInput, UpdateCaseStudyInput } from '@/lib/case-studies/schema'
import { createContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput } from '@/lib/contributions/schema'
import { fieldErrorsOf } from '@/lib/forms/parse'
import { createGrant, deleteGrant, updateGrant } from '@/lib/grants/mutations'
import { CreateGrantInput, UpdateGrantInput } from '@/lib/grants/schema'
import { createPartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { createProgramme, updateProgramme } from '@/lib/programmes/mutations'
import { CreateProgrammeInput, UpdateProgrammeInput } from '@/lib/programmes/schema'
import { createProject } from '@/lib/projects/mutations'
import { CreateProjectInput } from '@/lib/projects/schema'
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

let editorA: Actor,
  editorB: Actor,
  ngoA: { id: string },
  donor: { id: string },
  projectId: string,
  partnershipId: string
const audits = (entity: string, id: string) =>
  prisma.auditEvent.findMany({ where: { entity, entityId: id }, orderBy: { id: 'asc' } })

beforeAll(async () => {
  ngoA = await f.organization()
  const ngoB = await f.organization()
  donor = await f.organization({ kind: 'DONOR' })
  const ao = await f.lsgBody('KG07232820000')
  editorA = await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'EDITOR' }] }))
  editorB = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
  partnershipId = (
    await createPartnership(
      editorA,
      CreatePartnershipInput.parse({
        title: { en: 'W' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngoA.id }, { organizationId: ao.id }],
        submissionKey: randomUUID(),
      }),
    )
  ).id
  projectId = (
    await createProject(
      editorA,
      partnershipId,
      CreateProjectInput.parse({
        title: { en: 'P' },
        sourceLocale: 'en',
        endDate: '2024',
        submissionKey: randomUUID(),
      }),
    )
  ).id
})

describe('grants', () => {
  const form = (o: Record<string, unknown> = {}) => ({
    title: { en: 'Water grant' },
    funderId: donor.id,
    recipientId: ngoA.id,
    amount: '20000',
    currency: 'USD',
    valueDate: '2024-03-01',
    ...o,
  })

  it('a grant counted in its project’s cost-share has exactly one ledger line, kept in step; audited', async () => {
    const { id } = await createGrant(
      editorA,
      CreateGrantInput.parse({ ...form({ projectId, countInCostShare: 'on' }), submissionKey: randomUUID() }),
    )
    const line = await prisma.contribution.findUniqueOrThrow({ where: { grantId: id } })
    expect(line).toMatchObject({
      projectId,
      partyOrganizationId: donor.id,
      partyType: 'DONOR',
      amountMinor: 2000000n,
      currency: 'USD',
      amountUsdMinor: 2000000n,
    })
    expect((await audits('Grant', id)).map((a) => a.action)).toEqual(['CREATE'])
    expect((await audits('Contribution', line.id)).map((a) => a.action)).toEqual(['CREATE'])

    await updateGrant(
      editorA,
      id,
      UpdateGrantInput.parse({
        ...form({ amount: '25000', projectId, countInCostShare: 'on', amountWithheld: 'on' }),
        version: '1',
      }),
    )
    expect(await prisma.contribution.count({ where: { grantId: id } })).toBe(1)
    expect(await prisma.contribution.findUniqueOrThrow({ where: { grantId: id } })).toMatchObject({
      amountMinor: 2500000n,
      amountWithheld: true,
    })
    // The same grant entered again through the ledger is refused.
    await expectAppError(
      createContribution(
        editorA,
        projectId,
        CreateContributionInput.parse({
          partyForm: 'ORGANIZATION',
          partyOrganizationId: donor.id,
          kind: 'CASH',
          grantId: id,
          submissionKey: randomUUID(),
        }),
      ),
      'invalid',
      'grantAlreadyCounted',
    )

    await deleteGrant(editorA, id, 2)
    expect(await prisma.contribution.count({ where: { id: line.id } })).toBe(0)
    expect((await audits('Contribution', line.id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE'])
  })

  it('forbidden: another organization’s editor gets not found, and may not attach a grant to A’s project', async () => {
    const { id } = await createGrant(editorA, CreateGrantInput.parse({ ...form(), submissionKey: randomUUID() }))
    const before = await prisma.grant.findUniqueOrThrow({ where: { id } })
    await expectAppError(
      updateGrant(editorB, id, UpdateGrantInput.parse({ ...form({ amount: '1' }), version: '1' })),
      'not_found',
    )
    await expectAppError(deleteGrant(editorB, id, 1), 'not_found')
    expect(await prisma.grant.findUniqueOrThrow({ where: { id } })).toEqual(before)
    const e = await expectAppError(
      createGrant(
        editorB,
        CreateGrantInput.parse({ ...form({ projectId, countInCostShare: 'on' }), submissionKey: randomUUID() }),
      ),
      'invalid',
    )
    expect(e.fieldErrors).toEqual({ projectId: ['unknownRecord'] })
  })

  it('invalid and conflict', async () => {
    const r = CreateGrantInput.safeParse({
      funderId: donor.id,
      recipientId: donor.id,
      amount: '-3',
      countInCostShare: 'on',
      startDate: '2025',
      endDate: '2024',
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(r.error!)).toEqual({
      amount: ['amountNegative'],
      recipientId: ['invalid'],
      endDate: ['dateOrder'],
      projectId: ['required'],
    })
    const { id } = await createGrant(editorA, CreateGrantInput.parse({ ...form(), submissionKey: randomUUID() }))
    await updateGrant(editorA, id, UpdateGrantInput.parse({ ...form({ amount: '21000' }), version: '1' }))
    const current = await prisma.grant.findUniqueOrThrow({ where: { id } })
    await expectAppError(
      updateGrant(editorA, id, UpdateGrantInput.parse({ ...form({ amount: '22000' }), version: '1' })),
      'conflict',
    )
    expect(await prisma.grant.findUniqueOrThrow({ where: { id } })).toEqual(current)
  })
})

describe('programmes', () => {
  const form = (o: Record<string, unknown> = {}) => ({
    title: { en: 'Rural water programme' },
    sourceLocale: 'en',
    budget: '1000000',
    budgetCurrency: 'USD',
    parties: [
      { organizationId: donor.id, role: 'DONOR' },
      { organizationId: ngoA.id, role: 'IMPLEMENTER' },
    ],
    ...o,
  })

  it('an editor creates one with donors and implementers; only its keepers change it; invalid and stale forms write nothing', async () => {
    const { id } = await createProgramme(
      editorA,
      CreateProgrammeInput.parse({ ...form(), submissionKey: randomUUID() }),
    )
    const p = await prisma.programme.findUniqueOrThrow({ where: { id }, include: { parties: true } })
    expect(p).toMatchObject({ ownerOrganizationId: ngoA.id, budgetMinor: 100000000n, budgetCurrency: 'USD' })
    expect(p.parties.map((x) => x.role).sort()).toEqual(['DONOR', 'IMPLEMENTER'])
    expect((await audits('Programme', id))[0]).toMatchObject({ action: 'CREATE', actorRole: 'editor' })

    const before = await prisma.programme.findUniqueOrThrow({ where: { id } })
    await expectAppError(
      updateProgramme(editorB, id, UpdateProgrammeInput.parse({ ...form(), version: '1' })),
      'not_found',
    )
    expect(await prisma.programme.findUniqueOrThrow({ where: { id } })).toEqual(before)

    const bad = CreateProgrammeInput.safeParse({
      ...form({
        title: {},
        budgetCurrency: '',
        parties: [
          { organizationId: donor.id, role: 'DONOR' },
          { organizationId: donor.id, role: 'DONOR' },
        ],
      }),
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(bad.error!)).toEqual({
      title: ['requiredOneLanguage'],
      budgetCurrency: ['amountNeedsCurrency'],
      'parties.1.organizationId': ['duplicateParty'],
    })

    await updateProgramme(editorA, id, UpdateProgrammeInput.parse({ ...form({ budget: '1200000' }), version: '1' }))
    await expectAppError(
      updateProgramme(editorA, id, UpdateProgrammeInput.parse({ ...form({ budget: '9' }), version: '1' })),
      'conflict',
    )
    expect((await prisma.programme.findUniqueOrThrow({ where: { id } })).budgetMinor).toBe(120000000n)
  })
})

describe('case studies', () => {
  const form = (o: Record<string, unknown> = {}) => ({
    title: { en: 'How Kok-Oy got water', ru: 'Как в Кок-Ой пришла вода' },
    sourceLocale: 'en',
    organizationId: ngoA.id,
    partnershipId,
    sections: [
      {
        kind: 'SUMMARY',
        body: { en: 'Two villages, one pipe.', ru: 'Два села, одна труба.' },
        status: { ru: 'MACHINE' },
      },
      { kind: 'LESSON', body: { ky: 'Биргелешип иштөө.' } },
    ],
    ...o,
  })

  it('sections per language with translation status; forbidden, invalid and conflict write nothing', async () => {
    const { id } = await createCaseStudy(
      editorA,
      CreateCaseStudyInput.parse({ ...form(), submissionKey: randomUUID() }),
    )
    const sections = await prisma.caseStudySection.findMany({
      where: { caseStudyId: id },
      orderBy: { position: 'asc' },
    })
    expect(sections.map((s) => [s.kind, s.translationStatus])).toEqual([
      ['SUMMARY', { en: 'ORIGINAL', ru: 'MACHINE' }],
      ['LESSON', { ky: 'DRAFT' }],
    ])
    expect((await audits('CaseStudy', id))[0]).toMatchObject({ action: 'CREATE' })

    const before = await prisma.caseStudy.findUniqueOrThrow({ where: { id } })
    await expectAppError(
      updateCaseStudy(editorB, id, UpdateCaseStudyInput.parse({ ...form(), version: '1' })),
      'not_found',
    )
    expect(await prisma.caseStudy.findUniqueOrThrow({ where: { id } })).toEqual(before)

    const bad = CreateCaseStudyInput.safeParse({
      ...form({ sections: [{ kind: 'SUMMARY', body: { en: '' }, status: { ky: 'REVIEWED' } }] }),
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(bad.error!)).toEqual({
      'sections.0.body': ['requiredOneLanguage'],
      'sections.0.status.ky': ['invalid'],
    })
    const e = await expectAppError(
      createCaseStudy(editorB, CreateCaseStudyInput.parse({ ...form(), submissionKey: randomUUID() })),
      'invalid',
    )
    // B may not attach a case study to A's partnership, nor tell it about A's organization (Trust, item 2).
    expect(e.fieldErrors).toEqual({ partnershipId: ['unknownRecord'], organizationId: ['unknownRecord'] })

    await updateCaseStudy(
      editorA,
      id,
      UpdateCaseStudyInput.parse({
        ...form({
          sections: [
            {
              kind: 'SUMMARY',
              body: { en: 'Two villages, one pipe.', ru: 'Два села, одна труба.' },
              status: { ru: 'REVIEWED' },
            },
          ],
        }),
        version: '1',
      }),
    )
    expect((await prisma.caseStudySection.findFirstOrThrow({ where: { caseStudyId: id } })).translationStatus).toEqual({
      en: 'ORIGINAL',
      ru: 'REVIEWED',
    })
    await expectAppError(
      updateCaseStudy(editorA, id, UpdateCaseStudyInput.parse({ ...form(), version: '1' })),
      'conflict',
    )
    expect(await prisma.caseStudySection.count({ where: { caseStudyId: id } })).toBe(1)
  })
})
