// An organization's public page (getPublicOrganization): the partnerships it is a party to or paid into,
// and how many public ledger lines it gave (as the party or one of a group). Read from the organization
// outwards (lib/public/organizations.ts); checked here against the rule written as Prisma's filter over
// every partnership and line (the reading it replaced), on records built at each edge of the rule.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma as app } from '@/lib/db'
import { getPublicOrganization } from '@/lib/public/organizations'
import { publicContributionWhere, publicPartnershipWhere } from '@/lib/public/where'
import { connect } from '../setup/db'
import { factories } from '../factories'

const prisma = connect()
const make = factories(prisma)
let slugOf = ''
let orgId = ''
const titles: Record<string, string> = {}

afterAll(async () => {
  await make.cleanup()
  await prisma.$disconnect()
  await app.$disconnect()
})

beforeAll(async () => {
  const org = await make.organization({ name: 'Involved NGO' })
  const other = await make.organization({ name: 'Other NGO' })
  orgId = org.id
  slugOf = org.slug
  const partnership = async (key: string, o: { party?: boolean; status?: 'PUBLISHED' | 'DRAFT'; year: number }) => {
    const p = await prisma.partnership.create({
      data: {
        slug: `test-${make.tag}-${randomUUID().slice(0, 8)}`,
        title: { en: `Involvement ${key}` },
        ownerOrganizationId: other.id,
        publicationStatus: o.status ?? 'PUBLISHED',
        startDate: new Date(Date.UTC(o.year, 0, 1)),
        startPrecision: 'YEAR',
        parties: {
          create: [
            { organizationId: other.id, nameAsReported: 'Other NGO', partyType: 'CSO', isLead: true },
            ...(o.party ? [{ organizationId: org.id, nameAsReported: 'Involved NGO', partyType: 'CSO' as const }] : []),
          ],
        },
      },
    })
    titles[p.slug] = key
    return p
  }
  const line = async (
    partnershipId: string,
    o: { as: 'party' | 'member' | 'none'; line?: 'PUBLISHED' | 'DRAFT'; project?: 'PUBLISHED' | 'DRAFT' },
  ) => {
    const project = await prisma.project.create({
      data: {
        title: { en: 'Involvement project' },
        ownerOrganizationId: other.id,
        partnershipId,
        publicationStatus: o.project ?? 'PUBLISHED',
      },
    })
    await prisma.contribution.create({
      data: {
        projectId: project.id,
        partyForm: o.as === 'member' ? 'GROUP' : 'ORGANIZATION',
        partyOrganizationId: o.as === 'party' ? org.id : o.as === 'none' ? other.id : null,
        partyNameAsReported: 'Someone',
        partyType: 'CSO',
        kind: 'CASH',
        ownerOrganizationId: other.id,
        publicationStatus: o.line ?? 'PUBLISHED',
        ...(o.as === 'member'
          ? { groupMembers: { create: [{ organizationId: org.id }, { organizationId: other.id }] } }
          : {}),
      },
    })
  }
  await partnership('party', { party: true, year: 2001 })
  await line((await partnership('paid as the party', { year: 2002 })).id, { as: 'party' })
  await line((await partnership('paid in a group', { year: 2003 })).id, { as: 'member' })
  // Listed as a party and paid too: once in the list, its line counted.
  const both = await partnership('party and paid', { party: true, year: 2004 })
  await line(both.id, { as: 'party' })
  // Not listed: a draft partnership, a draft line, a line in a draft project, someone else's line.
  await line((await partnership('draft partnership', { party: true, status: 'DRAFT', year: 2005 })).id, { as: 'party' })
  await line((await partnership('draft line', { year: 2006 })).id, { as: 'party', line: 'DRAFT' })
  await line((await partnership('draft project', { year: 2007 })).id, { as: 'party', project: 'DRAFT' })
  await line((await partnership('another party paid', { year: 2008 })).id, { as: 'none' })
})

describe('an organization’s public involvement', () => {
  it('lists the partnerships it is a party to or paid into, and counts its public lines', async () => {
    const o = await getPublicOrganization(slugOf)
    expect(o).not.toBeNull()
    expect(o!.partnerships.map((p) => titles[p.slug])).toEqual([
      'party',
      'paid as the party',
      'paid in a group',
      'party and paid',
    ])
    expect(o!.contributions).toBe(3)
  })

  it('agrees with the rule as a filter over every partnership and line', async () => {
    const contributed = {
      AND: [
        publicContributionWhere,
        { OR: [{ partyOrganizationId: orgId }, { groupMembers: { some: { organizationId: orgId } } }] },
      ],
    }
    const [partnerships, lines] = await Promise.all([
      prisma.partnership.findMany({
        where: {
          AND: [
            publicPartnershipWhere,
            {
              OR: [
                { parties: { some: { organizationId: orgId } } },
                { projects: { some: { contributions: { some: contributed } } } },
              ],
            },
          ],
        },
        select: { slug: true },
        orderBy: { startDate: 'asc' },
      }),
      prisma.contribution.count({ where: contributed }),
    ])
    const o = await getPublicOrganization(slugOf)
    expect(o!.partnerships.map((p) => p.slug)).toEqual(partnerships.map((p) => p.slug))
    expect(o!.contributions).toBe(lines)
  })
})
