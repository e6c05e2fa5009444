// The people and organizations of the authorization matrix (issue 10, item 7): one NGO that owns the
// records, a co-party NGO, an unrelated NGO, a donor, the aiyl okmot that is a party and one that is not,
// and one account for each role of the issue. Shared by the matrix and the action fuzzing.
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { factories } from '../factories'

export const ROLES = [
  'anonymous',
  'reader', // signed in, no organization
  'ownerEditor', // NGO editor of the owner
  'coPartyEditor', // editor of another party of the partnership
  'unrelatedEditor', // editor of an organization with no part in it
  'partyOfficial', // official of the aiyl okmot that is a party
  'otherOfficial', // official of another aiyl okmot
  'admin',
] as const
export type Role = (typeof ROLES)[number]

/** Kok-Oy (a party of the partnerships here) and Aral aiyl okmots, Talas rayon. */
export const PARTY_AO = 'KG07232820000'
export const OTHER_AO = 'KG07232825000'

export async function matrixWorld(prisma: PrismaClient) {
  const f = factories(prisma)
  const owner = await f.organization({ name: 'Owner NGO (matrix)' })
  const coParty = await f.organization({ name: 'Co-party NGO (matrix)' })
  const unrelated = await f.organization({ name: 'Unrelated NGO (matrix)' })
  const donor = await f.organization({ kind: 'DONOR', name: 'Donor (matrix)' })
  const partyAo = await f.lsgBody(PARTY_AO)
  const otherAo = await f.lsgBody(OTHER_AO)
  const member = (organizationId: string, role: 'EDITOR' | 'OFFICIAL') => ({ memberships: [{ organizationId, role }] })
  const users = {
    reader: await f.user(),
    ownerEditor: await f.user(member(owner.id, 'EDITOR')),
    coPartyEditor: await f.user(member(coParty.id, 'EDITOR')),
    unrelatedEditor: await f.user(member(unrelated.id, 'EDITOR')),
    partyOfficial: await f.user(member(partyAo.id, 'OFFICIAL')),
    otherOfficial: await f.user(member(otherAo.id, 'OFFICIAL')),
    admin: await f.user({ admin: true }),
  } satisfies Record<Exclude<Role, 'anonymous'>, unknown>
  /** The organization each role acts for (the owner for those who act for none). */
  const orgOf: Record<Role, string> = {
    anonymous: owner.id,
    reader: owner.id,
    ownerEditor: owner.id,
    coPartyEditor: coParty.id,
    unrelatedEditor: unrelated.id,
    partyOfficial: partyAo.id,
    otherOfficial: otherAo.id,
    admin: owner.id,
  }
  const startedAt = new Date()

  /**
   * Removes what the factories made, and every record entered since the world was made (test files run
   * one at a time, so all of it is this file's: the officials' records belong to seeded aiyl okmots,
   * an admin's to the registry editors).
   */
  async function cleanup() {
    const recent = { createdAt: { gte: startedAt } }
    await prisma.agreement.deleteMany({ where: { renewsAgreementId: { not: null }, ...recent } })
    await prisma.agreement.deleteMany({ where: recent })
    await prisma.contribution.deleteMany({ where: recent })
    await prisma.outcome.deleteMany({ where: recent })
    await prisma.grant.deleteMany({ where: recent })
    await prisma.caseStudy.deleteMany({ where: recent })
    await prisma.project.deleteMany({ where: recent })
    await prisma.partnership.deleteMany({ where: recent })
    await prisma.programme.deleteMany({ where: recent })
    await prisma.confirmation.deleteMany({ where: { decidedAt: { gte: startedAt } } })
    const made = { slug: { startsWith: `test-${f.tag}-` } }
    await prisma.organization.deleteMany({ where: { ...recent, NOT: made } })
    await f.cleanup()
  }

  return { f, orgs: { owner, coParty, unrelated, donor, partyAo, otherAo }, users, orgOf, cleanup }
}
export type MatrixWorld = Awaited<ReturnType<typeof matrixWorld>>
