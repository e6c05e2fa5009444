// The cost-share ledger through its mutations: cash in som, valued in-kind labour, a grant in dollars
// counted once; conversions written with the amount; the four cases with rows and audit asserted.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { createContribution, deleteContribution, updateContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput, UpdateContributionInput } from '@/lib/contributions/schema'
import { fieldErrorsOf } from '@/lib/forms/parse'
import { createPartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
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
  projectId: string,
  ngoA: { id: string },
  aiylOkmot: { id: string },
  donor: { id: string }
let usd2024: number

beforeAll(async () => {
  ngoA = await f.organization()
  const ngoB = await f.organization()
  donor = await f.organization({ kind: 'DONOR', name: 'Water Fund (test)' })
  aiylOkmot = await f.lsgBody('KG07232820000')
  editorA = await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'EDITOR' }] }))
  editorB = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
  const partnershipId = (
    await createPartnership(
      editorA,
      CreatePartnershipInput.parse({
        title: { en: 'Water' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngoA.id }, { organizationId: aiylOkmot.id }],
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
        startDate: '2023',
        endDate: '2024',
        submissionKey: randomUUID(),
      }),
    )
  ).id
  const rate = await prisma.exchangeRate.findFirstOrThrow({
    where: { currency: 'USD', date: new Date(Date.UTC(2024, 0, 1)), period: 'YEAR' },
  })
  usd2024 = Number(rate.rateToKgs)
})

const line = (o: Record<string, unknown>) =>
  CreateContributionInput.parse({ partyForm: 'ORGANIZATION', kind: 'CASH', submissionKey: randomUUID(), ...o })
const audits = (entity: string, id: string) =>
  prisma.auditEvent.findMany({ where: { entity, entityId: id }, orderBy: { id: 'asc' } })

describe('the ledger', () => {
  it('cash in som: the amount, its conversion to dollars and the rate are written with it; audited', async () => {
    const { id } = await createContribution(
      editorA,
      projectId,
      line({ partyOrganizationId: aiylOkmot.id, amount: '150 000', currency: 'KGS', valueDate: '2024-05' }),
    )
    const c = await prisma.contribution.findUniqueOrThrow({ where: { id } })
    expect(c).toMatchObject({
      partyType: 'LSG',
      kind: 'CASH',
      amountMinor: 15000000n,
      currency: 'KGS',
      amountKgsMinor: 15000000n,
      valueDatePrecision: 'MONTH',
      valueDateEstimated: false,
      fxEstimated: false,
      nature: 'COST_SHARE', // not chosen: a cost share
      publicationStatus: 'DRAFT',
    })
    expect(Number(c.amountUsdMinor)).toBeCloseTo(15000000 / usd2024, -1)
    expect(c.fxUsdRateToKgs?.toString()).toBe(String(usd2024))
    expect(await audits('Contribution', id)).toEqual([
      expect.objectContaining({ action: 'CREATE', actorRole: 'editor', actorOrganizationId: ngoA.id }),
    ])
  })

  it('an amount in euros converts through the dollar with the same rule as the seed, marked estimated', async () => {
    const { id } = await createContribution(
      editorA,
      projectId,
      line({ partyOrganizationId: donor.id, amount: '1000', currency: 'EUR', valueDate: '2024-03' }),
    )
    const c = await prisma.contribution.findUniqueOrThrow({ where: { id } })
    // 2024: 1.0824 USD per EUR (ECB) × the year's som per dollar
    expect(c).toMatchObject({ amountMinor: 100000n, currency: 'EUR', amountUsdMinor: 108240n, fxEstimated: true })
    expect(c.fxRateToKgs?.toString()).toBe(String(Math.round(1.0824 * usd2024 * 1e6) / 1e6))
    expect(c.amountKgsMinor).toBe(BigInt(Math.round(1.0824 * usd2024 * 100000)))
    expect(c.fxRateSource).toMatch(/^cross rate through the dollar: EUR→USD ECB .*2024\); USD→KGS .*2024\)$/)
  })

  it('a tax stated as a percentage is recorded as a tax, and an edit can change what the line is', async () => {
    const fields = {
      partyForm: 'COMMUNITY',
      partyNameAsReported: 'Residents',
      partyType: 'COMMUNITY',
      kind: 'CASH',
      shareMin: '5',
      note: { en: 'a 5 % local tax' },
    }
    const { id } = await createContribution(editorA, projectId, line({ ...fields, nature: 'TAX' }))
    const c = await prisma.contribution.findUniqueOrThrow({ where: { id } })
    expect(c).toMatchObject({ nature: 'TAX', amountMinor: null })
    expect(c.shareMin?.toString()).toBe('0.05')
    expect(CreateContributionInput.safeParse({ ...fields, nature: 'FEE', submissionKey: randomUUID() }).success).toBe(
      false,
    )
    await updateContribution(
      editorA,
      id,
      UpdateContributionInput.parse({ ...fields, nature: 'CONDITION', version: '1' }),
    )
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id } })).toMatchObject({ nature: 'CONDITION' })
  })

  it('valued in-kind labour needs its valuation basis; without a value date the project’s last year is used, marked estimated', async () => {
    const bad = CreateContributionInput.safeParse({
      partyForm: 'COMMUNITY',
      partyNameAsReported: 'Kok-Oy residents',
      partyType: 'COMMUNITY',
      kind: 'LABOUR',
      amount: '40000',
      currency: 'KGS',
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(bad.error!)).toEqual({ valuationBasis: ['valuationRequired'] })
    const { id } = await createContribution(
      editorA,
      projectId,
      line({
        partyForm: 'COMMUNITY',
        partyNameAsReported: 'Kok-Oy residents',
        partyType: 'COMMUNITY',
        kind: 'LABOUR',
        amount: '40000',
        currency: 'KGS',
        valuationBasis: 'LOCAL_WAGE_RATE',
        valuationNote: { en: '80 days × 500 som' },
      }),
    )
    const c = await prisma.contribution.findUniqueOrThrow({ where: { id } })
    expect(c).toMatchObject({
      partyForm: 'COMMUNITY',
      partyOrganizationId: null,
      partyType: 'COMMUNITY',
      valuationBasis: 'LOCAL_WAGE_RATE',
      valuationNote: { en: '80 days × 500 som' },
    })
    expect(c).toMatchObject({
      valueDate: new Date(Date.UTC(2024, 0, 1)),
      valueDatePrecision: 'YEAR',
      valueDateEstimated: true,
      fxEstimated: true,
    })
  })

  it('a grant in dollars entered on its line is recorded once, as a Grant linked to the line; linking it again is refused', async () => {
    const { id } = await createContribution(
      editorA,
      projectId,
      line({
        partyOrganizationId: donor.id,
        amount: '12000',
        currency: 'USD',
        valueDate: '2024-02-01',
        isGrant: 'on',
        grantRecipientId: ngoA.id,
        grantTitle: { en: 'Clean water grant' },
      }),
    )
    const c = await prisma.contribution.findUniqueOrThrow({ where: { id }, include: { grant: true } })
    expect(c).toMatchObject({
      partyType: 'DONOR',
      amountMinor: 1200000n,
      currency: 'USD',
      amountUsdMinor: 1200000n,
      valueDatePrecision: 'DAY',
    })
    expect(Number(c.amountKgsMinor)).toBeCloseTo(1200000 * usd2024, -2)
    expect(c.grant).toMatchObject({
      funderId: donor.id,
      recipientId: ngoA.id,
      projectId,
      amountMinor: 1200000n,
      currency: 'USD',
      title: { en: 'Clean water grant' },
      ownerOrganizationId: ngoA.id,
    })
    expect((await audits('Grant', c.grantId!)).map((a) => a.action)).toEqual(['CREATE'])

    const count = await prisma.contribution.count({ where: { projectId } })
    await expectAppError(
      createContribution(editorA, projectId, line({ partyOrganizationId: donor.id, grantId: c.grantId })),
      'invalid',
      'grantAlreadyCounted',
    )
    expect(await prisma.contribution.count({ where: { projectId } })).toBe(count)

    // Changing the line's amount or withholding it changes the grant with it (one figure, entered once).
    await updateContribution(
      editorA,
      id,
      UpdateContributionInput.parse({
        partyForm: 'ORGANIZATION',
        partyOrganizationId: donor.id,
        kind: 'CASH',
        amount: '13000',
        currency: 'USD',
        valueDate: '2024-02-01',
        amountWithheld: 'on',
        version: '1',
      }),
    )
    const g = await prisma.grant.findUniqueOrThrow({ where: { id: c.grantId! } })
    expect(g).toMatchObject({ amountMinor: 1300000n, amountWithheld: true, version: 2 })
    expect((await audits('Grant', g.id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE'])
  })

  it('a grant recorded first is counted by linking it: the line takes its money', async () => {
    const grant = await prisma.grant.create({
      data: {
        funderId: donor.id,
        recipientId: ngoA.id,
        projectId,
        amountMinor: 500000n,
        currency: 'USD',
        valueDate: new Date(Date.UTC(2023, 5, 1)),
        ownerOrganizationId: ngoA.id,
      },
    })
    const { id } = await createContribution(
      editorA,
      projectId,
      line({ partyOrganizationId: donor.id, grantId: grant.id, amountWithheld: 'on' }),
    )
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id } })).toMatchObject({
      grantId: grant.id,
      amountMinor: 500000n,
      currency: 'USD',
      valueDate: new Date(Date.UTC(2023, 5, 1)),
      amountWithheld: true,
    })
    // Withholding the line withholds the grant: the figure is one, public or not.
    expect(await prisma.grant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({
      amountWithheld: true,
      amountMinor: 500000n,
    })
  })

  it('an editor of another organization: not found on create, update and delete; rows unchanged', async () => {
    const { id } = await createContribution(
      editorA,
      projectId,
      line({ partyOrganizationId: ngoA.id, amount: '1000', currency: 'KGS', valueDate: '2024' }),
    )
    const before = await prisma.contribution.findUniqueOrThrow({ where: { id } })
    const count = await prisma.contribution.count()
    await expectAppError(
      createContribution(editorB, projectId, line({ partyOrganizationId: ngoA.id, amount: '1', currency: 'KGS' })),
      'not_found',
    )
    await expectAppError(
      updateContribution(
        editorB,
        id,
        UpdateContributionInput.parse({
          partyForm: 'ORGANIZATION',
          partyOrganizationId: ngoA.id,
          kind: 'CASH',
          amount: '999999',
          currency: 'KGS',
          version: '1',
        }),
      ),
      'not_found',
    )
    await expectAppError(deleteContribution(editorB, id, 1), 'not_found')
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id } })).toEqual(before)
    expect(await prisma.contribution.count()).toBe(count)
    expect(await audits('Contribution', id)).toHaveLength(1)
  })

  it('invalid: negative, absurd, currency-less amounts and a reversed share are all reported; unknown parties refused; nothing written', async () => {
    const parsed = CreateContributionInput.safeParse({
      partyForm: 'ORGANIZATION',
      kind: 'CASH',
      amount: '-5',
      shareMin: '60',
      shareMax: '40',
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      amount: ['amountNegative'],
      partyOrganizationId: ['required'],
      shareMax: ['shareOrder'],
    })
    expect(
      fieldErrorsOf(
        CreateContributionInput.safeParse({
          partyForm: 'ORGANIZATION',
          partyOrganizationId: ngoA.id,
          kind: 'CASH',
          amount: '10000000001',
          currency: 'KGS',
          submissionKey: randomUUID(),
        }).error!,
      ),
    ).toEqual({ amount: ['amountTooLarge'] })
    expect(
      fieldErrorsOf(
        CreateContributionInput.safeParse({
          partyForm: 'ORGANIZATION',
          partyOrganizationId: ngoA.id,
          kind: 'CASH',
          amount: '500',
          submissionKey: randomUUID(),
        }).error!,
      ),
    ).toEqual({ currency: ['amountNeedsCurrency'] })
    expect(
      fieldErrorsOf(
        CreateContributionInput.safeParse({
          partyForm: 'ORGANIZATION',
          partyOrganizationId: ngoA.id,
          kind: 'CASH',
          submissionKey: randomUUID(),
        }).error!,
      ),
    ).toEqual({ amount: ['amountOrShare'] })
    const count = await prisma.contribution.count()
    const draftOther = await f.organization({ publicationStatus: 'DRAFT' }) // another organization's draft: not visible to A
    const e = await expectAppError(
      createContribution(
        editorA,
        projectId,
        line({ partyOrganizationId: draftOther.id, amount: '10', currency: 'KGS' }),
      ),
      'invalid',
    )
    expect(e.fieldErrors).toEqual({ partyOrganizationId: ['unknownRecord'] })
    expect(await prisma.contribution.count()).toBe(count)
  })

  it('a stale form is a conflict and writes nothing; a deletion is audited', async () => {
    const { id } = await createContribution(
      editorA,
      projectId,
      line({ partyOrganizationId: ngoA.id, amount: '2000', currency: 'KGS', valueDate: '2024' }),
    )
    const edit = (amount: string, version: string) =>
      UpdateContributionInput.parse({
        partyForm: 'ORGANIZATION',
        partyOrganizationId: ngoA.id,
        kind: 'CASH',
        amount,
        currency: 'KGS',
        valueDate: '2024',
        version,
      })
    await updateContribution(editorA, id, edit('2500', '1'))
    const current = await prisma.contribution.findUniqueOrThrow({ where: { id } })
    expect(current).toMatchObject({ amountMinor: 250000n, amountKgsMinor: 250000n, version: 2 })
    await expectAppError(updateContribution(editorA, id, edit('9999', '1')), 'conflict')
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id } })).toEqual(current)
    await deleteContribution(editorA, id, 2)
    expect((await audits('Contribution', id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE'])
  })
})
