// What a signed scan may be, shared by the upload form (which says so before sending) and the route
// that takes it (which decides from the file's bytes, never from its name or the browser's word).
import { z } from 'zod'
import { RecordId } from '@/lib/actions/bound'

export { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from './limits'

/** The types a scan may have, as detected from its bytes, with the extension its name gets. */
export const DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
} as const
export type DocumentType = keyof typeof DOCUMENT_TYPES
export const isDocumentType = (mime: string): mime is DocumentType => mime in DOCUMENT_TYPES

/** The upload's text fields: which memorandum, and optionally which of its amendments. */
export const UploadDocumentFields = z.object({
  agreementId: RecordId,
  amendmentId: z.preprocess((v) => (v === '' || v === null ? undefined : v), RecordId.optional()),
})

/** Why an upload or a download was refused, as the route answers it (messages under documents.errors). */
export const documentErrorKeys = [
  'signIn',
  'notFound',
  'fileRequired',
  'fileTooLarge',
  'fileType',
  'unknownAmendment',
  'badRequest',
  'generic',
] as const
export type DocumentErrorKey = (typeof documentErrorKeys)[number]

/** A file name as people see it: no folders, no control characters, at most 160 characters, the right extension. */
export function cleanFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .trim()
    .slice(0, 160)
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'document'
  const given = base.match(/\.([A-Za-z0-9]{1,5})$/)?.[1]?.toLowerCase()
  const same = given === ext || (ext === 'jpg' && given === 'jpeg')
  return same ? base : `${stem}.${ext}`
}
