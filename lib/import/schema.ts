import { z } from 'zod'
import { optionalId } from '@/lib/forms/fields'

/** The import form: the organization it is for (people who act for several choose); the files are read apart. */
export const ImportInput = z.object({ organizationId: optionalId() })
export type ImportInput = z.infer<typeof ImportInput>

/** The import names the SHA-256 of the files its dry run checked. */
export const CommitImportInput = ImportInput.extend({
  sha256: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().regex(/^[0-9a-f]{64}$/, { error: 'conflict' })),
})
export type CommitImportInput = z.infer<typeof CommitImportInput>
