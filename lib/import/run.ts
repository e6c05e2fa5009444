// The importer's one entry point, the same for an upload (lib/import/actions.ts), the command line
// (scripts/import.ts) and the seed: plain TypeScript over a Prisma client, no Next.js (docs/IMPORT.md).
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import type { ImportKind } from './columns'
import { ChangedMeanwhileError, commitPlan } from './commit'
import { parseUpload, type ImportFile } from './parse'
import type { Note, Problem } from './problems'
import { stageImport, type Acting, type Counts } from './stage'

export { formatProblems } from './problems'
export type { ImportFile } from './parse'
export type { Acting } from './stage'

export type ImportResult = {
  /** No problems, and (unless a dry run) written. */
  ok: boolean
  dryRun: boolean
  problems: Problem[]
  notes: Note[]
  counts: Counts
  byKind: Partial<Record<ImportKind, Counts>>
  rowCount: number
  fileName: string
  /** SHA-256 of the files' bytes, in the order given (hex). */
  sha256: string
  batchId: string | null
}

export type ImportOptions = Acting & { files: readonly ImportFile[]; dryRun: boolean }

export function importHash(files: readonly ImportFile[]): string {
  const h = createHash('sha256')
  for (const f of files) h.update(f.bytes)
  return h.digest('hex')
}

/** Reads, checks and (unless `dryRun`, and only when nothing is wrong) writes an import, all or nothing. */
export async function importFiles(db: PrismaClient, options: ImportOptions): Promise<ImportResult> {
  const { files, dryRun, ...acting } = options
  const parsed = await parseUpload(files)
  const result: ImportResult = {
    ok: false,
    dryRun,
    problems: parsed.problems,
    notes: parsed.notes,
    counts: { created: 0, updated: 0, unchanged: 0 },
    byKind: {},
    rowCount: parsed.rowCount,
    fileName: files.map((f) => f.name).join(', '),
    sha256: importHash(files),
    batchId: null,
  }
  if (parsed.problems.length) return result
  const plan = await stageImport(db, parsed.sheets, acting)
  Object.assign(result, { problems: plan.problems, counts: plan.counts, byKind: plan.byKind })
  if (plan.problems.length || dryRun) return { ...result, ok: !plan.problems.length }
  try {
    result.batchId = await commitPlan(db, plan, acting, result)
  } catch (e) {
    if (!(e instanceof ChangedMeanwhileError)) throw e
    const { item } = e
    return {
      ...result,
      problems: [{ sheet: item.sheet, row: item.row, column: 'external_id', code: 'changedMeanwhile' }],
    }
  }
  return { ...result, ok: true }
}

/** Every CSV and XLSX file of a folder, by name (for the seed: prisma/data/programmes/<seed>/). */
export async function readImportDirectory(dir: string): Promise<ImportFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.(csv|xlsx)$/i.test(n)).sort()
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(dir, name))) })))
}
