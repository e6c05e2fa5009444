// In-kind lines valued as quantity × value per unit: the server computes the amount, refuses a stated
// amount that disagrees (in the schema the browser shares, and again in the mutation), keeps an unknown
// value unknown, and the public line shows the valuation only where its amount is public.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { contributionFormValues } from '@/lib/contributions/form-values'
import { createContribution, updateContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput, UpdateContributionInput } from '@/lib/contributions/schema'
import { fieldErrorsOf } from '@/lib/forms/parse'
import { createPartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { createProject } from '@/lib/projects/mutations'
import { CreateProjectInput } from '@/lib/projects/schema'
import { contributionSelect, toPublicContribution } from '@/lib/public/dto'
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

let editor: Actor, projectId: string

beforeAll(async () => {
  const ngo = await f.organization()
  const aiylOkmot = await f.lsgBody('KG07232820000')
  editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
  const partnershipId = (
    await createPartnership(
      editor,
      CreatePartnershipInput.parse({
        title: { en: 'Water' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngo.id }, { organizationId: aiylOkmot.id }],
        submissionKey: randomUUID(),
      }),
    )
  ).id
  projectId = (
    await createProject(
      editor,
      partnershipId,
      CreateProjectInput.parse({
        title: { en: 'Pipes' },
        sourceLocale: 'en',
        startDate: '2024',
        endDate: '2024',
        submissionKey: randomUUID(),
      }),
    )
  ).id
})

const labour = (o: Record<string, unknown>) => ({
  partyForm: 'COMMUNITY',
  partyNameAsReported: 'Residents of Kok-Oy',
  kind: 'LABOUR',
  currency: 'KGS',
  valueDate: '2024',
  valuationBasis: 'LOCAL_WAGE_RATE',
  submissionKey: randomUUID(),
  ...o,
})
const errorsOf = (o: Record<string, unknown>) => {
  const parsed = CreateContributionInput.safeParse(labour(o))
  return parsed.success ? {} : fieldErrorsOf(parsed.error)
}
const row = (id: string) => prisma.contribution.findUniqueOrThrow({ where: { id } })

describe('quantity × value per unit', () => {
  it('both given: the amount is their product, computed on the server and converted like any amount', async () => {
    const { id } = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse(labour({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500' })),
    )
    const c = await row(id)
    expect(c).toMatchObject({
      amountMinor: 600_000n,
      currency: 'KGS',
      quantityUnit: 'PERSON_DAY',
      unitValueMinor: 50_000n,
    })
    expect(c.quantityValue?.toString()).toBe('12')
    expect(c.amountKgsMinor).toBe(600_000n)
  })

  it('a fractional quantity is multiplied exactly and rounded to the tyiyn', async () => {
    const { id } = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse(labour({ quantity: '2,5', quantityUnit: 'HECTARE', unitValue: '1 333,33' })),
    )
    expect((await row(id)).amountMinor).toBe(333_333n) // 2.5 × 1 333.33 = 3 333.325 → 3 333.33
  })

  it('a stated amount that agrees is kept; one that disagrees is refused next to the amount', async () => {
    expect(errorsOf({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500', amount: '6 000' })).toEqual({})
    expect(errorsOf({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500', amount: '6 500' })).toEqual({
      amount: ['amountDisagreesWithValuation'],
    })
  })

  it('the mutation checks again what the schema checked (an input that skipped the form)', async () => {
    const input = CreateContributionInput.parse(
      labour({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500' }),
    )
    const before = await prisma.contribution.count({ where: { projectId } })
    const disagrees = await expectAppError(
      createContribution(editor, projectId, { ...input, amount: 650_000n }),
      'invalid',
    )
    expect(disagrees.fieldErrors).toEqual({ amount: ['amountDisagreesWithValuation'] })
    const tooLarge = await expectAppError(
      createContribution(editor, projectId, { ...input, unitValue: 10_000_000_000n, quantity: '1000' }),
      'invalid',
    )
    expect(tooLarge.fieldErrors).toEqual({ unitValue: ['amountTooLarge'] })
    expect(await prisma.contribution.count({ where: { projectId } })).toBe(before)
  })

  it('unknown stays unknown: a quantity without a value per unit is recorded with no amount, never 0', async () => {
    const { id } = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse(labour({ quantity: '40', quantityUnit: 'PERSON_DAY', valuationBasis: '' })),
    )
    const c = await row(id)
    expect(c).toMatchObject({ amountMinor: null, unitValueMinor: null, amountKgsMinor: null, valuationBasis: null })
    expect(c.quantityValue?.toString()).toBe('40')
  })

  it('asks what it needs: a unit for a quantity, a quantity for a value per unit, a currency, a sane number', () => {
    expect(errorsOf({ quantity: '12', unitValue: '500' })).toEqual({ quantityUnit: ['required'] })
    expect(errorsOf({ quantityUnit: 'PERSON_DAY', unitValue: '500' })).toEqual({ quantity: ['required'] })
    expect(errorsOf({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500', currency: '' })).toEqual({
      currency: ['amountNeedsCurrency'],
    })
    expect(errorsOf({ quantity: '-3', quantityUnit: 'PERSON_DAY' })).toEqual({ quantity: ['invalidNumber'] })
    expect(errorsOf({ quantity: '3', quantityUnit: 'BUCKETS' })).toEqual({ quantityUnit: ['invalidChoice'] })
    // The valuation basis is still asked of a valued in-kind line.
    expect(errorsOf({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500', valuationBasis: '' })).toEqual({
      valuationBasis: ['valuationRequired'],
    })
  })

  it('a cash line keeps no quantity even if one is sent', async () => {
    const { id } = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse(
        labour({ kind: 'CASH', amount: '100', quantity: '3', quantityUnit: 'PIECE', valuationBasis: '' }),
      ),
    )
    expect(await row(id)).toMatchObject({
      amountMinor: 10_000n,
      quantityValue: null,
      quantityUnit: null,
      unitValueMinor: null,
    })
  })

  it('an edit shows the quantity and the value per unit, not the computed amount, and recomputes on save', async () => {
    const { id } = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse(labour({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500' })),
    )
    const values = contributionFormValues(
      (await prisma.contribution.findUniqueOrThrow({
        where: { id },
        include: { project: true, grant: true },
      })) as never,
    )
    expect(values).toMatchObject({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500.00' })
    expect(values.amount).toBeUndefined()
    await updateContribution(
      editor,
      id,
      UpdateContributionInput.parse({
        ...values,
        ...labour({ quantity: '15', quantityUnit: 'PERSON_DAY', unitValue: '500' }),
        version: 1,
      }),
    )
    expect((await row(id)).amountMinor).toBe(750_000n)
  })

  it('the public line shows "12 person-days × 500 som" data only where the amount is public', async () => {
    const shown = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse(labour({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '500' })),
    )
    const withheld = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse(
        labour({ quantity: '12', quantityUnit: 'PERSON_DAY', unitValue: '777', amountWithheld: 'on' }),
      ),
    )
    const publicOf = async (id: string) =>
      toPublicContribution(await prisma.contribution.findUniqueOrThrow({ where: { id }, select: contributionSelect }))
    expect((await publicOf(shown.id)).quantity).toEqual({
      value: 12,
      unit: 'PERSON_DAY',
      asReported: null,
      unitValueMinor: 50_000n,
    })
    const hidden = await publicOf(withheld.id)
    expect(hidden.quantity).toBeNull()
    expect(hidden.amount).toBeNull()
    expect(JSON.stringify(hidden, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toMatch(/777|9324/)
  })
})
