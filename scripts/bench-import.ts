// `npm run bench:import`: imports 10,000 project rows and 10,000 contribution rows (CSV, through the
// same code path as an upload) into a scratch database of its own, and writes the times to
// docs/BENCHMARKS.md. The target: ≤ 30 s for the import.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { importFiles } from '@/lib/import/run'

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000)
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) })

const kinds: Record<string, string> = {
  oblast: 'OBLAST',
  republican_city: 'REPUBLICAN_CITY',
  rayon: 'RAYON',
  oblast_city: 'OBLAST_CITY',
  town: 'TOWN',
  aiyl_okmot: 'AIYL_OKMOT',
}

/** The territory list from prisma/data/geo (the importer matches places against it). */
async function territories() {
  if (await prisma.territory.count()) return
  const rows = readFileSync('prisma/data/geo/admin-units.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
  const ids = new Map<string, { id: string; path: string }>()
  for (const level of [1, 2, 3]) {
    const data = rows
      .filter((r) => Number(r[1]) === level)
      .map((r) => {
        const parent = r[2] ? ids.get(r[2]) : undefined
        const slug = r[0].toLowerCase()
        const id = `cbench${r[0].toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 30).padEnd(25, '0')
        ids.set(r[0], { id, path: parent ? `${parent.path}/${slug}` : slug })
        return {
          id,
          code: r[0],
          level,
          kind: kinds[r[6]] as 'OBLAST',
          parentId: parent?.id ?? null,
          name: { en: r[3], ru: r[4], ky: r[5] },
          slug,
          path: ids.get(r[0])!.path,
          source: 'bench',
        }
      })
    await prisma.territory.createMany({ data })
  }
}

function csv(rows: string[][]) {
  return new TextEncoder().encode(rows.map((r) => r.join(',')).join('\r\n'))
}

try {
  await territories()
  const org = await prisma.organization.upsert({
    where: { slug: 'bench-import-ngo' },
    update: {},
    create: {
      id: 'cbenchimportngo0000000000',
      slug: 'bench-import-ngo',
      kind: 'PUBLIC_ASSOCIATION',
      name: { en: 'Bench NGO' },
      ownerOrganizationId: 'cbenchimportngo0000000000',
    },
  })
  const rayons = (await prisma.territory.findMany({ where: { level: 2 }, select: { code: true } })).map((t) => t.code)
  const projects = [['external_id', 'title_en', 'title_ru', 'start_date', 'end_date', 'places']]
  const lines = [['external_id', 'project', 'party_name', 'party_type', 'kind', 'amount', 'currency', 'value_date']]
  for (let i = 0; i < ROWS; i++) {
    projects.push([`p-${i}`, `Project ${i}`, `Проект ${i}`, '2020', '2021', `${rayons[i % rayons.length]}`])
    lines.push([`c-${i}`, `p-${i}`, `Community ${i}`, 'COMMUNITY', 'CASH', String(1000 + i), 'KGS', '2021'])
  }
  const files = [
    { name: 'projects.csv', bytes: csv(projects) },
    { name: 'contributions.csv', bytes: csv(lines) },
  ]
  const acting = { organizationId: org.id, actor: null, access: { via: 'admin' as const } }
  const time = async (dryRun: boolean) => {
    const t = performance.now()
    const r = await importFiles(prisma, { ...acting, files, dryRun })
    if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 5)))
    return { seconds: (performance.now() - t) / 1000, counts: r.counts }
  }
  const dry = await time(true)
  const commit = await time(false)
  const again = await time(false)
  const f = (s: number) => s.toFixed(1)
  const section = [
    '## Bulk import (`npm run bench:import`)',
    '',
    `${ROWS.toLocaleString('en')} project rows (each with a place) and ${ROWS.toLocaleString('en')} contribution rows, two CSV files,`,
    'through `importFiles` (the code path of an upload), into an empty scratch PGlite database. Target: ≤ 30 s.',
    '',
    '| Step | Seconds | Result |',
    '| --- | --- | --- |',
    `| Dry run (read, resolve, compare) | ${f(dry.seconds)} | ${dry.counts.created} to create |`,
    `| Import (dry run + one transaction) | ${f(commit.seconds)} | ${commit.counts.created} created |`,
    `| The same files again | ${f(again.seconds)} | ${again.counts.unchanged} unchanged |`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} shared cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
  ].join('\n')
  const path = 'docs/BENCHMARKS.md'
  const START = '<!-- bench:import:start -->'
  const END = '<!-- bench:import:end -->'
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n'
  const block = `${START}\n${section}\n${END}`
  writeFileSync(
    path,
    doc.includes(START) ? doc.replace(new RegExp(`${START}[\\s\\S]*${END}`), block) : `${doc.trimEnd()}\n\n${block}\n`,
  )
  console.log(section)
  if (commit.seconds > 30) process.exitCode = 1
} finally {
  await prisma.$disconnect()
}
