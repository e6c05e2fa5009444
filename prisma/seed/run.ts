import type { PrismaClient } from '@/lib/generated/prisma/client'
import { applyPlan, type SyncCounts } from './apply'
import { DATA_DIR, loadCasebookData, loadReferenceData, SeedDataError } from './load'
import { buildPlan } from './plan'
import { loadProgrammeSeeds } from './programmes'

export type SeedOptions = { ifEmpty?: boolean; withCasebook?: boolean; dataDir?: string; log?: (line: string) => void }

/** Returns a process exit code: 0 done (or nothing to do), 1 the data files are not valid (nothing written). */
export async function runSeed(
  prisma: PrismaClient,
  { ifEmpty = false, withCasebook = true, dataDir, log = () => {} }: SeedOptions = {},
) {
  if (ifEmpty && (await prisma.territory.count()) > 0) {
    log('[seed] the database already holds data; not seeding (run `npm run db:seed` to bring it up to date)')
    return 0
  }
  let plan
  try {
    const reference = loadReferenceData(dataDir)
    plan = buildPlan({ ...reference, casebook: withCasebook ? loadCasebookData(dataDir) : null })
  } catch (e) {
    if (!(e instanceof SeedDataError)) throw e
    log(`[seed] nothing was written: the data files are not valid.\n${e.message}`)
    return 1
  }
  const t0 = performance.now()
  const counts = await applyPlan(prisma, plan)
  log(`[seed] done in ${Math.round(performance.now() - t0)} ms: ${summarize(counts)}`)
  if (plan.casebook) {
    const { fallbacks, notConverted } = plan.casebook.report
    log(
      `[seed] places resolved only to a rayon or oblast (${fallbacks.length}):${fallbacks.map((f) => `\n  - ${f}`).join('')}`,
    )
    if (notConverted.length)
      log(`[seed] amounts kept unconverted (${notConverted.length}):${notConverted.map((f) => `\n  - ${f}`).join('')}`)
  } else {
    log('[seed] SEED_CASEBOOK=0: the handbook case studies and the donor programmes were not loaded')
    return 0
  }
  // The donor programmes of seeds 000–002, through the importer (one UNDP programme names the
  // casebook's UNDP, so they come after the casebook). Each import is all-or-nothing by itself.
  try {
    const steps = await loadProgrammeSeeds(prisma, dataDir ?? DATA_DIR)
    const changed = steps.filter((s) => s.created || s.updated)
    log(
      `[seed] donor programmes (${[...new Set(steps.map((s) => s.seed))].join(', ')}): ${
        changed.length
          ? changed.map((s) => `${s.seed} ${s.step} +${s.created} ~${s.updated}`).join(', ')
          : 'already up to date, nothing changed'
      }`,
    )
  } catch (e) {
    if (!(e instanceof SeedDataError)) throw e
    log(`[seed] the donor programmes were not loaded: their import files are not valid.\n${e.message}`)
    return 1
  }
  return 0
}

function summarize(counts: SyncCounts) {
  const changed = Object.entries(counts).filter(([, c]) => c.created || c.updated || c.deleted)
  if (!changed.length) return 'already up to date, nothing changed'
  return changed.map(([m, c]) => `${m} +${c.created} ~${c.updated} -${c.deleted}`).join(', ')
}
