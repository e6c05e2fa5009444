// Where a grant shows (issue 12, item 5): "a grant is placed by its project's places, else by its
// recipient's home". Read through the public boundary (getSubtreeRecords, the place pages' loader), so the
// publication rules still apply: an unpublished grant, a grant of a draft project or programme, and a
// grant whose recipient is a draft (its home must not be revealed) show on no place page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getSubtreeRecords } from '@/lib/public/territories'
import { factories } from '../factories'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)

type Place = { id: string; path: string }
let rayon: Place // the recipient's home
let village: Place // an aiyl okmot below it
let elsewhere: Place // a rayon of another oblast (the project's place)

const placeOf = (code: string) =>
  prisma.territory.findUniqueOrThrow({ where: { code }, select: { id: true, path: true } })

beforeAll(async () => {
  rayon = await placeOf('KG05214000000') // Batken rayon
  village = await placeOf('KG05214835000') // Kyshtut, in Batken rayon
  elsewhere = await prisma.territory.findFirstOrThrow({
    where: { level: 2, NOT: { path: { startsWith: rayon.path.split('/')[0] } } },
    select: { id: true, path: true },
  })
})
afterAll(() => f.cleanup())

/** The ids of the public grants a place page lists (all pages). */
async function grantsOn(place: Place) {
  const records = await getSubtreeRecords(place.path, { pages: { grants: 1 } })
  const ids = new Set(records.grants.items.map((g) => g.id))
  for (let page = 2; (page - 1) * records.grants.pageSize < records.grants.total; page++)
    for (const g of (await getSubtreeRecords(place.path, { pages: { grants: page } })).grants.items) ids.add(g.id)
  return ids
}

describe('a grant on the place pages', () => {
  it('is placed by its project’s places, else by its recipient’s home — public records only', async () => {
    const funder = await f.organization({ name: 'Placement funder' })
    const recipient = await f.organization({ name: 'Placement recipient' })
    await prisma.organization.update({ where: { id: recipient.id }, data: { homeTerritoryId: village.id } })
    const draftRecipient = await f.organization({ name: 'Placement draft recipient', publicationStatus: 'DRAFT' })
    await prisma.organization.update({ where: { id: draftRecipient.id }, data: { homeTerritoryId: village.id } })
    const owner = funder.id
    const grant = (data: {
      recipientId?: string
      projectId?: string
      programmeId?: string
      publicationStatus?: 'DRAFT' | 'PUBLISHED'
    }) =>
      prisma.grant.create({
        data: {
          funderId: funder.id,
          recipientId: data.recipientId ?? recipient.id,
          projectId: data.projectId,
          programmeId: data.programmeId,
          ownerOrganizationId: owner,
          publicationStatus: data.publicationStatus ?? 'PUBLISHED',
        },
      })
    const project = (status: 'DRAFT' | 'PUBLISHED', places: string[]) =>
      prisma.project.create({
        data: {
          title: { en: 'Placement project' },
          ownerOrganizationId: owner,
          publicationStatus: status,
          territories: { create: places.map((territoryId) => ({ territoryId })) },
        },
      })
    const placedProject = await project('PUBLISHED', [elsewhere.id])
    const placelessProject = await project('PUBLISHED', [])
    const draftProject = await project('DRAFT', [])
    const draftProgramme = await prisma.programme.create({
      data: { slug: `test-${f.tag}-placement`, title: { en: 'Placement programme' }, ownerOrganizationId: owner },
    })

    const noProject = await grant({})
    const byProject = await grant({ projectId: placedProject.id })
    const placeless = await grant({ projectId: placelessProject.id })
    const unpublished = await grant({ publicationStatus: 'DRAFT' })
    const ofDraftProject = await grant({ projectId: draftProject.id })
    const ofDraftProgramme = await grant({ programmeId: draftProgramme.id })
    const toDraftRecipient = await grant({ recipientId: draftRecipient.id })

    const home = await grantsOn(village)
    const homeRayon = await grantsOn(rayon)
    const other = await grantsOn(elsewhere)

    // No project, or a project with no places: the recipient's home, and every place above it.
    for (const ids of [home, homeRayon]) {
      expect(ids.has(noProject.id)).toBe(true)
      expect(ids.has(placeless.id)).toBe(true)
    }
    expect(other.has(noProject.id)).toBe(false)
    // A project with places: those places, not the recipient's home.
    expect(other.has(byProject.id)).toBe(true)
    expect(home.has(byProject.id)).toBe(false)
    expect(homeRayon.has(byProject.id)).toBe(false)
    // The public boundary still decides: nothing unpublished, nothing of a draft parent, no draft's home.
    for (const hidden of [unpublished, ofDraftProject, ofDraftProgramme, toDraftRecipient])
      for (const ids of [home, homeRayon, other]) expect(ids.has(hidden.id)).toBe(false)

    // Published, the draft recipient's grant shows on its home (its home is public with it).
    await prisma.organization.update({ where: { id: draftRecipient.id }, data: { publicationStatus: 'PUBLISHED' } })
    expect((await grantsOn(village)).has(toDraftRecipient.id)).toBe(true)
  })
})
