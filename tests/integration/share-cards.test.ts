// What a preview image says (lib/og/cards.ts, docs/decisions/022-sharing-previews.md): read through
// the public boundary only — a partnership that is not public has no card, a withheld amount leaves
// no trace in the card's figure, and an unknown total is left out, never shown as 0. The PNG draws
// exactly these strings; the planted-secrets suite cannot read pixels, so the strings are checked here.
import { afterAll, describe, expect, it, vi } from 'vitest'
import { formatMoney } from '@/lib/format'
import { caseStudyCard, funderCard, partnershipCard } from '@/lib/og/cards'
import { factories } from '../factories'
import { connect } from '../setup/db'

vi.mock('next-intl/server', () => import('../setup/next-boundary').then((m) => m.intlServer))
vi.mock('next/cache', async () => ({
  ...(await import('../setup/next-boundary')).nextCache,
  cacheLife: () => {},
  cacheTag: () => {},
}))

const prisma = connect()
const f = factories(prisma)

afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

const COUNTED = 1_234_500n
const WITHHELD = 98_765_400n

/** A partnership with one project in Talas and the given ledger lines (som, minor units). */
async function partnershipWith(
  lines: { amount: bigint | null; withheld?: boolean; funder?: { id: string } }[],
  publicationStatus: 'DRAFT' | 'PUBLISHED' = 'PUBLISHED',
) {
  const ngo = await f.organization()
  const talas = await prisma.territory.findFirstOrThrow({ where: { code: 'KG-T' } })
  const p = await prisma.partnership.create({
    data: {
      slug: `share-${f.tag}-${Math.random().toString(36).slice(2, 8)}`,
      title: { en: 'Wells for Kök-Oy', ru: 'Колодцы для Кок-Оя', ky: 'Көк-Ойго кудуктар' },
      ownerOrganizationId: ngo.id,
      publicationStatus,
      startDate: new Date('2019-01-01'),
      startPrecision: 'YEAR',
      endDate: new Date('2021-01-01'),
      endPrecision: 'YEAR',
      territories: { create: [{ territoryId: talas.id, isPrimary: true }] },
    },
  })
  const project = await prisma.project.create({
    data: {
      partnershipId: p.id,
      title: { en: 'Wells' },
      ownerOrganizationId: ngo.id,
      publicationStatus: 'PUBLISHED',
    },
  })
  for (const l of lines)
    await prisma.contribution.create({
      data: {
        projectId: project.id,
        partyForm: l.funder ? 'ORGANIZATION' : 'NAMED',
        partyOrganizationId: l.funder?.id ?? null,
        partyNameAsReported: 'A party',
        partyType: l.funder ? 'DONOR' : 'CSO',
        kind: 'CASH',
        amountMinor: l.amount,
        currency: l.amount === null ? null : 'KGS',
        amountKgsMinor: l.amount,
        amountUsdMinor: l.amount === null ? null : l.amount / 87n,
        amountWithheld: l.withheld ?? false,
        ownerOrganizationId: ngo.id,
        publicationStatus: 'PUBLISHED',
      },
    })
  return { ...p, ngo, territoryId: talas.id }
}

describe('preview cards', () => {
  it('a public partnership: its title in the language asked, its place, years and the public total only', async () => {
    const p = await partnershipWith([{ amount: COUNTED }, { amount: WITHHELD, withheld: true }])
    const card = await partnershipCard(p.slug, 'ky')
    expect(card).not.toBeNull()
    expect(card!.title).toBe('Көк-Ойго кудуктар')
    expect(card!.lines.filter(Boolean)).toHaveLength(2)
    expect(card!.figure?.value).toBe(formatMoney(COUNTED, 'KGS', 'ky', { compact: true }))
    // Nothing of the withheld line: not its amount, nor the sum it would make.
    const text = JSON.stringify(card)
    for (const hidden of [WITHHELD, WITHHELD + COUNTED])
      for (const form of [String(hidden / 100n), formatMoney(hidden, 'KGS', 'ky', { compact: true })])
        expect(text).not.toContain(form)
    expect((await partnershipCard(p.slug, 'en'))!.title).toBe('Wells for Kök-Oy')
  })

  it('a total that is not known (only withheld or unstated amounts) is left out, not shown as 0', async () => {
    const p = await partnershipWith([{ amount: WITHHELD, withheld: true }, { amount: null }])
    const card = await partnershipCard(p.slug, 'ru')
    expect(card).not.toBeNull()
    expect(card!.figure ?? null).toBeNull()
    expect(JSON.stringify(card)).not.toMatch(/\b0\s*сом/)
  })

  it('a draft or withdrawn partnership, and a case study about it, have no card', async () => {
    const p = await partnershipWith([{ amount: COUNTED }], 'DRAFT')
    expect(await partnershipCard(p.slug, 'en')).toBeNull()
    const cs = await prisma.caseStudy.create({
      data: {
        slug: `share-cs-${f.tag}`,
        title: { en: 'A case about a withdrawn partnership' },
        sourceLocale: 'en',
        partnershipId: p.id,
        ownerOrganizationId: p.ngo.id,
        publicationStatus: 'PUBLISHED',
      },
    })
    expect(await caseStudyCard(cs.slug, 'en')).toBeNull()
    // Published again, both have one.
    await prisma.partnership.update({ where: { id: p.id }, data: { publicationStatus: 'PUBLISHED' } })
    expect((await caseStudyCard(cs.slug, 'en'))?.title).toBe('A case about a withdrawn partnership')
    expect(await partnershipCard('no-such-partnership', 'en')).toBeNull()
  })

  it('a public funder: its name, how many projects where, its years and its public total only', async () => {
    const donor = await f.organization({ kind: 'DONOR', name: `Card donor ${f.tag}` })
    const p = await partnershipWith([
      { amount: COUNTED, funder: donor },
      { amount: WITHHELD, withheld: true, funder: donor },
    ])
    await prisma.project.updateMany({
      where: { partnershipId: p.id },
      data: { startDate: new Date('2019-01-01'), startPrecision: 'YEAR' },
    })
    await prisma.projectTerritory.createMany({
      data: (await prisma.project.findMany({ where: { partnershipId: p.id } })).map((pr) => ({
        projectId: pr.id,
        territoryId: p.territoryId,
      })),
    })
    const card = await funderCard(donor.slug, 'en')
    // (Messages are their keys here: next-intl is the tests' stand-in, tests/setup/next-boundary.ts.)
    expect(card).toMatchObject({ kicker: 'funders.funder', title: `Card donor ${f.tag}` })
    expect(card!.lines).toEqual(['funderCounts', '2019'])
    expect(card!.figure?.value).toBe(formatMoney(COUNTED, 'KGS', 'en', { compact: true }))
    const text = JSON.stringify(await funderCard(donor.slug, 'ru'))
    for (const hidden of [WITHHELD, WITHHELD + COUNTED])
      for (const form of [String(hidden / 100n), formatMoney(hidden, 'KGS', 'ru', { compact: true })])
        expect(text).not.toContain(form)
    // A funder whose only amount is withheld has no figure, not 0; a draft one, or one that funds nothing, no card.
    const quiet = await f.organization({ kind: 'DONOR' })
    await partnershipWith([{ amount: WITHHELD, withheld: true, funder: quiet }])
    const quietCard = await funderCard(quiet.slug, 'en')
    expect(quietCard).not.toBeNull()
    expect(quietCard!.figure ?? null).toBeNull()
    await prisma.organization.update({ where: { id: quiet.id }, data: { publicationStatus: 'DRAFT' } })
    expect(await funderCard(quiet.slug, 'en')).toBeNull()
    expect(await funderCard(p.ngo.slug, 'en')).toBeNull()
  })
})
