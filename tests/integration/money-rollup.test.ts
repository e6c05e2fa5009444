// The cost-share rollup (docs/decisions/023-money-rollup.md) against its definition: after every kind of
// write the public figures are made of — through the mutations the forms call — the MoneyRollup table holds
// exactly what the ledger, read line by line with the public rule and the one rule of what adds up
// (lib/public/sql.ts, lib/public/totals.ts), gives per bucket; and the figures a page shows from it equal
// the ones computed from the ledger, for the nation, the spanning projects and every level of the places
// touched.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { createContribution, deleteContribution, updateContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput, UpdateContributionInput } from '@/lib/contributions/schema'
import { createPartnership, deletePartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { createProject, deleteProject, updateProject } from '@/lib/projects/mutations'
import { CreateProjectInput, UpdateProjectInput } from '@/lib/projects/schema'
import { getMoneyFigures, getMoneyFiguresFromLedger, getTotalsByRegion, type Scope } from '@/lib/public/money'
import { publicContributionSql } from '@/lib/public/sql'
import { lineClassSql } from '@/lib/public/totals'
import { setPublication } from '@/lib/publishing/mutations'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

type Place = { id: string; path: string }
let editor: Actor, ngo: { id: string }, donor: { id: string }, lsg: { id: string }
let ao1: Place, ao2: Place, ao3: Place

beforeAll(async () => {
  ngo = await f.organization()
  donor = await f.organization({ kind: 'DONOR', name: 'Rollup Fund (test)' })
  editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
  // Two aiyl okmots of one rayon, and one in another oblast.
  const aos = await prisma.territory.findMany({
    where: { level: 3 },
    orderBy: { path: 'asc' },
    select: { id: true, path: true, parentId: true },
  })
  ao1 = aos[0]
  ao2 = aos.find((t) => t.id !== ao1.id && t.parentId === aos[0].parentId)!
  ao3 = aos.find((t) => t.path.split('/')[0] !== ao1.path.split('/')[0])!
  expect(ao2 && ao3).toBeTruthy()
  lsg = await prisma.organization.findFirstOrThrow({ where: { governsTerritoryId: ao1.id } })
})

/** Rows of the rollup that differ from the ledger's, both ways (empty when they agree). */
async function drift() {
  return prisma.$queryRaw<{ side: string; bucket: string; partyType: string; lineClass: string }[]>`
    WITH s AS (
      SELECT coalesce(p."attributedTerritoryId", CASE WHEN p."placeCount" > 1 THEN ':multi' ELSE ':none' END) AS bucket,
        c."partyType"::text AS "partyType", (c.kind = 'CASH') AS cash, ${lineClassSql('c')} AS "lineClass",
        count(*)::integer AS lines,
        sum(CASE WHEN ${lineClassSql('c')} = 'counted' THEN c."amountKgsMinor" END)::bigint AS "kgsMinor",
        sum(CASE WHEN ${lineClassSql('c')} = 'counted' THEN coalesce(c."amountUsdMinor", 0) END)::bigint AS "usdMinor",
        (count(*) FILTER (WHERE c."fxEstimated" AND c.currency <> 'KGS'))::integer AS "estimatedKgs",
        (count(*) FILTER (WHERE c."fxEstimated" AND c.currency <> 'USD'))::integer AS "estimatedUsd"
      FROM "Contribution" c JOIN "Project" p ON p.id = c."projectId"
      WHERE ${publicContributionSql('c', 'p')}
      GROUP BY 1, 2, 3, 4
    ), r AS (
      SELECT bucket, "partyType"::text AS "partyType", cash, "lineClass", lines, "kgsMinor", "usdMinor", "estimatedKgs", "estimatedUsd"
      FROM "MoneyRollup"
    )
    (SELECT 'missing' AS side, bucket, "partyType", "lineClass" FROM (SELECT * FROM s EXCEPT SELECT * FROM r) x)
    UNION ALL
    (SELECT 'stale', bucket, "partyType", "lineClass" FROM (SELECT * FROM r EXCEPT SELECT * FROM s) y)`
}

/** Every scope a page asks for around the places of this test: the rollup's figures and the ledger's. */
async function compareFigures(step: string) {
  const scopes: Scope[] = [{ kind: 'national' }, { kind: 'multiOblast' }]
  for (const t of [ao1, ao2, ao3]) {
    const parts = t.path.split('/')
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join('/')
      scopes.push({ kind: 'subtree', path }, { kind: 'direct', path })
    }
  }
  for (const scope of scopes)
    expect(await getMoneyFigures(scope), `${step}: ${JSON.stringify(scope)}`).toEqual(
      await getMoneyFiguresFromLedger(scope),
    )
  // The home map: each oblast's counted total is its subtree's.
  const regions = await getTotalsByRegion()
  for (const code of [ao1.path.split('/')[0], ao3.path.split('/')[0]]) {
    const t = await prisma.territory.findFirstOrThrow({ where: { path: code } })
    expect(regions.get(t.code), `${step}: region ${code}`).toEqual(
      (await getMoneyFiguresFromLedger({ kind: 'subtree', path: code })).total,
    )
  }
}

const check = async (step: string) => {
  expect(await drift(), step).toEqual([])
  await compareFigures(step)
}

const national = () => getMoneyFigures({ kind: 'national' })
const line = (o: Record<string, unknown>) =>
  CreateContributionInput.parse({ partyForm: 'ORGANIZATION', kind: 'CASH', submissionKey: randomUUID(), ...o })
const version = async (entity: 'Partnership' | 'Project' | 'Contribution', id: string) =>
  (await prisma.$queryRawUnsafe<{ version: number }[]>(`SELECT version FROM "${entity}" WHERE id = $1`, id))[0].version

describe('the cost-share rollup', () => {
  it('equals the ledger after creating, publishing, withholding, changing, moving, withdrawing and deleting', async () => {
    await check('the seeded data')
    const before = await national()

    const partnershipId = (
      await createPartnership(
        editor,
        CreatePartnershipInput.parse({
          title: { en: 'Rollup water' },
          sourceLocale: 'en',
          status: 'ACTIVE',
          parties: [{ organizationId: ngo.id }, { organizationId: lsg.id }],
          submissionKey: randomUUID(),
        }),
      )
    ).id
    const project = (
      await createProject(
        editor,
        partnershipId,
        CreateProjectInput.parse({
          title: { en: 'Rollup pipes' },
          sourceLocale: 'en',
          startDate: '2023',
          endDate: '2024',
          territoryIds: [ao1.id],
          submissionKey: randomUUID(),
        }),
      )
    ).id
    const cash = await createContribution(
      editor,
      project,
      line({ partyOrganizationId: lsg.id, amount: '150 000', currency: 'KGS', valueDate: '2024-05' }),
    )
    const grant = await createContribution(
      editor,
      project,
      line({ partyOrganizationId: donor.id, amount: '2000', currency: 'USD', valueDate: '2024-03' }),
    )
    const labour = await createContribution(
      editor,
      project,
      line({
        partyForm: 'COMMUNITY',
        partyNameAsReported: 'Residents',
        partyType: 'COMMUNITY',
        kind: 'LABOUR',
        amount: '40000',
        currency: 'KGS',
        valuationBasis: 'LOCAL_WAGE_RATE',
      }),
    )
    await createContribution(editor, project, line({ partyOrganizationId: ngo.id, kind: 'PREMISES', shareMin: '20' }))
    await check('drafts created')
    expect((await national()).lines).toBe(before.lines)

    await setPublication(
      editor,
      'Partnership',
      partnershipId,
      await version('Partnership', partnershipId),
      'PUBLISHED',
      {
        withContents: true,
      },
    )
    await check('the partnership published with its project and ledger')
    const published = await national()
    expect(published.lines).toBe(before.lines + 4)
    expect(published.counted).toBe(before.counted + 3)

    /** A cash line of an organization, edited through the form's mutation. */
    const edit = async (id: string, organizationId: string, fields: Record<string, string>) =>
      updateContribution(
        editor,
        id,
        UpdateContributionInput.parse({
          partyForm: 'ORGANIZATION',
          partyOrganizationId: organizationId,
          kind: 'CASH',
          ...fields,
          version: String(await version('Contribution', id)),
        }),
      )
    await edit(grant.id, donor.id, { amount: '2000', currency: 'USD', valueDate: '2024-03', amountWithheld: 'on' })
    await check('a line withheld')
    expect((await national()).classes.withheld).toBe(before.classes.withheld + 1)
    await edit(cash.id, lsg.id, { amount: '175 000', currency: 'KGS', valueDate: '2024-05' })
    await check('an amount changed')
    await edit(cash.id, lsg.id, { amount: '1000', currency: 'EUR', valueDate: '2024-05' })
    await check('a currency changed (an estimated conversion)')

    const move = async (territoryIds: string[]) =>
      updateProject(
        editor,
        project,
        UpdateProjectInput.parse({
          title: { en: 'Rollup pipes' },
          sourceLocale: 'en',
          startDate: '2023',
          endDate: '2024',
          territoryIds,
          version: String(await version('Project', project)),
        }),
      )
    await move([ao1.id, ao2.id])
    await check("the project's places: two aiyl okmots of a rayon")
    await move([ao1.id, ao3.id])
    await check("the project's places: two oblasts")
    expect((await getMoneyFigures({ kind: 'multiOblast' })).lines).toBeGreaterThanOrEqual(4)
    await move([])
    await check("the project's places: none")
    await move([ao3.id])
    await check("the project's places: one aiyl okmot elsewhere")

    await setPublication(editor, 'Project', project, await version('Project', project), 'DRAFT')
    await check('the project withdrawn')
    expect((await national()).lines).toBe(before.lines)
    await setPublication(editor, 'Project', project, await version('Project', project), 'PUBLISHED')
    await check('the project published again')
    await setPublication(editor, 'Partnership', partnershipId, await version('Partnership', partnershipId), 'DRAFT')
    await check('the partnership withdrawn')
    await setPublication(editor, 'Partnership', partnershipId, await version('Partnership', partnershipId), 'PUBLISHED')
    await check('the partnership published again')
    await setPublication(editor, 'Contribution', labour.id, await version('Contribution', labour.id), 'DRAFT')
    await check('a line withdrawn')

    await deleteContribution(editor, cash.id, await version('Contribution', cash.id))
    await check('a line deleted')
    for (const l of await prisma.contribution.findMany({
      where: { projectId: project },
      select: { id: true, version: true },
    }))
      await deleteContribution(editor, l.id, l.version)
    await deleteProject(editor, project, await version('Project', project))
    await deletePartnership(editor, partnershipId, await version('Partnership', partnershipId))
    await check('the ledger, the project and the partnership deleted')
    expect(await national()).toEqual(before)
  })

  it('a project deleted with its ledger in one statement leaves no trace (the cascade)', async () => {
    const before = await national()
    const place = await prisma.territory.findFirstOrThrow({ where: { id: ao2.id } })
    await prisma.$transaction(async (tx) => {
      await tx.project.create({
        data: {
          id: `rollup-${randomUUID()}`,
          title: { en: 'Rollup cascade' },
          sourceLocale: 'en',
          ownerOrganizationId: ngo.id,
          publicationStatus: 'PUBLISHED',
          territories: { create: [{ territoryId: place.id }] },
          contributions: {
            create: [
              {
                id: `rollup-${randomUUID()}`,
                partyForm: 'ORGANIZATION',
                partyOrganizationId: ngo.id,
                partyNameAsReported: 'Test',
                partyType: 'CSO',
                kind: 'CASH',
                amountMinor: 100n,
                currency: 'KGS',
                amountKgsMinor: 100n,
                ownerOrganizationId: ngo.id,
                publicationStatus: 'PUBLISHED',
              },
            ],
          },
        },
      })
    })
    await check('a published project with a line, written directly')
    expect((await national()).lines).toBe(before.lines + 1)
    await prisma.project.deleteMany({ where: { title: { path: ['en'], equals: 'Rollup cascade' } } })
    await check('deleted with its ledger by the cascade')
    expect(await national()).toEqual(before)
  })
})
