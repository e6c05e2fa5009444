import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { fieldErrorsOf } from '@/lib/forms/parse'
import { createOutcome, deleteOutcome, updateOutcome } from '@/lib/outcomes/mutations'
import { CreateOutcomeInput, UpdateOutcomeInput } from '@/lib/outcomes/schema'
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

let editorA: Actor, editorB: Actor, projectId: string

beforeAll(async () => {
  const ngoA = await f.organization()
  const ngoB = await f.organization()
  const ao = await f.lsgBody('KG07232820000')
  editorA = await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'EDITOR' }] }))
  editorB = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
  const partnershipId = (
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
      CreateProjectInput.parse({ title: { en: 'Pipes' }, sourceLocale: 'en', submissionKey: randomUUID() }),
    )
  ).id
})

const form = (o: Record<string, unknown> = {}) => ({
  indicator: { en: 'Households with running water' },
  kind: 'ACTUAL',
  value: '240',
  qualifier: 'EXACT',
  unit: { en: 'households', ru: 'домохозяйств' },
  date: '2024-10',
  ...o,
})
const audits = (id: string) =>
  prisma.auditEvent.findMany({ where: { entity: 'Outcome', entityId: id }, orderBy: { id: 'asc' } })

describe('outcomes', () => {
  it('an editor records an actual figure with a breakdown by sex and age; audited', async () => {
    const { id } = await createOutcome(
      editorA,
      projectId,
      CreateOutcomeInput.parse({
        ...form({ sex: { female: '130', male: '110' }, age: { '0-17': '90' } }),
        submissionKey: randomUUID(),
      }),
    )
    const o = await prisma.outcome.findUniqueOrThrow({ where: { id } })
    expect(o).toMatchObject({
      projectId,
      kind: 'ACTUAL',
      qualifier: 'EXACT',
      unit: { en: 'households', ru: 'домохозяйств' },
      datePrecision: 'MONTH',
      disaggregation: { sex: { female: 130, male: 110 }, age: { '0-17': 90 } },
    })
    expect(o.value.toString()).toBe('240')
    expect(await audits(id)).toEqual([expect.objectContaining({ action: 'CREATE', actorRole: 'editor' })])
  })

  it('another organization’s editor: not found; rows unchanged', async () => {
    const { id } = await createOutcome(
      editorA,
      projectId,
      CreateOutcomeInput.parse({ ...form(), submissionKey: randomUUID() }),
    )
    const before = await prisma.outcome.findUniqueOrThrow({ where: { id } })
    await expectAppError(
      createOutcome(editorB, projectId, CreateOutcomeInput.parse({ ...form(), submissionKey: randomUUID() })),
      'not_found',
    )
    await expectAppError(
      updateOutcome(editorB, id, UpdateOutcomeInput.parse({ ...form({ value: '9999' }), version: '1' })),
      'not_found',
    )
    await expectAppError(deleteOutcome(editorB, id, 1), 'not_found')
    expect(await prisma.outcome.findUniqueOrThrow({ where: { id } })).toEqual(before)
    expect(await audits(id)).toHaveLength(1)
  })

  it('invalid: every error at once, including a breakdown larger than an exact total', () => {
    const r = CreateOutcomeInput.safeParse({
      indicator: {},
      kind: 'ACTUAL',
      value: '-1',
      qualifier: 'EXACT',
      unit: {},
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(r.error!)).toEqual({
      indicator: ['requiredOneLanguage'],
      value: ['invalidNumber'],
      unit: ['requiredOneLanguage'],
    })
    const s = CreateOutcomeInput.safeParse({
      ...form({ value: '100', sex: { female: '60', male: '50' }, age: { '60+': 'many' } }),
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(s.error!)).toEqual({ sex: ['disaggregationExceeds'], 'age.60+': ['invalidNumber'] })
    // An "about" figure may have parts that add up to more (they are rounded differently).
    expect(
      CreateOutcomeInput.safeParse({
        ...form({ value: '100', qualifier: 'ABOUT', sex: { female: '60', male: '50' } }),
        submissionKey: randomUUID(),
      }).success,
    ).toBe(true)
  })

  it('stale version: conflict, nothing written; delete audited', async () => {
    const { id } = await createOutcome(
      editorA,
      projectId,
      CreateOutcomeInput.parse({ ...form(), submissionKey: randomUUID() }),
    )
    await updateOutcome(editorA, id, UpdateOutcomeInput.parse({ ...form({ value: '250' }), version: '1' }))
    const current = await prisma.outcome.findUniqueOrThrow({ where: { id } })
    await expectAppError(
      updateOutcome(editorA, id, UpdateOutcomeInput.parse({ ...form({ value: '260' }), version: '1' })),
      'conflict',
    )
    expect(await prisma.outcome.findUniqueOrThrow({ where: { id } })).toEqual(current)
    await deleteOutcome(editorA, id, 2)
    expect((await audits(id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE'])
  })
})
