// The donor programmes of seeds 000–002 after a fresh seed (the worker's database is migrated and
// seeded by `tsx prisma/seed.ts`): loaded by the importer, owned by their reporting organizations, on
// the places they name (a programme of seven aiyl okmots on each of the seven), the national one marked
// national and on no place; a second seed changes nothing and the importer's dry run reports 0 changes.
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importFiles, readImportDirectory } from '@/lib/import/run'
import { getSubtreeRecords } from '@/lib/public/territories'
import { DATA_DIR } from '@/prisma/seed/load'
import { PROGRAMMES_DIR, readProgrammeIndex } from '@/prisma/seed/programmes'
import { runSeed } from '@/prisma/seed/run'
import { connect, fingerprint } from '../setup/db'

const prisma = connect()
afterAll(() => prisma.$disconnect())

const BATKEN_SEVEN = [
  'KG05214849000', // Ak-Tatyr
  'KG05214848000', // Ak-Sai
  'KG05214846000', // Samarkandek
  'KG05214814000', // Tort-Kul
  'KG05214823000', // Kara-Bak
  'KG05214852000', // Suu-Bashy
  'KG05214835000', // Kyshtut
].sort()
const UNDP_SITES = ['KG05258804000', 'KG05214835000', 'KG03211610010'].sort() // Ak-Turpak, Kyshtut, Kerben

const programme = (titleEn: string) =>
  prisma.programme.findFirstOrThrow({
    where: { title: { path: ['en'], equals: titleEn } },
    include: {
      ownerOrganization: { select: { name: true } },
      parties: { select: { role: true, organization: { select: { name: true } } } },
      territories: { select: { territory: { select: { code: true } } } },
      projects: { include: { territories: { select: { territory: { select: { code: true } } } } } },
      grants: {
        include: {
          funder: { select: { name: true } },
          recipient: { select: { name: true } },
          project: { include: { territories: { select: { territory: { select: { code: true } } } } } },
        },
      },
      targets: true,
    },
  })
type Loaded = Awaited<ReturnType<typeof programme>>
const en = (json: unknown) => (json as { en?: string }).en
const codes = (rows: { territory: { code: string } }[]) => rows.map((r) => r.territory.code).sort()
const parties = (p: Loaded) => p.parties.map((x) => `${x.role} ${en(x.organization.name)}`).sort()

describe('the donor programmes of the seeds', () => {
  it('000 RDF/NED: on each of the seven aiyl okmots of Batken rayon, with its grant placed by its project', async () => {
    const p = await programme(
      'Mitigating Conflicts in Border Villages of Kyrgyzstan by Improving Local Government Service Delivery to the Population',
    )
    expect(en(p.ownerOrganization.name)).toBe('Rural Development Fund (RDF)')
    expect(p.publicationStatus).toBe('PUBLISHED')
    expect(p.national).toBe(false)
    expect(parties(p)).toEqual([
      'DONOR National Endowment for Democracy (NED)',
      'IMPLEMENTER Rural Development Fund (RDF)',
    ])
    expect(codes(p.territories)).toEqual(BATKEN_SEVEN)
    expect([p.startDate?.toISOString().slice(0, 10), p.startPrecision]).toEqual(['2012-10-01', 'MONTH'])
    expect([p.endDate?.toISOString().slice(0, 7), p.endPrecision]).toEqual(['2013-10', 'MONTH'])
    expect(p.budgetMinor).toBeNull() // not stated: unknown, never 0
    expect(p.projects).toHaveLength(1)
    expect(codes(p.projects[0].territories)).toEqual(BATKEN_SEVEN)
    expect(p.grants).toHaveLength(1)
    const [grant] = p.grants
    expect([en(grant.funder.name), en(grant.recipient.name), grant.amountMinor]).toEqual([
      'National Endowment for Democracy (NED)',
      'Rural Development Fund (RDF)',
      null,
    ])
    expect(codes(grant.project!.territories)).toEqual(BATKEN_SEVEN)
    expect(p.targets.map((t) => Number(t.value))).toEqual([1, 1, 1])
    expect(p.targets.every((t) => t.kind === 'TARGET')).toBe(true)

    // The place page of each of the seven lists the programme and its grant.
    for (const code of BATKEN_SEVEN) {
      const territory = await prisma.territory.findUniqueOrThrow({ where: { code }, select: { path: true } })
      const records = await getSubtreeRecords(territory.path)
      expect(
        records.programmes.items.map((r) => r.slug),
        code,
      ).toContain(p.slug)
      expect(
        records.grants.items.map((g) => g.id),
        code,
      ).toContain(grant.id)
    }
    // …and a neighbouring aiyl okmot of the same rayon does not.
    const other = await prisma.territory.findFirstOrThrow({
      where: { parent: { code: 'KG05214000000' }, code: { notIn: BATKEN_SEVEN } },
      select: { path: true },
    })
    expect((await getSubtreeRecords(other.path)).programmes.items.map((r) => r.slug)).not.toContain(p.slug)
  })

  it('001 UNDP: on its three pilot sites, owned by the casebook’s UNDP, no grant stated', async () => {
    const p = await programme(
      'Strengthening dialogue and interaction between local authorities, NGOs and communities on social cohesion',
    )
    const undp = await prisma.organization.findUniqueOrThrow({ where: { slug: 'undp' }, select: { id: true } })
    expect(p.ownerOrganizationId).toBe(undp.id)
    expect(await prisma.organization.count({ where: { name: { path: ['en'], equals: 'UNDP' } } })).toBe(1)
    expect(p.national).toBe(false)
    expect(codes(p.territories)).toEqual(UNDP_SITES)
    expect(codes(p.projects[0].territories)).toEqual(UNDP_SITES)
    expect(p.grants).toEqual([])
    expect(p.targets.map((t) => Number(t.value)).sort((a, b) => a - b)).toEqual([3, 3, 60])
  })

  it('002 Active Communities: national, on no place, with its stated budget and partners', async () => {
    const p = await programme('Active Communities (Jigerduu Jarandar)')
    expect(en(p.ownerOrganization.name)).toBe('FHI 360')
    expect(p.national).toBe(true)
    expect(p.territories).toEqual([])
    expect(p.projects).toHaveLength(4)
    expect(p.projects.every((x) => x.territories.length === 0)).toBe(true)
    expect([p.budgetMinor, p.budgetCurrency]).toEqual([1_400_000_000n, 'USD'])
    expect(parties(p)).toEqual([
      'DONOR United States Agency for International Development (USAID)',
      'IMPLEMENTER FHI 360',
      'PARTNER ACTED',
      'PARTNER Ferghana Valley Lawyers Without Borders',
    ])
    expect(p.grants.map((g) => [en(g.funder.name), en(g.recipient.name), g.amountMinor])).toEqual([
      ['United States Agency for International Development (USAID)', 'FHI 360', null],
    ])
    const legalAid = p.targets.find((t) => en(t.indicator)?.startsWith('People reached'))
    expect([Number(legalAid?.value), legalAid?.qualifier]).toEqual([10000, 'MORE_THAN'])
    // Not smeared over the country: no oblast page lists it.
    const oblast = await prisma.territory.findUniqueOrThrow({ where: { code: 'KG-B' }, select: { path: true } })
    expect((await getSubtreeRecords(oblast.path)).programmes.items.map((r) => r.slug)).not.toContain(p.slug)
  })

  it('the programmes, their projects and targets speak Kyrgyz, Russian and English', async () => {
    const seeded = await prisma.programme.findMany({
      where: {
        OR: ['Rural Development Fund (RDF)', 'UNDP', 'FHI 360'].map((owner) => ({
          ownerOrganization: { name: { path: ['en'], equals: owner } },
        })),
      },
      select: {
        title: true,
        description: true,
        projects: { select: { title: true, description: true } },
        targets: { select: { indicator: true, unit: true } },
      },
    })
    expect(seeded).toHaveLength(3)
    const texts = seeded.flatMap((p) => [
      p.title,
      p.description,
      ...p.projects.flatMap((x) => [x.title, x.description]),
      ...p.targets.flatMap((t) => [t.indicator, t.unit]),
    ])
    for (const text of texts)
      expect(Object.keys(text as object).sort(), JSON.stringify(text)).toEqual(['en', 'ky', 'ru'])
  })

  it('seeding again changes nothing, and the importer’s dry run of every seed file reports 0 changes', async () => {
    const before = await fingerprint(prisma)
    const logs: string[] = []
    expect(await runSeed(prisma, { log: (l) => void logs.push(l) })).toBe(0)
    expect(logs.join('\n')).toContain('donor programmes (000, 001, 002): already up to date, nothing changed')
    expect(await fingerprint(prisma)).toEqual(before)

    for (const { seed, reportingOrganization } of readProgrammeIndex(DATA_DIR)) {
      const files = await readImportDirectory(path.join(DATA_DIR, PROGRAMMES_DIR, seed))
      const owner = await prisma.organization.findFirstOrThrow({
        where: { name: { path: ['en'], equals: reportingOrganization } },
      })
      const programmeFiles = files.filter((f) => !f.name.startsWith('organizations'))
      const dry = await importFiles(prisma, {
        files: programmeFiles,
        organizationId: owner.id,
        actor: null,
        access: null,
        dryRun: true,
      })
      expect(dry.problems, seed).toEqual([])
      expect([dry.counts.created, dry.counts.updated], seed).toEqual([0, 0])
      expect(dry.counts.unchanged, seed).toBeGreaterThan(0)
    }
    expect(await fingerprint(prisma)).toEqual(before)
  })
})
