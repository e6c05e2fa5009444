// The LSG desk (issue 11): memoranda kept by an NGO or an aiyl okmot — created with their parties,
// changed without lost updates, amended in order, renewed into a chain, ended with a reason — and
// the two-sided confirmation of what one side recorded about the other. Each refusal is tried by the
// person it must refuse; nothing else changes when it is refused.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { answerConfirmation } from '@/lib/confirmations/mutations'
import { confirmationDesk, disputesOfMine } from '@/lib/confirmations/queries'
import { listToConfirm } from '@/lib/confirmations/required'
import { ConfirmationInput } from '@/lib/confirmations/schema'
import { createContribution, updateContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput, UpdateContributionInput } from '@/lib/contributions/schema'
import { fieldErrorsOf } from '@/lib/forms/parse'
import {
  addAmendment,
  createMemorandum,
  deleteMemorandum,
  renewMemorandum,
  terminateMemorandum,
  updateMemorandum,
} from '@/lib/memoranda/mutations'
import { getMemorandumForEdit, getMemorandumForView, listMyMemoranda } from '@/lib/memoranda/queries'
import { displayStatus } from '@/lib/memoranda/status'
import { getPublicMemorandaOfTerritory } from '@/lib/public/memoranda'
import {
  AmendmentInput,
  CreateMemorandumInput,
  RenewalInput,
  TerminationInput,
  UpdateMemorandumInput,
} from '@/lib/memoranda/schema'
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
  // This file's memoranda and their answers first; the factory removes the rest.
  const mine = await prisma.agreement.findMany({
    where: { parties: { some: { organizationId: ngo.id } } },
    select: { id: true },
  })
  await prisma.confirmation.deleteMany({ where: { entityId: { in: mine.map((m) => m.id) } } })
  await prisma.agreement.deleteMany({ where: { id: { in: mine.map((m) => m.id) } } })
  await f.cleanup()
  await prisma.$disconnect()
})

const KOK_OY = 'KG07232820000'
const OTHER_AO = 'KG07232825000'
let editor: Actor, official: Actor, otherOfficial: Actor, aoEditor: Actor, admin: Actor
let ngo: { id: string }, ao: { id: string }
let partnershipId: string, projectId: string

const memoInput = (o: Record<string, unknown> = {}) => ({
  kind: 'MEMORANDUM_OF_COOPERATION',
  subject: { en: 'Cooperation on the water supply (desk test)' },
  sourceLocale: 'en',
  status: 'ACTIVE',
  signedDate: '2024-02-01',
  expiryDate: '2026-12',
  parties: [
    { organizationId: ngo.id, signatoryName: 'Director of the NGO', signatoryTitle: 'Director' },
    {
      organizationId: ao.id,
      signatoryName: 'Head of the aiyl okmot',
      signatoryTitle: 'Head',
      signedDate: '2024-02-01',
    },
  ],
  ...o,
})
const create = (actor: Actor, o: Record<string, unknown> = {}) =>
  createMemorandum(actor, CreateMemorandumInput.parse({ ...memoInput(o), submissionKey: randomUUID() }))
const update = async (actor: Actor, id: string, o: Record<string, unknown> = {}, version?: number) => {
  const row = await prisma.agreement.findUniqueOrThrow({ where: { id } })
  return updateMemorandum(
    actor,
    id,
    UpdateMemorandumInput.parse({ ...memoInput(), version: String(version ?? row.version), ...o }),
  )
}
const versionOf = async (id: string) => (await prisma.agreement.findUniqueOrThrow({ where: { id } })).version
const answers = (entity: string, entityId: string) =>
  prisma.confirmation.findMany({ where: { entity, entityId }, orderBy: { organizationId: 'asc' } })

beforeAll(async () => {
  ngo = await f.organization({ name: 'NGO (desk test)' })
  ao = await f.lsgBody(KOK_OY)
  const otherAo = await f.lsgBody(OTHER_AO)
  editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
  official = await actorOf(await f.user({ memberships: [{ organizationId: ao.id, role: 'OFFICIAL' }] }))
  aoEditor = await actorOf(await f.user({ memberships: [{ organizationId: ao.id, role: 'EDITOR' }] }))
  otherOfficial = await actorOf(await f.user({ memberships: [{ organizationId: otherAo.id, role: 'OFFICIAL' }] }))
  admin = await actorOf(await f.user({ admin: true }))
  const kokOy = await prisma.territory.findUniqueOrThrow({ where: { code: KOK_OY } })
  partnershipId = (
    await createPartnership(
      editor,
      CreatePartnershipInput.parse({
        title: { en: 'Desk test partnership' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngo.id, isLead: 'on' }, { organizationId: ao.id }],
        submissionKey: randomUUID(),
      }),
    )
  ).id
  projectId = (
    await createProject(
      editor,
      partnershipId,
      CreateProjectInput.parse({
        title: { en: 'Desk test project' },
        sourceLocale: 'en',
        territoryIds: [kokOy.id],
        submissionKey: randomUUID(),
      }),
    )
  ).id
})

describe('memorandum input', () => {
  it('refuses an expiry before the signing, a single party and a party twice, all at once, in the field they concern', () => {
    const parsed = CreateMemorandumInput.safeParse({
      ...memoInput({ signedDate: '2025-03-01', expiryDate: '2024-12-31' }),
      parties: [{ organizationId: 'c'.padEnd(25, 'a') }],
      submissionKey: randomUUID(),
    })
    expect(parsed.success).toBe(false)
    const errors = fieldErrorsOf(parsed.error!)
    expect(errors.expiryDate).toEqual(['expiryBeforeSigning'])
    expect(errors.parties).toEqual(['memorandumNeedsTwoParties'])
    const twice = CreateMemorandumInput.safeParse({
      ...memoInput(),
      parties: [{ organizationId: 'c'.padEnd(25, 'a') }, { organizationId: 'c'.padEnd(25, 'a') }],
      submissionKey: randomUUID(),
    })
    expect(fieldErrorsOf(twice.error!)['parties.1.organizationId']).toEqual(['duplicateParty'])
  })

  it('a year-only or month-only expiry is accepted with its precision', async () => {
    const { id } = await create(editor, { expiryDate: '2027' })
    const row = await prisma.agreement.findUniqueOrThrow({ where: { id } })
    expect(row.expiryDate?.toISOString().slice(0, 10)).toBe('2027-01-01')
    expect(row.expiryPrecision).toBe('YEAR')
  })
})

describe('an NGO records a memorandum with an aiyl okmot', () => {
  let memo: string
  beforeAll(async () => {
    memo = (await create(editor, { partnershipId, projectIds: [projectId] })).id
  })

  it('stores parties, signatories and links, audited; the aiyl okmot is asked to confirm and its officials told', async () => {
    const row = await prisma.agreement.findUniqueOrThrow({
      where: { id: memo },
      include: { parties: { orderBy: { position: 'asc' } }, projects: true },
    })
    expect(row.ownerOrganizationId).toBe(ngo.id)
    expect(row.parties.map((p) => [p.organizationId, p.partyType, p.signatoryTitle])).toEqual([
      [ngo.id, 'CSO', 'Director'],
      [ao.id, 'LSG', 'Head'],
    ])
    expect(row.partnershipId).toBe(partnershipId)
    expect(row.projects.map((p) => p.projectId)).toEqual([projectId])
    expect(await prisma.auditEvent.count({ where: { entity: 'Agreement', entityId: memo, action: 'CREATE' } })).toBe(1)
    const todo = await listToConfirm([ao.id])
    expect(todo.find((x) => x.id === memo)).toMatchObject({ entity: 'Agreement', state: 'PENDING' })
    expect(
      await prisma.notification.count({ where: { userId: official.userId, entityId: memo, kind: 'toConfirm' } }),
    ).toBe(1)
  })

  it('the official of the party sees it with the answer form; an official of another aiyl okmot sees nothing of the draft', async () => {
    const draft = (await create(editor, { status: 'DRAFT' })).id
    const seen = await getMemorandumForView(official, draft)
    expect(seen).toMatchObject({ view: 'keeper', party: true, canEdit: false })
    if (seen?.view !== 'keeper') throw new Error('expected the party view')
    expect(seen.confirmations).toEqual([{ organizationId: ao.id, answer: null, canAnswer: true }])
    expect(await getMemorandumForView(otherOfficial, draft)).toBeNull()
    expect((await listMyMemoranda(otherOfficial)).some((m) => m.id === draft)).toBe(false)
    await expectAppError(answerConfirmation(otherOfficial, 'Agreement', draft, { state: 'CONFIRMED' }), 'not_found')
    // An editor of the aiyl okmot sees it, but only its officials answer for the body.
    await expectAppError(answerConfirmation(aoEditor, 'Agreement', draft, { state: 'CONFIRMED' }), 'not_found')
    expect(await answers('Agreement', draft)).toEqual([])
  })

  it('the parties do not change it: the aiyl okmot confirms or disputes; only the keeper edits', async () => {
    expect(await getMemorandumForEdit(official, memo)).toBeNull()
    await expectAppError(update(official, memo, { documentRef: 'changed by a party' }), 'not_found')
  })

  it('a dispute needs a comment; the keeper reads it, and is told', async () => {
    expect(ConfirmationInput.safeParse({ state: 'DISPUTED' }).success).toBe(false)
    await expectAppError(answerConfirmation(official, 'Agreement', memo, { state: 'DISPUTED' }), 'invalid')
    await answerConfirmation(official, 'Agreement', memo, {
      state: 'DISPUTED',
      comment: 'The expiry is wrong: we signed for three years.',
    })
    expect((await answers('Agreement', memo)).map((a) => [a.organizationId, a.state])).toEqual([[ao.id, 'DISPUTED']])
    const disputes = await disputesOfMine(editor)
    expect(disputes.find((d) => d.id === memo)?.comment).toBe('The expiry is wrong: we signed for three years.')
    expect(await disputesOfMine(otherOfficial)).toEqual([])
    expect(
      await prisma.notification.count({ where: { userId: editor.userId, entityId: memo, kind: 'disputed' } }),
    ).toBe(1)
  })

  it('confirming replaces the dispute; any change by the keeper removes the answer and asks again', async () => {
    await answerConfirmation(official, 'Agreement', memo, { state: 'CONFIRMED' })
    expect((await answers('Agreement', memo)).map((a) => [a.state, a.comment])).toEqual([['CONFIRMED', null]])
    await update(editor, memo, { expiryDate: '2027-01-31', partnershipId, projectIds: [projectId] })
    expect(await answers('Agreement', memo)).toEqual([])
    const todo = await listToConfirm([ao.id])
    expect(todo.find((x) => x.id === memo)?.state).toBe('PENDING')
    expect(
      await prisma.notification.count({ where: { userId: official.userId, entityId: memo, kind: 'changed' } }),
    ).toBe(1)
  })
})

describe('no lost updates', () => {
  it('two people save version N at once: exactly one wins, the other is told what changed', async () => {
    const { id } = await create(editor)
    const v = await versionOf(id)
    const results = await Promise.allSettled([
      update(editor, id, { documentRef: 'No. 14 of 3 March' }, v),
      update(editor, id, { expiryDate: '2028-06-30' }, v),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const lost = results.find((r) => r.status === 'rejected')
    expect(lost?.status === 'rejected' && lost.reason).toMatchObject({ code: 'conflict' })
    expect(await versionOf(id)).toBe(v + 1)
  })

  it('a stale save names the fields someone else changed, and changes nothing', async () => {
    const { id } = await create(editor)
    const v = await versionOf(id)
    await update(editor, id, { documentRef: 'Registered no. 7' }, v)
    const before = await prisma.agreement.findUniqueOrThrow({ where: { id } })
    const err = await expectAppError(update(editor, id, { expiryDate: '2030' }, v), 'conflict')
    expect(err.changed).toEqual(['documentRef'])
    expect(await prisma.agreement.findUniqueOrThrow({ where: { id } })).toEqual(before)
  })
})

describe('amendments', () => {
  it('are numbered in order; a date before the signing or the previous amendment is refused', async () => {
    const { id } = await create(editor, { signedDate: '2024-02-01' })
    const amend = async (date: string) =>
      addAmendment(
        editor,
        id,
        AmendmentInput.parse({
          date,
          summary: { en: `Amendment of ${date}` },
          version: String(await versionOf(id)),
          submissionKey: randomUUID(),
        }),
      )
    await expectAppError(amend('2023-12-31'), 'invalid', 'amendmentOutOfOrder')
    expect(await amend('2024-06-01')).toMatchObject({ number: 1 })
    await expectAppError(amend('2024-05-31'), 'invalid', 'amendmentOutOfOrder')
    expect(await amend('2024-06-01')).toMatchObject({ number: 2 })
    const rows = await prisma.agreementAmendment.findMany({ where: { agreementId: id }, orderBy: { number: 'asc' } })
    expect(rows.map((a) => [a.number, a.date?.toISOString().slice(0, 10)])).toEqual([
      [1, '2024-06-01'],
      [2, '2024-06-01'],
    ])
  })
})

describe('renewal and ending', () => {
  it('a renewal is a new memorandum that names the old one; the old one is superseded; the chain shows on both', async () => {
    const old = (await create(editor, { partnershipId, expiryDate: '2025-12-31' })).id
    await answerConfirmation(official, 'Agreement', old, { state: 'CONFIRMED' })
    const renew = async (id: string) =>
      renewMemorandum(
        editor,
        id,
        RenewalInput.parse({
          signedDate: '2025-12-20',
          expiryDate: '2028-12-31',
          version: String(await versionOf(id)),
          submissionKey: randomUUID(),
        }),
      )
    const { id: fresh } = await renew(old)
    const [o, n] = await Promise.all([
      prisma.agreement.findUniqueOrThrow({ where: { id: old } }),
      prisma.agreement.findUniqueOrThrow({ where: { id: fresh }, include: { parties: true } }),
    ])
    expect(o.status).toBe('SUPERSEDED')
    expect(n).toMatchObject({ renewsAgreementId: old, status: 'ACTIVE', partnershipId, ownerOrganizationId: ngo.id })
    expect(n.expiryDate?.toISOString().slice(0, 10)).toBe('2028-12-31')
    expect(n.parties.map((p) => p.organizationId).sort()).toEqual([ngo.id, ao.id].sort())
    // The old answer stays with the old memorandum; the renewal is asked again.
    expect((await answers('Agreement', old)).map((a) => a.state)).toEqual(['CONFIRMED'])
    expect((await listToConfirm([ao.id])).find((x) => x.id === fresh)?.state).toBe('PENDING')
    const [viewOld, viewNew] = await Promise.all([
      getMemorandumForView(editor, old),
      getMemorandumForView(editor, fresh),
    ])
    expect(viewOld?.view === 'keeper' && viewOld.memorandum.renewals.map((r) => r.id)).toEqual([fresh])
    expect(viewNew?.view === 'keeper' && viewNew.memorandum.renews?.id).toBe(old)
    // Renewed once: not again, and the superseded one keeps its status through an edit.
    await expectAppError(renew(old), 'invalid', 'cannotRenew')
    await update(editor, old, { status: 'ACTIVE', partnershipId })
    expect((await prisma.agreement.findUniqueOrThrow({ where: { id: old } })).status).toBe('SUPERSEDED')
  })

  it('ending early records the date and the reason; an ended memorandum is not ended, amended or renewed again', async () => {
    const { id } = await create(editor)
    const end = async () =>
      terminateMemorandum(
        editor,
        id,
        TerminationInput.parse({
          date: '2025-09-30',
          reason: { en: 'The aiyl okmot merged into a larger one.' },
          version: String(await versionOf(id)),
        }),
      )
    await end()
    const row = await prisma.agreement.findUniqueOrThrow({ where: { id } })
    expect(row.status).toBe('TERMINATED')
    expect(row.terminatedDate?.toISOString().slice(0, 10)).toBe('2025-09-30')
    expect(row.terminationReason).toEqual({ en: 'The aiyl okmot merged into a larger one.' })
    await expectAppError(end(), 'invalid', 'memorandumEnded')
    await expectAppError(
      addAmendment(
        editor,
        id,
        AmendmentInput.parse({
          date: '2025-10-01',
          summary: { en: 'Too late' },
          version: String(await versionOf(id)),
          submissionKey: randomUUID(),
        }),
      ),
      'invalid',
      'memorandumEnded',
    )
  })

  it('only an unpublished draft is deleted', async () => {
    const published = (await create(editor)).id
    await prisma.agreement.update({ where: { id: published }, data: { publicationStatus: 'PUBLISHED' } })
    await expectAppError(
      deleteMemorandum(editor, published, await versionOf(published)),
      'invalid',
      'memorandumNotDeletable',
    )
    const draft = (await create(editor, { status: 'DRAFT' })).id
    await deleteMemorandum(editor, draft, await versionOf(draft))
    expect(await prisma.agreement.findUnique({ where: { id: draft } })).toBeNull()
  })
})

describe('the handbook memoranda', () => {
  it('are changed by administrators only; their status stays "not known" until one says otherwise', async () => {
    const seeded = await prisma.agreement.findFirstOrThrow({ where: { externalKey: { not: null } } })
    expect(seeded.status).toBe('UNKNOWN')
    expect(await getMemorandumForEdit(editor, seeded.id)).toBeNull()
    expect(await getMemorandumForEdit(official, seeded.id)).toBeNull()
    expect(await getMemorandumForEdit(admin, seeded.id)).not.toBeNull()
  })
})

describe('confirming a ledger line', () => {
  it('the aiyl okmot confirms the in-kind share the NGO recorded; an edit of the amount asks again; its own lines need no answer', async () => {
    const line = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse({
        partyForm: 'ORGANIZATION',
        partyOrganizationId: ao.id,
        kind: 'EQUIPMENT',
        valuationBasis: 'MARKET_PRICE',
        amount: '150000',
        currency: 'KGS',
        valueDate: '2025-05',
        submissionKey: randomUUID(),
      }),
    )
    const desk = await confirmationDesk(official)
    const item = desk.find((x) => x.id === line.id)
    expect(item).toMatchObject({ entity: 'Contribution', state: 'PENDING', canAnswer: true })
    expect(item?.entity === 'Contribution' && item.line.amount?.minor).toBe(15_000_000n)
    await answerConfirmation(official, 'Contribution', line.id, { state: 'CONFIRMED' })
    expect((await confirmationDesk(official)).some((x) => x.id === line.id)).toBe(false)
    expect((await confirmationDesk(official, { all: true })).find((x) => x.id === line.id)?.state).toBe('CONFIRMED')

    const row = await prisma.contribution.findUniqueOrThrow({ where: { id: line.id } })
    await updateContribution(
      editor,
      line.id,
      UpdateContributionInput.parse({
        partyForm: 'ORGANIZATION',
        partyOrganizationId: ao.id,
        kind: 'EQUIPMENT',
        valuationBasis: 'MARKET_PRICE',
        amount: '180000',
        currency: 'KGS',
        valueDate: '2025-05',
        version: String(row.version),
      }),
    )
    expect(await answers('Contribution', line.id)).toEqual([])
    expect((await confirmationDesk(official)).find((x) => x.id === line.id)?.state).toBe('PENDING')

    // A line the aiyl okmot entered about itself is its own word: nobody is asked.
    const own = await createContribution(
      official,
      projectId,
      CreateContributionInput.parse({
        partyForm: 'ORGANIZATION',
        partyOrganizationId: ao.id,
        kind: 'EQUIPMENT',
        valuationBasis: 'MARKET_PRICE',
        amount: '20000',
        currency: 'KGS',
        valueDate: '2025-06',
        submissionKey: randomUUID(),
      }),
    )
    expect((await confirmationDesk(official, { all: true })).some((x) => x.id === own.id)).toBe(false)
  })
})

describe('the public side', () => {
  it('a published memorandum shows its signatories, status today and chain; "confirmed by both" only once the aiyl okmot confirmed; disputes and drafts never', async () => {
    await prisma.partnership.update({ where: { id: partnershipId }, data: { publicationStatus: 'PUBLISHED' } })
    const memo = await create(editor, { subject: { en: 'Public side memorandum (desk test)' } })
    await prisma.agreement.update({ where: { id: memo.id }, data: { publicationStatus: 'PUBLISHED' } })
    const draft = await create(editor, { subject: { en: 'Draft memorandum (desk test)' } })
    const find = async (id: string, confirmedOnly = false) =>
      (await getPublicMemorandaOfTerritory(KOK_OY, { confirmedOnly }))!.find((m) => m.id === id)

    const shown = await find(memo.id)
    expect(shown).toMatchObject({ status: 'ACTIVE', confirmedByBoth: false })
    expect(shown!.parties.map((p) => p.signatory?.name)).toEqual(['Director of the NGO', 'Head of the aiyl okmot'])
    expect(await find(draft.id)).toBeUndefined()
    // An expiry of December 2026 read on 15 November 2026 in Bishkek: running out in 46 days.
    expect(
      displayStatus(
        { ...shown!, expiryDate: shown!.expiry!.date, expiryPrecision: shown!.expiry!.precision },
        new Date('2026-11-15T00:00:00+06:00'),
      ),
    ).toEqual({ kind: 'expiring', daysLeft: 46 })

    await answerConfirmation(official, 'Agreement', memo.id, { state: 'DISPUTED', comment: 'Wrong date (desk test)' })
    expect((await find(memo.id))!.confirmedByBoth).toBe(false)
    expect(JSON.stringify(await getPublicMemorandaOfTerritory(KOK_OY))).not.toContain('Wrong date (desk test)')
    expect(await find(memo.id, true)).toBeUndefined()

    await answerConfirmation(official, 'Agreement', memo.id, { state: 'CONFIRMED' })
    expect((await find(memo.id))!.confirmedByBoth).toBe(true)
    expect(await find(memo.id, true)).toBeDefined()

    // Renewed: the chain shows once the renewal is public too; the new one is asked again.
    const renewal = await renewMemorandum(
      editor,
      memo.id,
      RenewalInput.parse({
        signedDate: '2026-11-01',
        expiryDate: '2028',
        version: String(await versionOf(memo.id)),
        submissionKey: randomUUID(),
      }),
    )
    const old = await find(memo.id)
    expect(old).toMatchObject({ status: 'SUPERSEDED', display: { kind: 'superseded' } })
    expect(old!.renewedBy.map((r) => r.id)).toEqual([renewal.id])
    expect(await find(renewal.id)).toMatchObject({ renews: { id: memo.id }, confirmedByBoth: false })
  })
})
