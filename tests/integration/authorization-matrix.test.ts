// The authorization matrix (issue 10, item 7): every server action × every role, run in-process through
// the real action (bound-argument checks, sign-in, form parsing, the mutation's policy, the database),
// with only the session, the locale and Next's cache and redirect stood in (tests/setup/next-boundary.ts).
// Each cell states the expected outcome. A refused call must answer with a refusal and leave every table
// exactly as it was; an allowed call must succeed. The list of actions is read off the source tree, and a
// test fails when an action has no row (tests/setup/matrix-rows.ts), so a new action cannot escape it.
// Then every private page loader × role: the markers of private fields (a withheld amount, a draft, an
// internal note, a dispute comment) reach only the roles that may see them.
import '../setup/mock-next-boundary'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAuditEvents, listAuditOrganizations } from '@/lib/audit-trail/queries'
import { requireActor } from '@/lib/auth/actor'
import type { Actor } from '@/lib/auth/roles'
import { getCaseStudyForEdit, getCaseStudyForView, listManagedCaseStudies } from '@/lib/case-studies/manage-queries'
import { partnershipChoices } from '@/lib/case-studies/page-data'
import { answerConfirmation } from '@/lib/confirmations/mutations'
import { confirmationDesk, disputesOfMine } from '@/lib/confirmations/queries'
import { getContributionForEdit } from '@/lib/contributions/manage-queries'
import { uploadDocument } from '@/lib/documents/mutations'
import { listDocumentsOf, openDocument } from '@/lib/documents/queries'
import { getGrantForEdit, getGrantForView, grantTargets, listManagedGrants } from '@/lib/grants/manage-queries'
import { getDashboard } from '@/lib/manage/dashboard'
import { translationQueue } from '@/lib/translations/queue'
import { listSuggestionsForActor } from '@/lib/suggestions/queries'
import { listImportHistory } from '@/lib/import/queries'
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
import { getMergePage } from '@/lib/organizations/merge/queries'
import { getOutcomeForEdit } from '@/lib/outcomes/manage-queries'
import {
  getPartnershipForEdit,
  getPartnershipForView,
  listManagedPartnerships,
} from '@/lib/partnerships/manage-queries'
import { getPartyDesk } from '@/lib/partnerships/party-queries'
import { getProgrammeForEdit, getProgrammeForView, listManagedProgrammes } from '@/lib/programmes/manage-queries'
import {
  getProjectForEdit,
  getProjectForNewLine,
  getProjectForView,
  getProjectToCopy,
  listProjectsToCopy,
} from '@/lib/projects/manage-queries'
import { describePublication } from '@/lib/publishing/contents'
import { canViewRecordHistory } from '@/lib/public/history-access'
import { getRecordHistory } from '@/lib/public/history'
import { canEditRecord } from '@/lib/publishing/access'
import { getUserForAdmin, listOpenInvitations, listUsersForAdmin } from '@/lib/users/queries'
import { createContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput } from '@/lib/contributions/schema'
import { createGrant } from '@/lib/grants/mutations'
import { CreateGrantInput } from '@/lib/grants/schema'
import { createMemorandum } from '@/lib/memoranda/mutations'
import { CreateMemorandumInput } from '@/lib/memoranda/schema'
import { createProject } from '@/lib/projects/mutations'
import { CreateProjectInput } from '@/lib/projects/schema'
import { setPublication } from '@/lib/publishing/mutations'
import { findSecrets, type Secret } from '../e2e/secrets/scanner'
import { actorOf } from '../setup/actors'
import { connect, matrixChecksums } from '../setup/db'
import { ROLES, type MatrixWorld, type Role } from '../setup/matrix-world'
import { callAction, KEEPERS, matrixContext, PDF_BYTES, type matrixRows } from '../setup/matrix-rows'
import { actAs, RedirectSignal } from '../setup/next-boundary'
import { loadServerActions, type ServerActionEntry } from '../setup/server-actions'

const prisma = connect()
const checksum = () => matrixChecksums(prisma)

let w: MatrixWorld
let actors: Record<Exclude<Role, 'anonymous'>, Actor>
let actions: ServerActionEntry[]
let shared: { partnershipId: string; projectId: string }
let m: ReturnType<typeof matrixRows>

afterAll(async () => {
  await w?.cleanup()
  await prisma.$disconnect()
})

// ---------------------------------------------------------------------------------------------------

beforeAll(async () => {
  ;({ w, actors, shared, m } = await matrixContext(prisma))
  actions = await loadServerActions()
})

describe('the authorization matrix', () => {
  it('has a row for every server action of the app, and no row for an action that does not exist', () => {
    expect(actions.length).toBeGreaterThanOrEqual(40)
    const names = actions.map((a) => a.name)
    expect(new Set(names).size, 'two actions share a name').toBe(names.length)
    const covered = new Set(m.rows.map((r) => r.action))
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
    for (const row of m.rows) {
      const entry = byName.get(row.action)!
      for (const role of ROLES) {
        const c = await row.prepare(role)
        const expected = row.allowed.includes(role)
        const before = expected ? {} : await checksum()
        const result = await callAction(prisma, w, entry, role, c)
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
      `[matrix] actions: ${actions.length}, rows: ${m.rows.length}, cells: ${cells}, violations: ${violations.length}`,
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
const PAGE_GUARD = /\b(requireActor|requireAdmin|loadRecordPage|loadEditPage|loadNewPage|loadMemorandumStep)\(/

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
  privateScan: 'MATRIX-PRIVATE-SCAN',
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
  // A private scan: the memorandum's keepers and the editors and officials of its parties.
  privateScan: [...KEEPERS, 'partyOfficial'],
}
const secrets = (keys: (keyof typeof M)[]): Secret[] =>
  keys.map((k) => (/^\d+$/.test(M[k]) ? { label: k, digits: M[k] } : { label: k, text: M[k] }))

async function plant(): Promise<Planted> {
  const p = shared.partnershipId
  await prisma.partnership.update({ where: { id: p }, data: { internalNote: M.partnershipNote } })
  await prisma.organization.update({ where: { id: w.orgs.owner.id }, data: { internalNote: M.orgNote } })
  const withheld = await createContribution(
    m.owner(),
    shared.projectId,
    m.parsed(CreateContributionInput, { ...m.forms.line(w.orgs.owner.id), amount: '9876543.21', amountWithheld: 'on' }),
  )
  const grant = await createGrant(
    m.owner(),
    m.parsed(CreateGrantInput, { ...m.forms.grant(w.orgs.owner.id), amount: '5554443.33', amountWithheld: 'on' }),
  )
  const draft = await createProject(
    m.owner(),
    p,
    m.parsed(CreateProjectInput, { ...m.forms.project(), title: { en: M.draftProject } }),
  )
  const disputed = await m.newLine(w.orgs.partyAo.id)
  await answerConfirmation(actors.partyOfficial, 'Contribution', disputed.id, { state: 'DISPUTED', comment: M.dispute })
  const memo = await createMemorandum(
    m.owner(),
    m.parsed(CreateMemorandumInput, {
      ...m.forms.memorandum('ownerEditor', 'DRAFT'),
      subject: { en: M.draftMemorandum },
    }),
  )
  const scan = await uploadDocument(m.owner(), {
    agreementId: memo.id,
    fileName: `${M.privateScan}.pdf`,
    bytes: PDF_BYTES,
  })
  // The withheld line and grant are published (with their amounts withheld); the drafts stay drafts.
  await setPublication(m.owner(), 'Contribution', withheld.id, 1, 'PUBLISHED', { withContents: false })
  await setPublication(m.owner(), 'Grant', grant.id, 1, 'PUBLISHED', { withContents: false })
  return {
    partnership: p,
    project: shared.projectId,
    draftProject: draft.id,
    withheldLine: withheld.id,
    disputedLine: disputed.id,
    grant: grant.id,
    memorandum: memo.id,
    scan: scan.id,
    programme: (await m.newProgramme()).id,
    outcome: (await m.newOutcome()).id,
    caseStudy: (await m.newCaseStudy()).id,
    organization: w.orgs.owner.id,
    user: w.users.ownerEditor.id,
  }
}

/** Loaders that serve signed-out visitors too (the public history pages, public scans): called with no actor as well. */
const ANONYMOUS_TOO = new Set(['getRecordHistory', 'canViewRecordHistory', 'openDocument'])

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
  listProjectsToCopy: (a) => listProjectsToCopy(a),
  getProjectToCopy: (a, p) => Promise.all([getProjectToCopy(a, p.project), getProjectToCopy(a, p.draftProject)]),
  describePublication: (a, p) =>
    Promise.all([
      describePublication(a, 'Partnership', p.partnership, null, 'en'),
      describePublication(a, 'Project', p.project, null, 'en'),
    ]),
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
  translationQueue: (a) => translationQueue(a),
  listSuggestionsForActor: (a) => listSuggestionsForActor(a),
  listImportHistory: (a) => listImportHistory(a),
  listManagedProgrammes: (a) => listManagedProgrammes(a),
  getProgrammeForView: (a, p) => getProgrammeForView(a, p.programme),
  getProgrammeForEdit: (a, p) => getProgrammeForEdit(a, p.programme),
  listOrganizationOptions: (a) => listOrganizationOptions(a, 'en'),
  listManagedOrganizations: (a) => listManagedOrganizations(a),
  getOrganizationForView: (a, p) => getOrganizationForView(a, p.organization),
  // The merge page with a preview: the owner NGO as the survivor, the co-party as the duplicate.
  getMergePage: (a, p) => getMergePage(a, p.organization, w.orgs.coParty.id, 'en'),
  getOrganizationForEdit: (a, p) => getOrganizationForEdit(a, p.organization),
  listActingOrganizations: (a) => listActingOrganizations(a, 'en'),
  getOutcomeForEdit: (a, p) => getOutcomeForEdit(a, p.outcome),
  confirmationDesk: (a, p) => confirmationDesk(a, { partnershipId: p.partnership, all: true }),
  disputesOfMine: (a) => disputesOfMine(a),
  partnershipChoices: (a) => partnershipChoices(a, 'en'),
  listManagedCaseStudies: (a) => listManagedCaseStudies(a),
  getCaseStudyForView: (a, p) => getCaseStudyForView(a, p.caseStudy),
  getCaseStudyForEdit: (a, p) => getCaseStudyForEdit(a, p.caseStudy),
  listDocumentsOf: (a, p) => listDocumentsOf(a, p.memorandum),
  openDocument: (a, p) => openDocument(a, p.scan),
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
