// Test data: users with memberships, organizations. Every row a factory makes carries a run tag in its
// name or e-mail, so `cleanup()` removes exactly what this test file made (the seeded data stays).
import { randomUUID } from 'node:crypto'
import bcrypt from 'bcryptjs'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import type { MembershipRole, OrganizationKind } from '@/lib/generated/prisma/enums'
import { REGISTRY_EDITORS_ID } from '@/lib/auth/roles'

export const TEST_PASSWORD = 'test password 123'
// Cost 4: factories make many users; sign-in compares any cost.
const TEST_HASH = bcrypt.hashSync(TEST_PASSWORD, 4)

export function factories(prisma: PrismaClient) {
  const tag = `t${randomUUID().slice(0, 8)}`
  let n = 0
  const next = () => `${tag}-${++n}`

  async function organization(
    o: {
      kind?: OrganizationKind
      name?: string
      ownerOrganizationId?: string
      publicationStatus?: 'DRAFT' | 'PUBLISHED'
      governsTerritoryId?: string
    } = {},
  ) {
    const key = next()
    const id = `c${randomUUID().replace(/-/g, '').slice(0, 24)}`
    return prisma.organization.create({
      data: {
        id,
        slug: `test-${key}`,
        kind: o.kind ?? 'PUBLIC_ASSOCIATION',
        name: { en: o.name ?? `Test NGO ${key}`, ru: `Тестовая НКО ${key}` },
        sourceLocale: 'en',
        ownerOrganizationId: o.ownerOrganizationId ?? id,
        publicationStatus: o.publicationStatus ?? 'PUBLISHED',
        governsTerritoryId: o.governsTerritoryId ?? null,
        internalNote: `factory ${tag}`,
      },
    })
  }

  async function user(
    u: { admin?: boolean; memberships?: { organizationId: string; role: MembershipRole }[]; disabled?: boolean } = {},
  ) {
    const key = next()
    return prisma.user.create({
      data: {
        email: `${key}@test.example`,
        name: `Test user ${key}`,
        passwordHash: TEST_HASH,
        globalRole: u.admin ? 'ADMIN' : 'USER',
        disabledAt: u.disabled ? new Date() : null,
        memberships: { create: (u.memberships ?? []).map((m) => ({ organizationId: m.organizationId, role: m.role })) },
      },
    })
  }

  /** A seeded LSG body (aiyl okmot) by the code of the unit it governs. */
  async function lsgBody(territoryCode: string) {
    return prisma.organization.findFirstOrThrow({ where: { externalKey: `lsg:${territoryCode}` } })
  }

  /** Removes the users and organizations this factory made, and everything they own. */
  async function cleanup() {
    // The factory's organizations and the ones entered for them (partners registered in tests).
    const made = await prisma.organization.findMany({
      where: { slug: { startsWith: `test-${tag}-` } },
      select: { id: true },
    })
    const entered = await prisma.organization.findMany({
      where: { ownerOrganizationId: { in: made.map((o) => o.id) } },
      select: { id: true },
    })
    const ids = [...new Set([...made, ...entered].map((o) => o.id))]
    const owned = { ownerOrganizationId: { in: ids } }
    await prisma.contribution.deleteMany({ where: owned })
    await prisma.outcome.deleteMany({ where: owned })
    await prisma.grant.deleteMany({ where: { OR: [owned, { funderId: { in: ids } }, { recipientId: { in: ids } }] } })
    await prisma.caseStudy.deleteMany({ where: owned })
    await prisma.project.deleteMany({ where: owned })
    await prisma.partnershipParty.deleteMany({ where: { organizationId: { in: ids } } })
    await prisma.partnership.deleteMany({ where: owned })
    await prisma.programme.deleteMany({ where: owned })
    const users = { email: { startsWith: `${tag}-`, endsWith: '@test.example' } }
    await prisma.invitation.deleteMany({
      where: { OR: [{ invitedBy: users }, { organizationId: { in: ids } }, { email: users.email }] },
    })
    await prisma.user.deleteMany({ where: users })
    await prisma.organization.updateMany({
      where: { id: { in: ids } },
      data: { ownerOrganizationId: REGISTRY_EDITORS_ID },
    })
    await prisma.organization.deleteMany({ where: { id: { in: ids } } })
  }

  /** Digits unique to this run, for TIN/OKPO-like fields. */
  const digits = (n: number) =>
    String(BigInt('0x' + randomUUID().replace(/-/g, '').slice(0, 15)) % 10n ** BigInt(n)).padStart(n, '0')

  return { tag, organization, user, lsgBody, cleanup, digits }
}
