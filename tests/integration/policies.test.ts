// The pure policies (used on single rows) and the where-builders (used for lists) must give the same
// answer. Checked on real rows: partnerships, projects and ledger lines with various owners and parties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REGISTRY_EDITORS_ID, type Actor } from '@/lib/auth/roles'
import { canEditContribution, contributionEditableWhere, contributionPolicySelect } from '@/lib/contributions/policy'
import { canEditPartnership, partnershipEditableWhere, partnershipPolicySelect } from '@/lib/partnerships/policy'
import { canEditProject, projectEditableWhere, projectPolicySelect } from '@/lib/projects/policy'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  // Some rows here belong to a seeded aiyl okmot or the registry editors: remove them by id.
  await prisma.contribution.deleteMany({ where: { id: { in: contributionIds } } })
  await prisma.project.deleteMany({ where: { id: { in: projectIds } } })
  await prisma.partnership.deleteMany({ where: { id: { in: partnershipIds } } })
  await f.cleanup()
  await prisma.$disconnect()
})

let actors: Record<string, Actor> = {}
const partnershipIds: string[] = []
const projectIds: string[] = []
const contributionIds: string[] = []

beforeAll(async () => {
  const [ngoA, ngoB, ngoC, biz] = [
    await f.organization(),
    await f.organization(),
    await f.organization(),
    await f.organization({ kind: 'BUSINESS' }),
  ]
  const ao = await f.lsgBody('KG07232820000')
  actors = {
    admin: await actorOf(await f.user({ admin: true })),
    editorA: await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'EDITOR' }] })),
    editorB: await actorOf(await f.user({ memberships: [{ organizationId: ngoB.id, role: 'EDITOR' }] })),
    editorC: await actorOf(await f.user({ memberships: [{ organizationId: ngoC.id, role: 'EDITOR' }] })),
    bizEditor: await actorOf(await f.user({ memberships: [{ organizationId: biz.id, role: 'EDITOR' }] })),
    official: await actorOf(await f.user({ memberships: [{ organizationId: ao.id, role: 'OFFICIAL' }] })),
    viewerA: await actorOf(await f.user({ memberships: [{ organizationId: ngoA.id, role: 'VIEWER' }] })),
    nobody: await actorOf(await f.user()),
  }
  const shapes: { owner: string; parties: [string, 'CSO' | 'LSG' | 'BUSINESS'][] }[] = [
    {
      owner: ngoA.id,
      parties: [
        [ngoA.id, 'CSO'],
        [ao.id, 'LSG'],
      ],
    },
    {
      owner: ngoA.id,
      parties: [
        [ngoA.id, 'CSO'],
        [ngoC.id, 'CSO'],
        [biz.id, 'BUSINESS'],
      ],
    },
    {
      owner: ngoB.id,
      parties: [
        [ngoB.id, 'CSO'],
        [ao.id, 'LSG'],
      ],
    },
    {
      owner: ao.id,
      parties: [
        [ngoC.id, 'CSO'],
        [ao.id, 'LSG'],
      ],
    },
    {
      owner: REGISTRY_EDITORS_ID,
      parties: [
        [ngoA.id, 'CSO'],
        [ao.id, 'LSG'],
      ],
    }, // seeded: admins only
  ]
  for (const [i, s] of shapes.entries()) {
    const p = await prisma.partnership.create({
      data: {
        slug: `${f.tag}-policy-${i}`,
        title: { en: `policy ${i}` },
        ownerOrganizationId: s.owner,
        parties: {
          create: s.parties.map(([organizationId, partyType]) => ({ organizationId, partyType, nameAsReported: 'x' })),
        },
      },
    })
    partnershipIds.push(p.id)
    // One project owned by the partnership's owner, one by ngoC (reached through the partnership).
    for (const owner of [s.owner, ngoC.id]) {
      const pr = await prisma.project.create({
        data: { title: { en: 'p' }, partnershipId: p.id, ownerOrganizationId: owner },
      })
      projectIds.push(pr.id)
      const c = await prisma.contribution.create({
        data: {
          projectId: pr.id,
          partyForm: 'NAMED',
          partyNameAsReported: 'x',
          partyType: 'OTHER',
          kind: 'CASH',
          ownerOrganizationId: owner,
        },
      })
      contributionIds.push(c.id)
    }
  }
  // A project outside any partnership, owned by ngoB.
  const lone = await prisma.project.create({ data: { title: { en: 'lone' }, ownerOrganizationId: ngoB.id } })
  projectIds.push(lone.id)
})

describe('policies and where-builders agree', () => {
  it('on partnerships', async () => {
    const rows = await prisma.partnership.findMany({
      where: { id: { in: partnershipIds } },
      select: { id: true, ...partnershipPolicySelect },
    })
    for (const [name, actor] of Object.entries(actors)) {
      const byPolicy = rows
        .filter((r) => canEditPartnership(actor, r))
        .map((r) => r.id)
        .sort()
      const byWhere = (
        await prisma.partnership.findMany({
          where: { AND: [{ id: { in: partnershipIds } }, partnershipEditableWhere(actor)] },
          select: { id: true },
        })
      )
        .map((r) => r.id)
        .sort()
      expect(byWhere, name).toEqual(byPolicy)
    }
    // And the rules say what the issues say: owners and admins; a co-party (editorC, the official) edits
    // only its own lines, never the owner's partnership (issue "Trust", item 2).
    const count = (name: string) => rows.filter((r) => canEditPartnership(actors[name], r)).length
    expect([
      count('admin'),
      count('editorA'),
      count('editorB'),
      count('editorC'),
      count('bizEditor'),
      count('official'),
      count('viewerA'),
      count('nobody'),
    ]).toEqual([5, 2, 1, 0, 0, 1, 0, 0])
  })

  it('on projects and ledger lines', async () => {
    const projects = await prisma.project.findMany({
      where: { id: { in: projectIds } },
      select: { id: true, ...projectPolicySelect },
    })
    const lines = await prisma.contribution.findMany({
      where: { id: { in: contributionIds } },
      select: { id: true, ...contributionPolicySelect },
    })
    for (const [name, actor] of Object.entries(actors)) {
      const projectWhere = (
        await prisma.project.findMany({
          where: { AND: [{ id: { in: projectIds } }, projectEditableWhere(actor)] },
          select: { id: true },
        })
      )
        .map((r) => r.id)
        .sort()
      expect(projectWhere, `projects: ${name}`).toEqual(
        projects
          .filter((r) => canEditProject(actor, r))
          .map((r) => r.id)
          .sort(),
      )
      const lineWhere = (
        await prisma.contribution.findMany({
          where: { AND: [{ id: { in: contributionIds } }, contributionEditableWhere(actor)] },
          select: { id: true },
        })
      )
        .map((r) => r.id)
        .sort()
      expect(lineWhere, `contributions: ${name}`).toEqual(
        lines
          .filter((r) => canEditContribution(actor, r))
          .map((r) => r.id)
          .sort(),
      )
    }
  })
})
