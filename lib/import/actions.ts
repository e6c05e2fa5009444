'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { anyRecord } from '@/lib/manage/revalidate'
import { runImport, undoImport } from './mutations'
import { CommitImportInput, ImportInput } from './schema'

/** The dry run: reads and checks the files, writes nothing; the report comes back in the state. */
export const checkImportAction = actorAction({
  entity: 'Import',
  input: ImportInput,
  signInReturn: () => '/manage/import',
  mutate: ({ actor, input, formData }) => runImport(actor, input, formData, false),
  onSuccess: (report) => ({ status: 'saved', data: report }),
})

/** The import: the same checks, then everything or nothing written. */
export const commitImportAction = actorAction({
  entity: 'Import',
  input: CommitImportInput,
  signInReturn: () => '/manage/import',
  mutate: ({ actor, input, formData }) => runImport(actor, input, formData, true),
  touches: anyRecord,
  onSuccess: (report) => ({ status: 'saved', data: report }),
})

/** Undo of the organization's latest import (refused, with the records named, once they changed). */
export const undoImportAction = actorAction({
  entity: 'Import',
  input: ImportInput,
  signInReturn: () => '/manage/import',
  mutate: ({ actor, input }) => undoImport(actor, input),
  touches: anyRecord,
  onSuccess: (result) => ({ status: 'saved', data: result }),
})
