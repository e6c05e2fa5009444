// A co-party of a partnership records its own contributions and nothing else: it never edits,
// unpublishes or deletes the owner's records; a withheld amount is shown again only by the
// organization that withheld it; content attached to another organization's records needs that
// organization's edit rights; a grant counted in another organization's ledger is not deleted by its
// funder. Each rule is tried by the party it must refuse (issue "Trust", item 2).
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { createCaseStudy } from '@/lib/case-studies/mutations'
import { CreateCaseStudyInput } from '@/lib/case-studies/schema'
import { createContribution, deleteContribution, updateContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput, UpdateContributionInput } from '@/lib/contributions/schema'
import { getGrantForView } from '@/lib/grants/manage-queries'
import { createGrant, deleteGrant, updateGrant } from '@/lib/grants/mutations'
import { CreateGrantInput, UpdateGrantInput } from '@/lib/grants/schema'
import { createOutcome } from '@/lib/outcomes/mutations'
import { CreateOutcomeInput } from '@/lib/outcomes/schema'
import { getPartnershipForView } from '@/lib/partnerships/manage-queries'
import { getPartyDesk } from '@/lib/partnerships/party-queries'
import { createPartnership, deletePartnership, updatePartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput, UpdatePartnershipInput } from '@/lib/partnerships/schema'
import { getProjectForView } from '@/lib/projects/manage-queries'
import { createProject, updateProject } from '@/lib/projects/mutations'
import { CreateProjectInput, UpdateProjectInput } from '@/lib/projects/schema'
import { setPublication } from '@/lib/publishing/mutations'
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
let owner: Actor, official: Actor, partner: Actor, stranger: Actor, funderEditor: Actor, reader: Actor, admin: Actor
let ngo: { id: string }, ngoB: { id: string }, donor: { id: string }, ao: { id: string }
let partnershipId: string, projectId: string, ownersLine: string, grantId: string

const line = (actor: Actor, o: Record<string, unknown>) =>
  createContribution(
    actor,
    projectId,
    CreateContributionInput.parse({ partyForm: 'ORGANIZATION', kind: 'CASH', submissionKey: randomUUID(), ...o }),
  )
const updateLine = async (actor: Actor, id: string, o: Record<string, unknown>) => {
  const row = await prisma.contribution.findUniqueOrThrow({ where: { id } })
  return updateContribution(
    actor,
    id,
    UpdateContributionInput.parse({
      partyForm: 'ORGANIZATION',
      partyOrganizationId: row.partyOrganizationId,
      kind: row.kind,
      amount: row.amountMinor === null ? undefined : String(Number(row.amountMinor) / 100),
      currency: row.currency ?? undefined,
      valueDate: '2024',
      version: String(row.version),
      ...o,
    }),
  )
}

beforeAll(async () => {
  ngo = await f.organization({ name: 'Owner NGO (co-party test)' })
  ngoB = await f.organization({ name: 'Partner NGO (co-party test)' })
  donor = await f.organization({ kind: 'DONOR' })
  const other = await f.organization()
  ao = await f.lsgBody(KOK_OY)
  owner = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
  official = await actorOf(await f.user({ memberships: [{ organizationId: ao.id, role: 'OFFICIAL' }] }))
  partner = await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] }))
  stranger = await actorOf(await f.user({ memberships: [{ organizationId: other.id, role: 'EDITOR' }] }))
  funderEditor = await actorOf(await f.user({ memberships: [{ organizationId: donor.id, role: 'EDITOR' }] }))
  reader = await actorOf(await f.user())
  admin = await actorOf(await f.user({ admin: true }))
  const kokOy = await prisma.territory.findUniqueOrThrow({ where: { code: KOK_OY } })
  partnershipId = (
    await createPartnership(
      owner,
      CreatePartnershipInput.parse({
        title: { en: 'Co-party test partnership' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngo.id, isLead: 'on' }, { organizationId: ao.id }, { organizationId: ngoB.id }],
        submissionKey: randomUUID(),
      }),
    )
  ).id
  projectId = (
    await createProject(
      owner,
      partnershipId,
      CreateProjectInput.parse({
        title: { en: 'Co-party test project' },
        sourceLocale: 'en',
        endDate: '2024',
        territoryIds: [kokOy.id],
        submissionKey: randomUUID(),
      }),
    )
  ).id
  ownersLine = (
    await line(owner, {
      partyOrganizationId: ngo.id,
      amount: '250000',
      currency: 'KGS',
      valueDate: '2024',
      shareMin: '50',
      amountWithheld: 'on',
    })
  ).id
  grantId = (
    await createGrant(
      owner,
      CreateGrantInput.parse({
        title: { en: 'Co-party test grant' },
        funderId: donor.id,
        recipientId: ngo.id,
        projectId,
        amount: '1000',
        currency: 'USD',
        valueDate: '2024-05-01',
        countInCostShare: 'on',
        submissionKey: randomUUID(),
      }),
    )
  ).id
  await createOutcome(
    owner,
    projectId,
    CreateOutcomeInput.parse({
      indicator: { en: 'People served' },
      kind: 'ACTUAL',
      qualifier: 'EXACT',
      value: '10',
      unit: { en: 'people' },
      submissionKey: randomUUID(),
    }),
  )
})

describe('a co-party', () => {
  it('adds its own contribution (owned by its organization), and no one else’s', async () => {
    const { id } = await line(official, {
      partyOrganizationId: ao.id,
      kind: 'PREMISES',
      amount: '40000',
      currency: 'KGS',
      valueDate: '2024',
      valuationBasis: 'MARKET_PRICE',
    })
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ownerOrganizationId: ao.id,
      partyOrganizationId: ao.id,
    })
    // Naming the owner (or anyone else) as the party is refused as if the project did not exist.
    const before = await prisma.contribution.count({ where: { projectId } })
    await expectAppError(
      line(official, { partyOrganizationId: ngo.id, amount: '1', currency: 'KGS', valueDate: '2024' }),
      'not_found',
    )
    await expectAppError(
      line(stranger, { partyOrganizationId: ngo.id, amount: '1', currency: 'KGS', valueDate: '2024' }),
      'not_found',
    )
    expect(await prisma.contribution.count({ where: { projectId } })).toBe(before)
    // It may change its own line.
    await updateLine(official, id, { kind: 'PREMISES', amount: '45000', valuationBasis: 'MARKET_PRICE' })
    expect((await prisma.contribution.findUniqueOrThrow({ where: { id } })).amountMinor).toBe(4500000n)
  })

  it('never edits, deletes, unpublishes or re-publishes the owner’s records', async () => {
    const snapshot = async () => ({
      p: await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } }),
      pr: await prisma.project.findUniqueOrThrow({ where: { id: projectId } }),
      line: await prisma.contribution.findUniqueOrThrow({ where: { id: ownersLine } }),
      grant: await prisma.grant.findUniqueOrThrow({ where: { id: grantId } }),
    })
    const before = await snapshot()
    for (const actor of [official, partner]) {
      await expectAppError(updateLine(actor, ownersLine, { amount: '1' }), 'not_found')
      await expectAppError(deleteContribution(actor, ownersLine, before.line.version), 'not_found')
      await expectAppError(
        updatePartnership(
          actor,
          partnershipId,
          UpdatePartnershipInput.parse({
            title: { en: 'Taken over' },
            sourceLocale: 'en',
            status: 'ACTIVE',
            parties: [{ organizationId: ngo.id }, { organizationId: ao.id }],
            version: String(before.p.version),
          }),
        ),
        'not_found',
      )
      await expectAppError(deletePartnership(actor, partnershipId, before.p.version), 'not_found')
      await expectAppError(
        updateProject(
          actor,
          projectId,
          UpdateProjectInput.parse({
            title: { en: 'Renamed' },
            sourceLocale: 'en',
            version: String(before.pr.version),
          }),
        ),
        'not_found',
      )
      await expectAppError(
        setPublication(actor, 'Partnership', partnershipId, before.p.version, 'PUBLISHED'),
        'not_found',
      )
      await expectAppError(
        setPublication(actor, 'Contribution', ownersLine, before.line.version, 'PUBLISHED'),
        'not_found',
      )
      await expectAppError(
        updateGrant(
          actor,
          grantId,
          UpdateGrantInput.parse({
            title: { en: 'Changed' },
            funderId: donor.id,
            recipientId: ngo.id,
            projectId,
            amount: '999999',
            currency: 'USD',
            version: String(before.grant.version),
          }),
        ),
        'not_found',
      )
    }
    expect(await snapshot()).toEqual(before)
  })

  it('sees its partnership as the public will (party view); strangers see the public page or nothing', async () => {
    expect(await getPartnershipForView(official, partnershipId)).toEqual({
      view: 'elsewhere',
      href: `/manage/partnerships/${partnershipId}/party`,
    })
    expect(await getPartyDesk(official, partnershipId)).not.toBeNull()
    expect(await getPartyDesk(stranger, partnershipId)).toBeNull()
    expect(await getPartyDesk(owner, partnershipId)).toBeNull() // the owner keeps it: the full page
    expect((await getPartnershipForView(owner, partnershipId))?.view).toBe('keeper')
    expect(await getPartnershipForView(stranger, partnershipId)).toBeNull() // a draft of others
    expect(await getPartnershipForView(reader, partnershipId)).toBeNull()
    expect(await getProjectForView(official, projectId)).toMatchObject({
      view: 'elsewhere',
      href: expect.stringContaining('/party#project-'),
    })
    expect(await getProjectForView(stranger, projectId)).toBeNull()
    expect(await getGrantForView(stranger, grantId)).toBeNull()
    expect(await getGrantForView(official, grantId)).toBeNull()
  })
})

describe('a withheld amount', () => {
  it('is shown again only by the organization that withheld it, or an admin; publishing never changes it', async () => {
    // The partner withholds its own line; the partnership's owner may edit that line (it keeps the
    // ledger) but cannot make the amount public again.
    const { id } = await line(partner, {
      partyOrganizationId: ngoB.id,
      amount: '7000',
      currency: 'KGS',
      valueDate: '2024',
      amountWithheld: 'on',
    })
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id } })).toMatchObject({
      amountWithheld: true,
      withheldByOrganizationId: ngoB.id,
    })
    const err = await expectAppError(updateLine(owner, id, { amount: '7000' }), 'invalid', 'withheldByAnother')
    expect(err.field).toBe('amountWithheld')
    // The owner, seeing it as withheld-by-another, cannot see its figures on the manage page either.
    const view = await getProjectForView(owner, projectId)
    const masked = view?.view === 'keeper' ? view.project.contributions.find((c) => c.id === id) : undefined
    expect(masked).toMatchObject({ masked: true, amountMinor: null, amountKgsMinor: null, shareMin: null })
    // Nor what the amount could be worked out from: a withheld line's quantity and value per unit.
    const valued = await line(partner, {
      partyOrganizationId: ngoB.id,
      kind: 'LABOUR',
      quantity: '12',
      quantityUnit: 'PERSON_DAY',
      unitValue: '500',
      currency: 'KGS',
      valueDate: '2024',
      valuationBasis: 'LOCAL_WAGE_RATE',
      amountWithheld: 'on',
    })
    const again = await getProjectForView(owner, projectId)
    expect(again?.view === 'keeper' && again.project.contributions.find((c) => c.id === valued.id)).toMatchObject({
      masked: true,
      amountMinor: null,
      quantityValue: null,
      unitValueMinor: null,
    })
    // Publishing the whole partnership with its contents leaves every flag as it was.
    const p = await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } })
    await setPublication(owner, 'Partnership', partnershipId, p.version, 'PUBLISHED', { withContents: true })
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id } })).toMatchObject({ amountWithheld: true })
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id: ownersLine } })).toMatchObject({
      amountWithheld: true,
    })
    // The partner itself may show it again; an admin may too.
    await updateLine(partner, id, { amount: '7000', amountWithheld: 'on' })
    await updateLine(partner, id, { amount: '7000' })
    expect(await prisma.contribution.findUniqueOrThrow({ where: { id } })).toMatchObject({
      amountWithheld: false,
      withheldByOrganizationId: null,
    })
    await updateLine(admin, ownersLine, { amount: '250000', shareMin: '50' })
    expect((await prisma.contribution.findUniqueOrThrow({ where: { id: ownersLine } })).amountWithheld).toBe(false)
  })
})

describe('content attached to another organization’s records', () => {
  it('a case study needs edit rights on the partnership and on the organization it is about', async () => {
    const input = (o: Record<string, unknown>) =>
      CreateCaseStudyInput.parse({
        title: { en: 'Not mine to tell' },
        sourceLocale: 'en',
        sections: [{ kind: 'SUMMARY', body: { en: 'A story.' } }],
        submissionKey: randomUUID(),
        ...o,
      })
    const before = await prisma.caseStudy.count()
    await expectAppError(createCaseStudy(stranger, input({ partnershipId })), 'invalid')
    await expectAppError(createCaseStudy(stranger, input({ organizationId: ngo.id })), 'invalid')
    await expectAppError(createCaseStudy(official, input({ partnershipId })), 'invalid') // a party, not the owner
    expect(await prisma.caseStudy.count()).toBe(before)
    await createCaseStudy(owner, input({ partnershipId, organizationId: ngo.id }))
    expect(await prisma.caseStudy.count()).toBe(before + 1)
  })

  it('a funder cannot delete a grant counted in another organization’s ledger', async () => {
    const g = await prisma.grant.findUniqueOrThrow({ where: { id: grantId }, include: { contribution: true } })
    expect(g.contribution).not.toBeNull()
    await expectAppError(deleteGrant(funderEditor, grantId, g.version), 'invalid', 'grantCountedElsewhere')
    expect(await prisma.grant.findUnique({ where: { id: grantId } })).not.toBeNull()
    expect(await prisma.contribution.findUnique({ where: { id: g.contribution!.id } })).not.toBeNull()
  })
})
