// The donor programmes of seeds 000–002 (prisma/data/programmes/<seed>/*.csv), loaded through the
// importer: the code path a user's uploaded file takes (lib/import/run.ts), not a second writer.
// Each seed folder is imported in two steps: its organizations.csv as the registry's editors (who
// register organizations, as for the casebook), then its other files as the programme's reporting
// organization (index.csv), which owns the programme, its projects, grants and targets.
// Every step is dry-run first and committed only when the dry run finds something to change, so a
// second seed leaves the database exactly as it was (not even an empty import batch).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { parseCsv } from '@/lib/csv/parse'
import { kindOfName } from '@/lib/import/columns'
import { formatProblems, importFiles, readImportDirectory, type ImportFile } from '@/lib/import/run'
import { stableId } from './ids'
import { SeedDataError } from './load'
import { REGISTRY_EDITORS_KEY } from './plan/rows'

export const PROGRAMMES_DIR = 'programmes'

export type ProgrammeSeedCounts = { seed: string; step: string; created: number; updated: number; unchanged: number }

/** seed → the exact English name of its reporting organization (prisma/data/programmes/index.csv). */
export function readProgrammeIndex(dataDir: string) {
  const file = path.join(dataDir, PROGRAMMES_DIR, 'index.csv')
  return parseCsv(readFileSync(file, 'utf8'), 'programmes/index.csv').map((r) => ({
    seed: r.seed,
    reportingOrganization: r.reporting_organization,
  }))
}

export async function loadProgrammeSeeds(prisma: PrismaClient, dataDir: string): Promise<ProgrammeSeedCounts[]> {
  const registryEditorsId = stableId(`org:${REGISTRY_EDITORS_KEY}`)
  const counts: ProgrammeSeedCounts[] = []
  for (const { seed, reportingOrganization } of readProgrammeIndex(dataDir)) {
    const files = await readImportDirectory(path.join(dataDir, PROGRAMMES_DIR, seed))
    const isOrganizations = (f: ImportFile) => kindOfName(f.name) === 'organizations'
    const organizations = files.filter(isOrganizations)
    if (organizations.length)
      counts.push(await importStep(prisma, seed, 'organizations', organizations, registryEditorsId))
    const reporting = await prisma.organization.findMany({
      where: { name: { path: ['en'], equals: reportingOrganization } },
      select: { id: true },
    })
    if (reporting.length !== 1)
      throw new SeedDataError(`prisma/data/${PROGRAMMES_DIR}/index.csv`, [
        `${seed}: the reporting organization "${reportingOrganization}" names ${reporting.length} organizations, not one`,
      ])
    counts.push(
      await importStep(
        prisma,
        seed,
        'programme',
        files.filter((f) => !isOrganizations(f)),
        reporting[0].id,
      ),
    )
  }
  return counts
}

async function importStep(
  prisma: PrismaClient,
  seed: string,
  step: string,
  files: ImportFile[],
  organizationId: string,
): Promise<ProgrammeSeedCounts> {
  const run = (dryRun: boolean) => importFiles(prisma, { files, organizationId, actor: null, access: null, dryRun })
  const dry = await run(true)
  if (dry.problems.length)
    throw new SeedDataError(`prisma/data/${PROGRAMMES_DIR}/${seed} (${step})`, [formatProblems(dry.problems)])
  const { created, updated, unchanged } = dry.counts
  if (created || updated) {
    const done = await run(false)
    if (done.problems.length)
      throw new SeedDataError(`prisma/data/${PROGRAMMES_DIR}/${seed} (${step})`, [formatProblems(done.problems)])
  }
  return { seed, step, created, updated, unchanged }
}
