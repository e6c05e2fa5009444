// The authorization matrix (issue 10, item 7): every server action × every role, run in-process through
// the real action (bound-argument checks, sign-in, form parsing, the mutation's policy, the database),
// with only the session, the locale and Next's cache and redirect stood in (tests/setup/next-boundary.ts).
// Each cell states the expected outcome. A refused call must answer with a refusal and leave every table
// exactly as it was; an allowed call must succeed. The list of actions is read off the source tree, and a
// test fails when an action has no row here, so a new action cannot escape the matrix.
// Then every private page loader × role: the markers of private fields (a withheld amount, a draft, an
// internal note, a dispute comment) reach only the roles that may see them.
import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { listAuditEvents, listAuditOrganizations } from '@/lib/audit-trail/queries'
import { requireActor } from '@/lib/auth/actor'
import type { Actor } from '@/lib/auth/roles'
import { getCaseStudyForEdit, getCaseStudyForView, listManagedCaseStudies } from '@/lib/case-studies/manage-queries'
import { partnershipChoices } from '@/lib/case-studies/page-data'
import { answerConfirmation } from '@/lib/confirmations/mutations'
import { confirmationDesk, disputesOfMine } from '@/lib/confirmations/queries'
import { getContributionForEdit } from '@/lib/contributions/manage-queries'
import { getGrantForEdit, getGrantForView, grantTargets, listManagedGrants } from '@/lib/grants/manage-queries'
import { getDashboard } from '@/lib/manage/dashboard'
import { createFormData } from '@/lib/manage/page-data'
import {
  getMemorandumForEdit,
  getMemorandumForView,
  listMyMemoranda,
  memorandumTargets,
  newMemorandumValues,
} from '@/lib/memoranda/queries'
import {
  getOrganizationForEdit,
  getOrganizationForView,
  listActingOrganizations,
  listManagedOrganizations,
  listOrganizationOptions,
} from '@/lib/organizations/manage-queries'
import { getOutcomeForEdit } from '@/lib/outcomes/manage-queries'
import {
  getPartnershipForEdit,
  getPartnershipForView,
  listManagedPartnerships,
} from '@/lib/partnerships/manage-queries'
import { getPartyDesk } from '@/lib/partnerships/party-queries'
import { getProgrammeForEdit, getProgrammeForView, listManagedProgrammes } from '@/lib/programmes/manage-queries'
import { getProjectForEdit, getProjectForNewLine, getProjectForView } from '@/lib/projects/manage-queries'
import { canViewRecordHistory } from '@/lib/public/history-access'
import { getRecordHistory } from '@/lib/public/history'
import { canEditRecord } from '@/lib/publishing/access'
import { getUserForAdmin, listOpenInvitations, listUsersForAdmin } from '@/lib/users/queries'
import type { FormState } from '@/lib/forms/state'
import { idle } from '@/lib/forms/state'
import { createCaseStudy } from '@/lib/case-studies/mutations'
import { CreateCaseStudyInput } from '@/lib/case-studies/schema'
import { createContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput } from '@/lib/contributions/schema'
import { createGrant } from '@/lib/grants/mutations'
import { CreateGrantInput } from '@/lib/grants/schema'
import { createMemorandum } from '@/lib/memoranda/mutations'
import { CreateMemorandumInput } from '@/lib/memoranda/schema'
import { createOutcome } from '@/lib/outcomes/mutations'
import { CreateOutcomeInput } from '@/lib/outcomes/schema'
import { createPartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { createProgramme } from '@/lib/programmes/mutations'
import { CreateProgrammeInput } from '@/lib/programmes/schema'
import { createProject } from '@/lib/projects/mutations'
import { CreateProjectInput } from '@/lib/projects/schema'
import { setPublication } from '@/lib/publishing/mutations'
import { inviteUser, issuePasswordReset } from '@/lib/users/mutations'
import { findSecrets, type Secret } from '../e2e/secrets/scanner'
import { actorOf } from '../setup/actors'
import { connect, tableChecksums } from '../setup/db'
import { toFormData, type FormInput } from '../setup/forms'
import { matrixWorld, ROLES, type MatrixWorld, type Role } from '../setup/matrix-world'
import { actAs, RedirectSignal } from '../setup/next-boundary'
import { loadServerActions, type ServerActionEntry } from '../setup/server-actions'

vi.mock('@/lib/auth/config', () => import('../setup/next-boundary').then((m) => m.authConfig))
vi.mock('next-auth', () => import('../setup/next-boundary').then((m) => m.nextAuth))
vi.mock('next-intl/server', () => import('../setup/next-boundary').then((m) => m.intlServer))
vi.mock('next/cache', () => import('../setup/next-boundary').then((m) => m.nextCache))
vi.mock('next/headers', () => import('../setup/next-boundary').then((m) => m.nextHeaders))
vi.mock('@/lib/i18n/navigation', () => import('../setup/next-boundary').then((m) => m.navigation))

const prisma = connect()
/** Written by nobody after the seed: left out of the before/after checksums (the boundaries are large). */
const STATIC_TABLES = [
  'Territory',
  'TerritoryBoundary',
  'TerritorySuccession',
  'ExchangeRate',
  'UsdExchangeRate',
  'SourceDocument',
]
const checksum = () => tableChecksums(prisma, { exclude: STATIC_TABLES, appendOnly: ['AuditEvent'] })

let w: MatrixWorld
let actors: Record<Exclude<Role, 'anonymous'>, Actor>
let actions: ServerActionEntry[]
let shared: { partnershipId: string; projectId: string }

afterAll(async () => {
  await w?.cleanup()
  await prisma.$disconnect()
})

const KEEPERS: Role[] = ['ownerEditor', 'admin']
const ACTING: Role[] = ['ownerEditor', 'coPartyEditor', 'unrelatedEditor', 'partyOfficial', 'otherOfficial', 'admin']
const EVERYONE: Role[] = [...ROLES]
const ADMIN: Role[] = ['admin']

// ---------------------------------------------------------------------------------------------------
// Forms, as the pages send them (nested names are flattened by toFormData).

const isLsgRole = (r: Role) => r === 'partyOfficial' || r === 'otherOfficial'
/** The other party of a new partnership or memorandum: an aiyl okmot for an NGO, the owner NGO for an aiyl okmot. */
const otherParty = (r: Role) => (isLsgRole(r) ? w.orgs.owner.id : w.orgs.partyAo.id)

const forms = {
  partnership: (r: Role): FormInput => ({
    title: { en: `Matrix partnership ${randomUUID().slice(0, 6)}` },
    sourceLocale: 'en',
    status: 'ACTIVE',
    parties: [{ organizationId: w.orgOf[r], isLead: 'on' }, { organizationId: otherParty(r) }],
    submissionKey: randomUUID(),
  }),
  /** The owner's partnerships: the owner NGO (lead), the aiyl okmot and the co-party NGO. */
  ownersPartnership: (): FormInput => ({
    ...forms.partnership('ownerEditor'),
    parties: [
      { organizationId: w.orgs.owner.id, isLead: 'on' },
      { organizationId: w.orgs.partyAo.id },
      { organizationId: w.orgs.coParty.id },
    ],
  }),
  project: (): FormInput => ({ title: { en: 'Matrix project' }, sourceLocale: 'en', submissionKey: randomUUID() }),
  line: (party: string): FormInput => ({
    partyForm: 'ORGANIZATION',
    partyOrganizationId: party,
    kind: 'CASH',
    amount: '1000',
    currency: 'KGS',
    valueDate: '2024',
    submissionKey: randomUUID(),
  }),
  outcome: (): FormInput => ({
    indicator: { en: 'People served' },
    kind: 'ACTUAL',
    qualifier: 'EXACT',
    value: '10',
    unit: { en: 'people' },
    submissionKey: randomUUID(),
  }),
  grant: (recipient: string): FormInput => ({
    title: { en: 'Matrix grant' },
    funderId: w.orgs.donor.id,
    recipientId: recipient,
    amount: '500',
    currency: 'USD',
    valueDate: '2024',
    submissionKey: randomUUID(),
  }),
  programme: (org: string): FormInput => ({
    title: { en: 'Matrix programme' },
    sourceLocale: 'en',
    parties: [{ organizationId: org, role: 'IMPLEMENTER' }],
    submissionKey: randomUUID(),
  }),
  organization: (): FormInput => ({
    name: { en: `Matrix organization ${randomUUID().slice(0, 8)}` },
    sourceLocale: 'en',
    kind: 'PUBLIC_ASSOCIATION',
    submissionKey: randomUUID(),
  }),
  caseStudy: (o: FormInput = {}): FormInput => ({
    title: { en: 'Matrix case study' },
    sourceLocale: 'en',
    sections: [{ kind: 'SUMMARY', body: { en: 'A story.' } }],
    submissionKey: randomUUID(),
    ...o,
  }),
  memorandum: (r: Role, status = 'ACTIVE'): FormInput => ({
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    subject: { en: 'Matrix memorandum' },
    sourceLocale: 'en',
    status,
    signedDate: '2024-01-10',
    parties: [{ organizationId: w.orgOf[r] }, { organizationId: otherParty(r) }],
    submissionKey: randomUUID(),
  }),
}

/** The same form turned into an update: no submission key, the version the page showed. */
const asUpdate = (form: FormInput, version: number): FormInput => {
  const { submissionKey: _, ownerOrganizationId: __, ...rest } = form
  return { ...rest, version: String(version) }
}
/** What a mutation receives: the form as the schema parses it. */
const parsed = <T>(schema: { parse: (v: unknown) => T }, form: FormInput): T => schema.parse(form)

// ---------------------------------------------------------------------------------------------------
// Targets: fresh records of the owner NGO (a delete or an allowed edit must not change the next cell's target).

const owner = () => actors.ownerEditor
const newPartnership = async (publish = false) => {
  const { id } = await createPartnership(owner(), parsed(CreatePartnershipInput, forms.ownersPartnership()))
  if (publish) {
    const { version } = await prisma.partnership.findUniqueOrThrow({ where: { id } })
    await setPublication(owner(), 'Partnership', id, version, 'PUBLISHED', { withContents: true })
  }
  return prisma.partnership.findUniqueOrThrow({ where: { id } })
}
const newProject = async (partnershipId = shared.partnershipId) => {
  const { id } = await createProject(owner(), partnershipId, parsed(CreateProjectInput, forms.project()))
  return prisma.project.findUniqueOrThrow({ where: { id } })
}
const newLine = async (party = w.orgs.owner.id, by = owner()) => {
  const { id } = await createContribution(by, shared.projectId, parsed(CreateContributionInput, forms.line(party)))
  return prisma.contribution.findUniqueOrThrow({ where: { id } })
}
const newOutcome = async () => {
  const { id } = await createOutcome(owner(), shared.projectId, parsed(CreateOutcomeInput, forms.outcome()))
  return prisma.outcome.findUniqueOrThrow({ where: { id } })
}
const newGrant = async () => {
  const { id } = await createGrant(owner(), parsed(CreateGrantInput, forms.grant(w.orgs.owner.id)))
  return prisma.grant.findUniqueOrThrow({ where: { id } })
}
const newProgramme = async () => {
  const { id } = await createProgramme(owner(), parsed(CreateProgrammeInput, forms.programme(w.orgs.owner.id)))
  return prisma.programme.findUniqueOrThrow({ where: { id } })
}
const caseStudyOfOwner = () => forms.caseStudy({ partnershipId: shared.partnershipId, organizationId: w.orgs.owner.id })
const newCaseStudy = async () => {
  const { id } = await createCaseStudy(owner(), parsed(CreateCaseStudyInput, caseStudyOfOwner()))
  return prisma.caseStudy.findUniqueOrThrow({ where: { id } })
}
const newMemorandum = async (status = 'ACTIVE') => {
  const { id } = await createMemorandum(owner(), parsed(CreateMemorandumInput, forms.memorandum('ownerEditor', status)))
  return prisma.agreement.findUniqueOrThrow({ where: { id } })
}
const newInvitation = () =>
  inviteUser(actors.admin, { email: `${w.f.tag}-${randomUUID().slice(0, 8)}@test.example`, globalRole: 'USER' })
const newPassword = { password: 'a long new password', passwordConfirm: 'a long new password' }

// ---------------------------------------------------------------------------------------------------
// The matrix: one row per action (and scenario), the roles allowed; every other role is refused.

type Call = { args: unknown[]; form?: FormInput }
type Row = { action: string; scenario?: string; allowed: readonly Role[]; prepare: (role: Role) => Promise<Call> }

const rows: Row[] = [
  // Partnerships
  {
    action: 'createPartnershipAction',
    allowed: ACTING,
    prepare: async (r) => ({ args: [], form: forms.partnership(r) }),
  },
  {
    action: 'updatePartnershipAction',
    allowed: KEEPERS,
    prepare: async () => {
      const p = await newPartnership()
      return { args: [p.id], form: asUpdate(forms.ownersPartnership(), p.version) }
    },
  },
  {
    action: 'deletePartnershipAction',
    allowed: KEEPERS,
    prepare: async () => {
      const p = await newPartnership()
      return { args: [p.id, p.version] }
    },
  },
  {
    action: 'setPublicationAction',
    scenario: 'publish a draft partnership with its contents',
    allowed: KEEPERS,
    prepare: async () => {
      const p = await newPartnership()
      return { args: ['Partnership', p.id, p.version, 'PUBLISHED', true, `/manage/partnerships/${p.id}`] }
    },
  },
  {
    action: 'setPublicationAction',
    scenario: 'withdraw a published partnership',
    allowed: KEEPERS,
    prepare: async () => {
      const p = await newPartnership(true)
      return { args: ['Partnership', p.id, p.version, 'DRAFT', false, `/manage/partnerships/${p.id}`] }
    },
  },
  // Projects
  {
    action: 'createProjectAction',
    allowed: KEEPERS,
    prepare: async () => ({ args: [shared.partnershipId], form: forms.project() }),
  },
  {
    action: 'updateProjectAction',
    allowed: KEEPERS,
    prepare: async () => {
      const p = await newProject()
      return { args: [p.id], form: asUpdate(forms.project(), p.version) }
    },
  },
  {
    action: 'deleteProjectAction',
    allowed: KEEPERS,
    prepare: async () => {
      const p = await newProject()
      return { args: [p.id, p.version] }
    },
  },
  // Ledger lines
  {
    action: 'createContributionAction',
    scenario: "the role's own organization as the party",
    allowed: ['ownerEditor', 'coPartyEditor', 'partyOfficial', 'admin'],
    prepare: async (r) => ({ args: [shared.projectId], form: forms.line(w.orgOf[r]) }),
  },
  {
    action: 'createContributionAction',
    scenario: 'the owner NGO as the party',
    allowed: KEEPERS,
    prepare: async () => ({ args: [shared.projectId], form: forms.line(w.orgs.owner.id) }),
  },
  {
    action: 'updateContributionAction',
    scenario: "the owner's line",
    allowed: KEEPERS,
    prepare: async () => {
      const c = await newLine()
      return { args: [c.id], form: asUpdate({ ...forms.line(w.orgs.owner.id), amount: '2000' }, c.version) }
    },
  },
  {
    action: 'updateContributionAction',
    scenario: "the co-party's own line",
    allowed: ['coPartyEditor', 'ownerEditor', 'admin'],
    prepare: async () => {
      const c = await newLine(w.orgs.coParty.id, actors.coPartyEditor)
      return { args: [c.id], form: asUpdate({ ...forms.line(w.orgs.coParty.id), amount: '2000' }, c.version) }
    },
  },
  {
    action: 'deleteContributionAction',
    allowed: KEEPERS,
    prepare: async () => {
      const c = await newLine()
      return { args: [c.id, c.version] }
    },
  },
  {
    action: 'answerConfirmationAction',
    scenario: "the owner's line about the aiyl okmot",
    allowed: ['partyOfficial'],
    prepare: async () => {
      const c = await newLine(w.orgs.partyAo.id)
      return { args: ['Contribution', c.id, '/manage'], form: { state: 'DISPUTED', comment: 'Not what we gave' } }
    },
  },
  // Outcomes
  {
    action: 'createOutcomeAction',
    allowed: KEEPERS,
    prepare: async () => ({ args: [shared.projectId], form: forms.outcome() }),
  },
  {
    action: 'updateOutcomeAction',
    allowed: KEEPERS,
    prepare: async () => {
      const o = await newOutcome()
      return { args: [o.id], form: asUpdate({ ...forms.outcome(), value: '12' }, o.version) }
    },
  },
  {
    action: 'deleteOutcomeAction',
    allowed: KEEPERS,
    prepare: async () => {
      const o = await newOutcome()
      return { args: [o.id, o.version] }
    },
  },
  // Grants
  {
    action: 'createGrantAction',
    allowed: ACTING,
    prepare: async (r) => ({ args: [], form: forms.grant(w.orgOf[r]) }),
  },
  {
    action: 'updateGrantAction',
    allowed: KEEPERS,
    prepare: async () => {
      const g = await newGrant()
      return { args: [g.id], form: asUpdate({ ...forms.grant(w.orgs.owner.id), amount: '600' }, g.version) }
    },
  },
  {
    action: 'deleteGrantAction',
    allowed: KEEPERS,
    prepare: async () => {
      const g = await newGrant()
      return { args: [g.id, g.version] }
    },
  },
  // Programmes
  {
    action: 'createProgrammeAction',
    allowed: ACTING,
    prepare: async (r) => ({ args: [], form: forms.programme(w.orgOf[r]) }),
  },
  {
    action: 'updateProgrammeAction',
    allowed: KEEPERS,
    prepare: async () => {
      const p = await newProgramme()
      return { args: [p.id], form: asUpdate(forms.programme(w.orgs.owner.id), p.version) }
    },
  },
  {
    action: 'deleteProgrammeAction',
    allowed: KEEPERS,
    prepare: async () => {
      const p = await newProgramme()
      return { args: [p.id, p.version] }
    },
  },
  // Organizations
  {
    action: 'createOrganizationAction',
    allowed: ACTING,
    prepare: async () => ({ args: [], form: forms.organization() }),
  },
  {
    action: 'updateOrganizationAction',
    scenario: 'the owner NGO',
    allowed: KEEPERS,
    prepare: async () => {
      const o = await prisma.organization.findUniqueOrThrow({ where: { id: w.orgs.owner.id } })
      const form = { ...forms.organization(), name: { en: 'Owner NGO (matrix)' } }
      return { args: [o.id], form: asUpdate(form, o.version) }
    },
  },
  // Case studies
  { action: 'createCaseStudyAction', allowed: ACTING, prepare: async () => ({ args: [], form: forms.caseStudy() }) },
  {
    action: 'createCaseStudyAction',
    scenario: "attached to the owner's partnership and organization",
    allowed: KEEPERS,
    prepare: async () => ({ args: [], form: caseStudyOfOwner() }),
  },
  {
    action: 'updateCaseStudyAction',
    allowed: KEEPERS,
    prepare: async () => {
      const c = await newCaseStudy()
      return { args: [c.id], form: asUpdate(caseStudyOfOwner(), c.version) }
    },
  },
  {
    action: 'deleteCaseStudyAction',
    allowed: KEEPERS,
    prepare: async () => {
      const c = await newCaseStudy()
      return { args: [c.id, c.version] }
    },
  },
  // Memoranda
  {
    action: 'createMemorandumAction',
    allowed: ACTING,
    prepare: async (r) => ({ args: [], form: forms.memorandum(r) }),
  },
  {
    action: 'updateMemorandumAction',
    allowed: KEEPERS,
    prepare: async () => {
      const m = await newMemorandum()
      return { args: [m.id], form: asUpdate(forms.memorandum('ownerEditor'), m.version) }
    },
  },
  {
    action: 'addAmendmentAction',
    allowed: KEEPERS,
    prepare: async () => {
      const m = await newMemorandum()
      const form = { date: '2024-06-01', summary: { en: 'Amended' }, submissionKey: randomUUID() }
      return { args: [m.id], form: { ...form, version: String(m.version) } }
    },
  },
  {
    action: 'renewMemorandumAction',
    allowed: KEEPERS,
    prepare: async () => {
      const m = await newMemorandum()
      return {
        args: [m.id],
        form: { signedDate: '2026-01-10', version: String(m.version), submissionKey: randomUUID() },
      }
    },
  },
  {
    action: 'terminateMemorandumAction',
    allowed: KEEPERS,
    prepare: async () => {
      const m = await newMemorandum()
      return { args: [m.id], form: { date: '2025-01-01', reason: { en: 'Ended' }, version: String(m.version) } }
    },
  },
  {
    action: 'deleteMemorandumAction',
    scenario: 'a draft',
    allowed: KEEPERS,
    prepare: async () => {
      const m = await newMemorandum('DRAFT')
      return { args: [m.id, m.version] }
    },
  },
  // Accounts (admin only), and the link holders
  {
    action: 'inviteUserAction',
    allowed: ADMIN,
    prepare: async () => ({
      args: [],
      form: { email: `${w.f.tag}-${randomUUID().slice(0, 8)}@test.example`, globalRole: 'USER' },
    }),
  },
  {
    action: 'revokeInvitationAction',
    allowed: ADMIN,
    prepare: async () => ({ args: [(await newInvitation()).invitationId] }),
  },
  {
    action: 'issuePasswordResetAction',
    allowed: ADMIN,
    prepare: async () => ({ args: [(await w.f.user()).id] }),
  },
  {
    action: 'addMembershipAction',
    allowed: ADMIN,
    prepare: async () => ({
      args: [(await w.f.user()).id],
      form: { organizationId: w.orgs.unrelated.id, role: 'VIEWER' },
    }),
  },
  {
    action: 'removeMembershipAction',
    allowed: ADMIN,
    prepare: async () => {
      const u = await w.f.user({ memberships: [{ organizationId: w.orgs.unrelated.id, role: 'VIEWER' }] })
      const m = await prisma.membership.findFirstOrThrow({ where: { userId: u.id } })
      return { args: [u.id, m.id] }
    },
  },
  {
    action: 'setUserAccessAction',
    allowed: ADMIN,
    prepare: async () => ({ args: [(await w.f.user()).id, { disabled: true }] }),
  },
  {
    action: 'acceptInvitationAction',
    scenario: 'with the link (the token is the credential)',
    allowed: EVERYONE,
    prepare: async () => ({ args: [(await newInvitation()).token], form: { name: 'Invited person', ...newPassword } }),
  },
  {
    action: 'resetPasswordAction',
    scenario: 'with the link (the token is the credential)',
    allowed: EVERYONE,
    prepare: async () => ({
      args: [(await issuePasswordReset(actors.admin, (await w.f.user()).id)).token],
      form: newPassword,
    }),
  },
  {
    action: 'signInAction',
    allowed: EVERYONE,
    prepare: async () => ({ args: [], form: { email: actors.reader.email, password: 'test password 123' } }),
  },
  { action: 'signOutAction', allowed: EVERYONE, prepare: async () => ({ args: [] }) },
]

// ---------------------------------------------------------------------------------------------------

type Outcome = { ok: boolean; what: string }

/** Runs one action call as `role`: success is a redirect (not to sign-in) or a saved state. */
async function call(entry: ServerActionEntry, role: Role, c: Call): Promise<Outcome> {
  if (role === 'anonymous') actAs(null)
  else actAs(await prisma.user.findUniqueOrThrow({ where: { id: w.users[role].id } }))
  try {
    const state: FormState = await entry.action(...c.args, idle, toFormData(c.form ?? {}))
    const ok = state.status === 'saved' || state.status === 'idle'
    const detail = 'fieldErrors' in state && state.fieldErrors ? JSON.stringify(state.fieldErrors) : ''
    return {
      ok,
      what: `${state.status}${'formError' in state && state.formError ? `:${state.formError}` : ''}${detail}`,
    }
  } catch (e) {
    if (e instanceof RedirectSignal) return { ok: !e.toSignIn, what: `redirect ${e.href}` }
    throw e
  } finally {
    actAs(null)
  }
}

beforeAll(async () => {
  w = await matrixWorld(prisma)
  actors = Object.fromEntries(
    await Promise.all(Object.entries(w.users).map(async ([r, u]) => [r, await actorOf(u)])),
  ) as typeof actors
  actions = await loadServerActions()
  const p = await newPartnership(true)
  shared = { partnershipId: p.id, projectId: (await newProject(p.id)).id }
})

describe('the authorization matrix', () => {
  it('has a row for every server action of the app, and no row for an action that does not exist', () => {
    expect(actions.length).toBeGreaterThanOrEqual(40)
    const names = actions.map((a) => a.name)
    expect(new Set(names).size, 'two actions share a name').toBe(names.length)
    const covered = new Set(rows.map((r) => r.action))
    expect(
      names.filter((n) => !covered.has(n)),
      'actions without a row in the matrix',
    ).toEqual([])
    expect(
      [...covered].filter((n) => !names.includes(n)),
      'rows for unknown actions',
    ).toEqual([])
  })

  it('every cell: refused calls change no row; allowed calls succeed', async () => {
    const byName = new Map(actions.map((a) => [a.name, a]))
    const violations: string[] = []
    let cells = 0
    for (const row of rows) {
      const entry = byName.get(row.action)!
      for (const role of ROLES) {
        const c = await row.prepare(role)
        const expected = row.allowed.includes(role)
        const before = expected ? {} : await checksum()
        const result = await call(entry, role, c)
        cells++
        const label = `${row.action}${row.scenario ? ` (${row.scenario})` : ''} as ${role}`
        if (expected && !result.ok) violations.push(`${label}: expected allowed, got ${result.what}`)
        if (!expected && result.ok) violations.push(`${label}: expected refused, got ${result.what}`)
        if (!expected) {
          const after = await checksum()
          const changed = Object.keys(after).filter((t) => after[t] !== before[t])
          if (changed.length) violations.push(`${label}: refused (${result.what}) but changed ${changed.join(', ')}`)
        }
      }
    }
    console.info(
      `[matrix] actions: ${actions.length}, rows: ${rows.length}, cells: ${cells}, violations: ${violations.length}`,
    )
    expect(violations).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------------
// Private page loaders × roles: what each role gets back, scanned for the markers of private fields.

/** The private reads: every exported async function in lib/ whose first parameter is the actor (mutations aside). */
function privateLoaderNames(dir = 'lib'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'generated' ? [] : privateLoaderNames(p)
    if (!/\.ts$/.test(e.name) || /^(mutations|actions)\.ts$/.test(e.name)) return []
    const text = readFileSync(p, 'utf8')
    return [...text.matchAll(/^export async function (\w+)\(\s*actor: Actor\b/gm)].map((m) => m[1])
  })
}

/** Manage pages: each starts by establishing the actor (a signed-out visitor goes to sign-in). */
function managePages(dir = 'app/[locale]/manage'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? managePages(p) : e.name === 'page.tsx' ? [p] : []
  })
}
const PAGE_GUARD = /\b(requireActor|requireAdmin|loadRecordPage|loadMemorandumStep)\(/

type Planted = Record<string, string>
let planted: Planted
const M = {
  withheldLine: '987654321', // 9 876 543.21 som, withheld by the owner
  withheldGrant: '555444333', // 5 554 443.33 dollars, withheld by the owner
  partnershipNote: 'MATRIX-PARTNERSHIP-NOTE',
  orgNote: 'MATRIX-ORGANIZATION-NOTE',
  draftProject: 'MATRIX-DRAFT-PROJECT',
  dispute: 'MATRIX-DISPUTE-COMMENT',
  draftMemorandum: 'MATRIX-DRAFT-MEMORANDUM',
}
/** Who may see each private field (every other signed-in role must not). */
const SEES: Record<keyof typeof M, Role[]> = {
  withheldLine: KEEPERS,
  withheldGrant: KEEPERS,
  partnershipNote: KEEPERS,
  orgNote: KEEPERS,
  // A party sees the partnership as the public will once it is published, drafts included (ADR 005).
  draftProject: [...KEEPERS, 'coPartyEditor', 'partyOfficial'],
  // A dispute is seen by the two sides: the record's keepers and the body that disputed.
  dispute: [...KEEPERS, 'partyOfficial'],
  // A memorandum's parties see it, drafts included, to confirm or dispute it.
  draftMemorandum: [...KEEPERS, 'partyOfficial'],
}
const secrets = (keys: (keyof typeof M)[]): Secret[] =>
  keys.map((k) => (/^\d+$/.test(M[k]) ? { label: k, digits: M[k] } : { label: k, text: M[k] }))

async function plant(): Promise<Planted> {
  const p = shared.partnershipId
  await prisma.partnership.update({ where: { id: p }, data: { internalNote: M.partnershipNote } })
  await prisma.organization.update({ where: { id: w.orgs.owner.id }, data: { internalNote: M.orgNote } })
  const withheld = await createContribution(
    owner(),
    shared.projectId,
    parsed(CreateContributionInput, { ...forms.line(w.orgs.owner.id), amount: '9876543.21', amountWithheld: 'on' }),
  )
  const grant = await createGrant(
    owner(),
    parsed(CreateGrantInput, { ...forms.grant(w.orgs.owner.id), amount: '5554443.33', amountWithheld: 'on' }),
  )
  const draft = await createProject(
    owner(),
    p,
    parsed(CreateProjectInput, { ...forms.project(), title: { en: M.draftProject } }),
  )
  const disputed = await newLine(w.orgs.partyAo.id)
  await answerConfirmation(actors.partyOfficial, 'Contribution', disputed.id, { state: 'DISPUTED', comment: M.dispute })
  const memo = await createMemorandum(
    owner(),
    parsed(CreateMemorandumInput, { ...forms.memorandum('ownerEditor', 'DRAFT'), subject: { en: M.draftMemorandum } }),
  )
  // The withheld line and grant are published (with their amounts withheld); the drafts stay drafts.
  await setPublication(owner(), 'Contribution', withheld.id, 1, 'PUBLISHED', { withContents: false })
  await setPublication(owner(), 'Grant', grant.id, 1, 'PUBLISHED', { withContents: false })
  return {
    partnership: p,
    project: shared.projectId,
    draftProject: draft.id,
    withheldLine: withheld.id,
    disputedLine: disputed.id,
    grant: grant.id,
    memorandum: memo.id,
    programme: (await newProgramme()).id,
    outcome: (await newOutcome()).id,
    caseStudy: (await newCaseStudy()).id,
    organization: w.orgs.owner.id,
    user: w.users.ownerEditor.id,
  }
}

/** Loaders that serve signed-out visitors too (the public history pages): called with no actor as well. */
const ANONYMOUS_TOO = new Set(['getRecordHistory', 'canViewRecordHistory'])

/** How each loader is called for the planted records (every loader found in lib/ needs a line here). */
const loaderCalls: Record<string, (a: Actor, p: Planted) => Promise<unknown>> = {
  getRecordHistory: (a, p) =>
    Promise.all([
      getRecordHistory(a, 'partnership', p.partnership),
      getRecordHistory(a, 'project', p.draftProject),
      getRecordHistory(a, 'contribution', p.withheldLine),
      getRecordHistory(a, 'grant', p.grant),
      getRecordHistory(a, 'memorandum', p.memorandum),
    ]),
  canViewRecordHistory: (a, p) =>
    Promise.all([
      canViewRecordHistory(a, 'Project', p.draftProject),
      canViewRecordHistory(a, 'Agreement', p.memorandum),
    ]),
  listAuditOrganizations: (a) => listAuditOrganizations(a),
  listAuditEvents: (a) => listAuditEvents(a, { page: 1 }),
  getProjectForView: (a, p) => Promise.all([getProjectForView(a, p.project), getProjectForView(a, p.draftProject)]),
  getProjectForNewLine: (a, p) => getProjectForNewLine(a, p.project),
  getProjectForEdit: (a, p) => Promise.all([getProjectForEdit(a, p.project), getProjectForEdit(a, p.draftProject)]),
  listManagedGrants: (a) => listManagedGrants(a),
  getGrantForView: (a, p) => getGrantForView(a, p.grant),
  getGrantForEdit: (a, p) => getGrantForEdit(a, p.grant),
  grantTargets: (a) => grantTargets(a, 'en'),
  listUsersForAdmin: (a) => listUsersForAdmin(a),
  getUserForAdmin: (a, p) => getUserForAdmin(a, p.user),
  listOpenInvitations: (a) => listOpenInvitations(a),
  listMyMemoranda: (a) => listMyMemoranda(a),
  getMemorandumForView: (a, p) => getMemorandumForView(a, p.memorandum),
  getMemorandumForEdit: (a, p) => getMemorandumForEdit(a, p.memorandum),
  memorandumTargets: (a) => memorandumTargets(a, 'en'),
  newMemorandumValues: (a, p) => newMemorandumValues(a, 'en', { owners: [], partnershipId: p.partnership }),
  getContributionForEdit: (a, p) =>
    Promise.all([getContributionForEdit(a, p.withheldLine), getContributionForEdit(a, p.disputedLine)]),
  listManagedPartnerships: (a) => listManagedPartnerships(a),
  getPartnershipForView: (a, p) => getPartnershipForView(a, p.partnership),
  getPartnershipForEdit: (a, p) => getPartnershipForEdit(a, p.partnership),
  getPartyDesk: (a, p) => getPartyDesk(a, p.partnership),
  canEditRecord: (a, p) => canEditRecord(a, 'Partnership', p.partnership),
  createFormData: (a) => createFormData(a, 'en'),
  getDashboard: (a) => getDashboard(a),
  listManagedProgrammes: (a) => listManagedProgrammes(a),
  getProgrammeForView: (a, p) => getProgrammeForView(a, p.programme),
  getProgrammeForEdit: (a, p) => getProgrammeForEdit(a, p.programme),
  listOrganizationOptions: (a) => listOrganizationOptions(a, 'en'),
  listManagedOrganizations: (a) => listManagedOrganizations(a),
  getOrganizationForView: (a, p) => getOrganizationForView(a, p.organization),
  getOrganizationForEdit: (a, p) => getOrganizationForEdit(a, p.organization),
  listActingOrganizations: (a) => listActingOrganizations(a, 'en'),
  getOutcomeForEdit: (a, p) => getOutcomeForEdit(a, p.outcome),
  confirmationDesk: (a, p) => confirmationDesk(a, { partnershipId: p.partnership, all: true }),
  disputesOfMine: (a) => disputesOfMine(a),
  partnershipChoices: (a) => partnershipChoices(a, 'en'),
  listManagedCaseStudies: (a) => listManagedCaseStudies(a),
  getCaseStudyForView: (a, p) => getCaseStudyForView(a, p.caseStudy),
  getCaseStudyForEdit: (a, p) => getCaseStudyForEdit(a, p.caseStudy),
}

const serialize = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x)) ?? ''

describe('private page loaders', () => {
  beforeAll(async () => {
    planted = await plant()
  })

  it('every loader in lib/ that takes the actor is called here, and every manage page starts with the actor', () => {
    const found = privateLoaderNames()
    expect(found.length).toBeGreaterThanOrEqual(30)
    expect(
      found.filter((n) => !loaderCalls[n]),
      'loaders the matrix does not call',
    ).toEqual([])
    expect(
      Object.keys(loaderCalls).filter((n) => !found.includes(n)),
      'calls of loaders that do not exist',
    ).toEqual([])
    const pages = managePages()
    expect(pages.length).toBeGreaterThanOrEqual(30)
    expect(
      pages.filter((p) => !PAGE_GUARD.test(readFileSync(p, 'utf8'))),
      'manage pages without the actor',
    ).toEqual([])
  })

  it('a signed-out visitor is sent to sign-in by the guard every manage page starts with', async () => {
    actAs(null)
    const e = await requireActor('/manage/partnerships').catch((x: unknown) => x)
    expect(e).toBeInstanceOf(RedirectSignal)
    expect((e as RedirectSignal).toSignIn).toBe(true)
  })

  it('every loader × role: a private field reaches only the roles that may see it', async () => {
    const violations: string[] = []
    const visible: Record<string, Set<string>> = {}
    let cells = 0
    let byGuard = 0
    for (const [name, load] of Object.entries(loaderCalls)) {
      for (const role of ROLES) {
        cells++
        // Signed out, a manage page's guard refuses before any loader runs (the two tests above).
        if (role === 'anonymous' && !ANONYMOUS_TOO.has(name)) {
          byGuard++
          continue
        }
        const actor =
          role === 'anonymous'
            ? null
            : await actorOf(await prisma.user.findUniqueOrThrow({ where: { id: w.users[role].id } }))
        // Only the loaders that take `Actor | null` get null (ANONYMOUS_TOO).
        const body = await load(actor as Actor, planted).then(serialize, () => '') // a refusal (notFound, not admin) shows nothing
        const forbidden = (Object.keys(M) as (keyof typeof M)[]).filter((k) => !SEES[k].includes(role))
        for (const leak of findSecrets(body, secrets(forbidden))) violations.push(`${name} as ${role}: ${leak}`)
        for (const seen of findSecrets(body, secrets(Object.keys(M) as (keyof typeof M)[])))
          (visible[seen] ??= new Set()).add(role)
      }
    }
    console.info(
      `[matrix] private loaders: ${Object.keys(loaderCalls).length}, cells: ${cells} (signed out, refused by the page guard: ${byGuard}), manage pages: ${managePages().length}, violations: ${violations.length}`,
    )
    expect(violations).toEqual([])
    // The scan looks at real data: each marker reaches every role that may see it through some loader.
    for (const k of Object.keys(M) as (keyof typeof M)[])
      expect([...(visible[k] ?? [])].sort(), k).toEqual([...SEES[k]].sort())
  })
})
