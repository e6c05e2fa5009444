import { describe, expect, it } from 'vitest'
import { REGISTRY_EDITORS_ID, roleNames, type Actor, type ActorMembership } from '@/lib/auth/roles'
import { stableId } from '@/prisma/seed/ids'
import { canEditContribution } from '@/lib/contributions/policy'
import { canEditOrganization } from '@/lib/organizations/policy'
import {
  canEditPartnership,
  partnershipEditAccess,
  partnershipPartyAccess,
  partnershipViewOf,
} from '@/lib/partnerships/policy'
import { contributionCreateAccess } from '@/lib/contributions/policy'
import { canEditProject } from '@/lib/projects/policy'
import { canEditGrant } from '@/lib/grants/policy'
import { canEditCaseStudy } from '@/lib/case-studies/policy'

const org = (kind: ActorMembership['organization']['kind']) => ({ name: {}, kind, governsTerritoryId: null })
const actor = (memberships: [string, ActorMembership['role']][], isAdmin = false): Actor => ({
  userId: 'u',
  email: 'u@x',
  name: 'U',
  locale: 'ru',
  isAdmin,
  memberships: memberships.map(([organizationId, role]) => ({
    organizationId,
    role,
    organization: org(role === 'OFFICIAL' ? 'AIYL_OKMOT' : 'PUBLIC_ASSOCIATION'),
  })),
})

const admin = actor([], true)
const editorA = actor([['ngoA', 'EDITOR']])
const editorB = actor([['ngoB', 'EDITOR']])
const viewerA = actor([['ngoA', 'VIEWER']])
const officialAO = actor([['ao1', 'OFFICIAL']])

const partnership = {
  ownerOrganizationId: 'ngoA',
  publicationStatus: 'DRAFT',
  parties: [
    { organizationId: 'ngoA', partyType: 'CSO' as const },
    { organizationId: 'ngoC', partyType: 'CSO' as const },
    { organizationId: 'ao1', partyType: 'LSG' as const },
    { organizationId: 'biz', partyType: 'BUSINESS' as const },
  ],
}
const seeded = { ...partnership, ownerOrganizationId: REGISTRY_EDITORS_ID }

describe('roles', () => {
  it('the registry editors id is the seed’s', () => {
    expect(REGISTRY_EDITORS_ID).toBe(stableId('org:system:registry-editors'))
  })
  it('names the four roles', () => {
    expect(roleNames(admin)).toEqual(['admin'])
    expect(roleNames(editorA)).toEqual(['editor'])
    expect(roleNames(officialAO)).toEqual(['official'])
    expect(roleNames(viewerA)).toEqual(['viewer'])
  })
})

describe('partnership policy', () => {
  it('lets the owner’s editors and officials, and admins, edit — not its other parties', () => {
    expect(partnershipEditAccess(editorA, partnership)).toEqual({
      via: 'organization',
      organizationId: 'ngoA',
      role: 'EDITOR',
    })
    expect(partnershipEditAccess(admin, partnership)).toEqual({ via: 'admin' })
    expect(canEditPartnership(actor([['ngoC', 'EDITOR']]), partnership)).toBe(false) // a CSO co-party
    expect(canEditPartnership(officialAO, partnership)).toBe(false) // the LSG party's official
  })
  it('refuses editors of other organizations, viewers, and everyone but admins on seeded records', () => {
    expect(canEditPartnership(editorB, partnership)).toBe(false)
    expect(canEditPartnership(viewerA, partnership)).toBe(false)
    expect(canEditPartnership(actor([['biz', 'EDITOR']]), partnership)).toBe(false)
    expect(canEditPartnership(editorA, seeded)).toBe(false)
    expect(canEditPartnership(officialAO, seeded)).toBe(false)
    expect(canEditPartnership(admin, seeded)).toBe(true)
  })
  it('gives its other parties access to add their own lines only: CSO editors, LSG officials', () => {
    expect(partnershipPartyAccess(actor([['ngoC', 'EDITOR']]), partnership)).toEqual({
      via: 'organization',
      organizationId: 'ngoC',
      role: 'EDITOR',
    })
    expect(partnershipPartyAccess(officialAO, partnership)).toMatchObject({ organizationId: 'ao1', role: 'OFFICIAL' })
    expect(partnershipPartyAccess(actor([['ao1', 'EDITOR']]), partnership)).toBeNull() // an LSG body has officials
    expect(partnershipPartyAccess(editorB, partnership)).toBeNull()
    expect(partnershipPartyAccess(officialAO, seeded)).toBeNull()
  })
  it('shows a keeper everything, a party the public view with its own lines, others the public page or nothing', () => {
    expect(partnershipViewOf(viewerA, partnership)).toBe('keeper')
    expect(partnershipViewOf(officialAO, partnership)).toBe('party')
    expect(partnershipViewOf(editorB, partnership)).toBeNull()
    expect(partnershipViewOf(editorB, { ...partnership, publicationStatus: 'PUBLISHED' })).toBe('public')
  })
})

describe('records below a partnership follow it', () => {
  const project = { ownerOrganizationId: 'ngoC', partnership, programme: null }
  it('projects, contributions, grants and case studies', () => {
    expect(canEditProject(editorA, project)).toBe(true) // through the partnership
    expect(canEditProject(editorB, project)).toBe(false)
    expect(canEditProject(officialAO, { ...project, ownerOrganizationId: 'ngoA' })).toBe(false) // a party, not the owner
    // A co-party changes the lines it owns, never the owner's; it adds lines naming itself only.
    expect(canEditContribution(officialAO, { ownerOrganizationId: 'ao1', project })).toBe(true)
    expect(canEditContribution(officialAO, { ownerOrganizationId: 'ngoA', project })).toBe(false)
    expect(contributionCreateAccess(officialAO, project, 'ao1')).toMatchObject({ organizationId: 'ao1' })
    expect(contributionCreateAccess(officialAO, project, 'ngoA')).toBeNull()
    expect(contributionCreateAccess(editorB, project, 'ngoB')).toBeNull()
    expect(canEditContribution(editorB, { ownerOrganizationId: 'ngoC', project })).toBe(false)
    expect(canEditContribution(editorA, { ownerOrganizationId: REGISTRY_EDITORS_ID, project })).toBe(false)
    expect(
      canEditGrant(editorB, {
        ownerOrganizationId: 'donor',
        funderId: 'donor',
        recipientId: 'ngoB',
        project: null,
        programme: null,
      }),
    ).toBe(true)
    expect(
      canEditGrant(editorB, {
        ownerOrganizationId: 'donor',
        funderId: 'donor',
        recipientId: 'ngoX',
        project,
        programme: null,
      }),
    ).toBe(false)
    expect(canEditCaseStudy(editorB, { ownerOrganizationId: 'x', organizationId: 'ngoB', partnership: null })).toBe(
      true,
    )
    expect(canEditCaseStudy(editorB, { ownerOrganizationId: 'x', organizationId: 'ngoA', partnership })).toBe(false)
  })
  it('organizations: their own editors and their owner’s, never the seed’s', () => {
    expect(canEditOrganization(editorA, { id: 'ngoA', ownerOrganizationId: 'ngoA' })).toBe(true)
    expect(canEditOrganization(editorA, { id: 'biz', ownerOrganizationId: 'ngoA' })).toBe(true)
    expect(canEditOrganization(editorB, { id: 'ngoA', ownerOrganizationId: 'ngoA' })).toBe(false)
    expect(canEditOrganization(officialAO, { id: 'ao1', ownerOrganizationId: REGISTRY_EDITORS_ID })).toBe(false)
  })
})
