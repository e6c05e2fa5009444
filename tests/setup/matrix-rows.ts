// The rows of the authorization matrix (issue 10, item 7): for every server action, how to prepare a
// call (a fresh target of the owner NGO, the bound arguments and a valid form as the page sends them)
// and which roles it must allow; every other role must be refused. Also used by the action fuzzing,
// which starts from the same calls and mutates them.
import { randomUUID } from 'node:crypto'
import type { Actor } from '@/lib/auth/roles'
import { createCaseStudy } from '@/lib/case-studies/mutations'
import { CreateCaseStudyInput } from '@/lib/case-studies/schema'
import { createContribution } from '@/lib/contributions/mutations'
import { uploadDocument } from '@/lib/documents/mutations'
import { CreateContributionInput } from '@/lib/contributions/schema'
import type { FormState } from '@/lib/forms/state'
import { idle } from '@/lib/forms/state'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { createGrant } from '@/lib/grants/mutations'
import { importFiles, importHash } from '@/lib/import/run'
import { CreateGrantInput } from '@/lib/grants/schema'
import { createMemorandum } from '@/lib/memoranda/mutations'
import { CreateMemorandumInput } from '@/lib/memoranda/schema'
import { mergeOrganizations } from '@/lib/organizations/merge/merge'
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
import { toFormData, type FormInput } from './forms'
import { actorOf } from './actors'
import { matrixWorld, ROLES, type MatrixWorld, type Role } from './matrix-world'
import { actAs, RedirectSignal } from './next-boundary'
import type { ServerActionEntry } from './server-actions'

export const KEEPERS: Role[] = ['ownerEditor', 'admin']
export const ACTING: Role[] = [
  'ownerEditor',
  'coPartyEditor',
  'unrelatedEditor',
  'partyOfficial',
  'otherOfficial',
  'admin',
]
export const EVERYONE: Role[] = [...ROLES]
export const ADMIN: Role[] = ['admin']
export const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'anonymous')

/** The smallest valid PDF header: enough for the type to be read from the bytes. */
export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

/** The import form: the organization and a CSV of one new project (a fresh external id each time). */
function importForm(organizationId: string): FormInput {
  const csv = `external_id,title_en,places\r\nmatrix-${randomUUID().slice(0, 8)},Matrix import,KG-C\r\n`
  return { organizationId, files: new File([csv], 'projects.csv', { type: 'text/csv' }) }
}
const importPart = async (f: File) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })

export type Call = { args: unknown[]; form?: FormInput }
export type Row = {
  action: string
  scenario?: string
  allowed: readonly Role[]
  prepare: (role: Role) => Promise<Call>
}
export type MatrixContext = {
  prisma: PrismaClient
  w: MatrixWorld
  actors: Record<Exclude<Role, 'anonymous'>, Actor>
  /** The owner's published partnership and its project (filled in once made: see `newPartnership`). */
  shared: { partnershipId: string; projectId: string }
}

export function matrixRows({ prisma, w, actors, shared }: MatrixContext) {
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
  const caseStudyOfOwner = () =>
    forms.caseStudy({ partnershipId: shared.partnershipId, organizationId: w.orgs.owner.id })
  const newCaseStudy = async () => {
    const { id } = await createCaseStudy(owner(), parsed(CreateCaseStudyInput, caseStudyOfOwner()))
    return prisma.caseStudy.findUniqueOrThrow({ where: { id } })
  }
  const newMemorandum = async (status = 'ACTIVE') => {
    const { id } = await createMemorandum(
      owner(),
      parsed(CreateMemorandumInput, forms.memorandum('ownerEditor', status)),
    )
    return prisma.agreement.findUniqueOrThrow({ where: { id } })
  }
  /** A private scan of a new memorandum of the owner. */
  const newDocument = async (fileName = 'scan.pdf') => {
    const m = await newMemorandum()
    return uploadDocument(owner(), { agreementId: m.id, fileName, bytes: PDF_BYTES })
  }
  const newNotification = (userId: string) =>
    prisma.notification.create({
      data: { userId, kind: 'expiring', entity: 'Agreement', entityId: 'x', payload: {}, dedupeKey: randomUUID() },
    })
  const newSuggestion = (organizationId: string) =>
    prisma.correctionSuggestion.create({
      data: { organizationId, target: 'organization', targetKey: 'x', message: 'A correction', locale: 'en' },
    })
  const newInvitation = () =>
    inviteUser(actors.admin, { email: `${w.f.tag}-${randomUUID().slice(0, 8)}@test.example`, globalRole: 'USER' })
  const newPassword = { password: 'a long new password', passwordConfirm: 'a long new password' }

  // The matrix: one row per action (and scenario), the roles allowed; every other role is refused.
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
    {
      action: 'answerConfirmationAction',
      scenario: "an outcome of the owner's project",
      allowed: ['partyOfficial'],
      prepare: async () => ({ args: ['Outcome', (await newOutcome()).id, '/manage'], form: { state: 'CONFIRMED' } }),
    },
    {
      action: 'answerConfirmationAction',
      scenario: "the owner's memorandum with the aiyl okmot",
      allowed: ['partyOfficial'],
      prepare: async () => ({
        args: ['Agreement', (await newMemorandum()).id, '/manage'],
        form: { state: 'CONFIRMED' },
      }),
    },
    {
      action: 'setPublicationAction',
      scenario: "publish the co-party's own line",
      allowed: ['coPartyEditor', 'ownerEditor', 'admin'],
      prepare: async () => {
        const c = await newLine(w.orgs.coParty.id, actors.coPartyEditor)
        return { args: ['Contribution', c.id, c.version, 'PUBLISHED', false, `/manage/projects/${shared.projectId}`] }
      },
    },
    {
      action: 'setPublicationAction',
      scenario: "withdraw the owner's published line",
      allowed: KEEPERS,
      prepare: async () => {
        const c = await newLine()
        await setPublication(owner(), 'Contribution', c.id, c.version, 'PUBLISHED', { withContents: false })
        const { version } = await prisma.contribution.findUniqueOrThrow({ where: { id: c.id } })
        return { args: ['Contribution', c.id, version, 'DRAFT', false, `/manage/projects/${shared.projectId}`] }
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
      prepare: async () => ({
        args: [(await newInvitation()).token],
        form: { name: 'Invited person', ...newPassword },
      }),
    },
    {
      action: 'requestPasswordResetAction',
      scenario: 'anyone may ask (without SMTP nothing is written; the answer never says who has an account)',
      allowed: EVERYONE,
      prepare: async () => ({ args: [], form: { email: (await w.f.user()).email } }),
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
    // Signed scans: whoever may change the memorandum
    {
      action: 'setDocumentPublicAction',
      allowed: KEEPERS,
      prepare: async () => ({ args: [(await newDocument()).id, true] }),
    },
    {
      action: 'deleteDocumentAction',
      allowed: KEEPERS,
      prepare: async () => ({ args: [(await newDocument()).id] }),
    },
    // Notifications and the calendar feed: each person their own
    {
      action: 'markNotificationReadAction',
      scenario: "the owner editor's notification",
      allowed: ['ownerEditor'],
      prepare: async () => ({ args: [(await newNotification(w.users.ownerEditor.id)).id] }),
    },
    { action: 'markAllNotificationsReadAction', allowed: SIGNED_IN, prepare: async () => ({ args: [] }) },
    // "Suggest a correction": anyone, about a public record; marked handled by the keeping organization's people.
    {
      action: 'suggestCorrectionAction',
      scenario: "anyone, about the owner NGO's public record",
      allowed: EVERYONE,
      prepare: async () => ({
        args: ['organization', w.orgs.owner.slug],
        form: { message: 'The founding year is 2001, not 2003.', contactEmail: 'reader@example.org' },
      }),
    },
    {
      action: 'markSuggestionHandledAction',
      scenario: 'a suggestion for the owner NGO',
      allowed: KEEPERS,
      prepare: async () => ({ args: [(await newSuggestion(w.orgs.owner.id)).id] }),
    },
    // Bulk import (lib/import): for the role's own organization; a file of one new project.
    {
      action: 'checkImportAction',
      allowed: ACTING,
      prepare: async (r) => ({ args: [], form: importForm(w.orgOf[r]) }),
    },
    {
      action: 'commitImportAction',
      allowed: ACTING,
      prepare: async (r) => {
        const form = importForm(w.orgOf[r])
        return { args: [], form: { ...form, sha256: importHash([await importPart(form.files as File)]) } }
      },
    },
    {
      action: 'undoImportAction',
      allowed: ACTING,
      prepare: async (r) => {
        const form = importForm(w.orgOf[r])
        const done = await importFiles(prisma, {
          organizationId: w.orgOf[r],
          actor: null,
          access: null,
          files: [await importPart(form.files as File)],
          dryRun: false,
        })
        if (!done.ok) throw new Error(`matrix import: ${JSON.stringify(done.problems)}`)
        return { args: [], form: { organizationId: w.orgOf[r] } }
      },
    },
    // Merging duplicate organizations (lib/organizations/merge): administrators only.
    {
      action: 'mergeOrganizationsAction',
      allowed: ADMIN,
      prepare: async () => ({
        args: [(await w.f.organization()).id],
        form: { mergedId: (await w.f.organization()).id },
      }),
    },
    {
      action: 'undoOrganizationMergeAction',
      allowed: ADMIN,
      prepare: async () => {
        const [a, b] = [await w.f.organization(), await w.f.organization()]
        return { args: [(await mergeOrganizations(prisma, actors.admin, a.id, b.id)).id] }
      },
    },
    { action: 'createCalendarTokenAction', allowed: SIGNED_IN, prepare: async () => ({ args: [] }) },
    { action: 'revokeCalendarTokensAction', allowed: SIGNED_IN, prepare: async () => ({ args: [] }) },
  ]

  return {
    rows,
    forms,
    parsed,
    owner,
    newPartnership,
    newProject,
    newLine,
    newOutcome,
    newProgramme,
    newCaseStudy,
    newDocument,
  }
}

export type CallOutcome = { ok: boolean; what: string }

/** Runs one action call as `role`: success is a redirect (not to sign-in) or a saved state. */
export async function callAction(
  prisma: PrismaClient,
  w: MatrixWorld,
  entry: ServerActionEntry,
  role: Role,
  c: Call,
): Promise<CallOutcome> {
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

/** The world, its accounts as actors, the rows, and the owner's published partnership with a project. */
export async function matrixContext(prisma: PrismaClient) {
  const w = await matrixWorld(prisma)
  const actors = Object.fromEntries(
    await Promise.all(Object.entries(w.users).map(async ([r, u]) => [r, await actorOf(u)])),
  ) as MatrixContext['actors']
  const shared = { partnershipId: '', projectId: '' }
  const m = matrixRows({ prisma, w, actors, shared })
  const p = await m.newPartnership(true)
  Object.assign(shared, { partnershipId: p.id, projectId: (await m.newProject(p.id)).id })
  return { w, actors, shared, m }
}
