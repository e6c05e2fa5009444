import 'server-only'
import { getLocale } from 'next-intl/server'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import { invalid } from '@/lib/errors'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { ownerForNewRecord } from '@/lib/manage/owner'
import { MAX_IMPORT_BYTES, type ImportFile } from './parse'
import { noteMessage, problemMessage } from './problems'
import { importFiles, importHash, type ImportResult } from './run'
import type { Acting } from './stage'
import { undoLatestImport, type UndoResult } from './undo'

/**
 * The organization an import is for: one the actor edits for (editor or official), or any for an admin
 * (the registry editors by default). The same rule as a new record's owner: the only id taken from the form.
 */
export function actingFor(actor: Actor, organizationId: string | undefined): Acting {
  const { ownerOrganizationId, access } = ownerForNewRecord(actor, organizationId, 'organizationId')
  return { organizationId: ownerOrganizationId, actor, access }
}

/** The uploaded files of a form (`files`), at most 20 MB together; empty parts (no file chosen) left out. */
export async function uploadedFiles(formData: FormData): Promise<ImportFile[]> {
  const parts = formData.getAll('files').filter((f): f is File => typeof f === 'object' && f.size > 0)
  // Larger uploads stop at the proxy; this is the same limit for a caller that bypasses it.
  if (parts.reduce((n, f) => n + f.size, 0) > MAX_IMPORT_BYTES) throw invalid('files', 'requestTooLarge')
  return Promise.all(parts.slice(0, 20).map(async (f) => ({ name: f.name.slice(0, 200), bytes: new Uint8Array(await f.arrayBuffer()) })))
}

/** What the page shows of an import: the problems and notes in the reader's language, the counts. */
export type ImportReport = Omit<ImportResult, 'problems' | 'notes'> & {
  problems: { sheet: string; row: number | null; column: string | null; message: string }[]
  notes: string[]
  /** The files were checked, but differ from the ones the report was for: checked again, not written. */
  fileChanged?: boolean
}

async function readerLocale(actor: Actor): Promise<Locale> {
  const l = await getLocale().catch(() => actor.locale)
  return isLocale(l) ? l : actor.locale
}

export function toReport(result: ImportResult, locale: Locale): ImportReport {
  return {
    ...result,
    problems: result.problems.map((p) => ({
      sheet: p.sheet,
      row: p.row ?? null,
      column: p.column ?? null,
      message: problemMessage(p, locale),
    })),
    notes: result.notes.map((n) => noteMessage(n, locale)),
  }
}

/**
 * The dry run (`commit` false) or the import. An import names the SHA-256 of the files its dry run
 * checked: different files are only checked, so nothing is written that the person has not seen.
 */
export async function runImport(
  actor: Actor,
  input: { organizationId?: string; sha256?: string },
  formData: FormData,
  commit: boolean,
): Promise<ImportReport> {
  const acting = actingFor(actor, input.organizationId)
  const files = await uploadedFiles(formData)
  const fileChanged = commit && input.sha256 !== importHash(files)
  const result = await importFiles(prisma, { ...acting, files, dryRun: !commit || fileChanged })
  return { ...toReport(result, await readerLocale(actor)), fileChanged }
}

export async function undoImport(actor: Actor, input: { organizationId?: string }): Promise<UndoResult> {
  return undoLatestImport(prisma, actingFor(actor, input.organizationId))
}
