import 'server-only'
import { createHash, randomUUID } from 'node:crypto'
import { fileTypeFromBuffer } from 'file-type'
import type { Actor } from '@/lib/auth/roles'
import { writeAudit } from '@/lib/audit'
import { prisma } from '@/lib/db'
import { notFound } from '@/lib/errors'
import { memorandumEditAccess, memorandumPolicySelect } from '@/lib/memoranda/policy'
import {
  cleanFileName,
  DOCUMENT_TYPES,
  isDocumentType,
  MAX_DOCUMENT_BYTES,
  type DocumentErrorKey,
  type DocumentType,
} from './schema'
import { documentStore } from './storage'

/** An upload refused, with the HTTP status and the message key the route answers with. */
export class DocumentRefused extends Error {
  constructor(
    readonly status: 400 | 404 | 413 | 415,
    readonly key: DocumentErrorKey,
  ) {
    super(`document refused: ${key}`)
    this.name = 'DocumentRefused'
  }
}

/** What the audit trail keeps of a document (never its bytes). */
const auditView = (d: {
  agreementId: string
  amendmentId: string | null
  fileName: string
  contentType: string
  byteSize: number
  sha256: string
  isPublic: boolean
}) => ({
  agreementId: d.agreementId,
  amendmentId: d.amendmentId,
  fileName: d.fileName,
  contentType: d.contentType,
  byteSize: d.byteSize,
  sha256: d.sha256,
  isPublic: d.isPublic,
})

/**
 * Stores a signed scan of a memorandum (or of one of its amendments). Refused — with nothing stored —
 * when the actor may not change the memorandum (not found), the amendment is not one of its own, the
 * file is empty or over 10 MB, or its bytes are not a PDF, JPEG or PNG whatever its name says. The
 * document belongs to the memorandum's keeper, taken from the row.
 */
export async function uploadDocument(
  actor: Actor,
  input: { agreementId: string; amendmentId?: string; fileName: string; bytes: Uint8Array },
) {
  const m = await prisma.agreement.findUnique({
    where: { id: input.agreementId },
    select: { ...memorandumPolicySelect, id: true, amendments: { select: { id: true } } },
  })
  const access = m ? memorandumEditAccess(actor, m) : null
  if (!m || !access) throw new DocumentRefused(404, 'notFound')
  if (input.amendmentId && !m.amendments.some((a) => a.id === input.amendmentId))
    throw new DocumentRefused(400, 'unknownAmendment')
  if (input.bytes.length === 0) throw new DocumentRefused(400, 'fileRequired')
  if (input.bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentRefused(413, 'fileTooLarge')
  const detected = await fileTypeFromBuffer(input.bytes)
  if (!detected || !isDocumentType(detected.mime)) throw new DocumentRefused(415, 'fileType')
  const mime: DocumentType = detected.mime

  const storageKey = `${m.id}/${randomUUID()}`
  const store = documentStore()
  await store.put(storageKey, input.bytes, mime)
  try {
    return await prisma.$transaction(async (tx) => {
      const doc = await tx.document.create({
        data: {
          agreementId: m.id,
          amendmentId: input.amendmentId ?? null,
          fileName: cleanFileName(input.fileName, DOCUMENT_TYPES[mime]),
          contentType: mime,
          byteSize: input.bytes.length,
          sha256: createHash('sha256').update(input.bytes).digest('hex'),
          storageKey,
          ownerOrganizationId: m.ownerOrganizationId,
          uploadedById: actor.userId,
        },
      })
      await writeAudit(tx, actor, access, {
        entity: 'Document',
        entityId: doc.id,
        action: 'CREATE',
        after: auditView(doc),
      })
      return doc
    })
  } catch (e) {
    // The row did not commit: the bytes must not stay behind without it.
    await store.delete(storageKey).catch(() => undefined)
    throw e
  }
}

/** The document with what its memorandum's policy needs, or "not found" for an actor who may not change it. */
async function loadForChange(actor: Actor, id: string) {
  const doc = await prisma.document.findUnique({
    where: { id },
    include: { agreement: { select: memorandumPolicySelect } },
  })
  const access = doc ? memorandumEditAccess(actor, doc.agreement) : null
  if (!doc || !access) throw notFound()
  return { doc, access }
}

/** Marks a scan public or private. Public means: shown to anyone once its memorandum is public too. */
export async function setDocumentPublic(actor: Actor, id: string, isPublic: boolean) {
  const { doc, access } = await loadForChange(actor, id)
  if (doc.isPublic === isPublic) return { agreementId: doc.agreementId }
  await prisma.$transaction(async (tx) => {
    const after = await tx.document.update({ where: { id }, data: { isPublic } })
    await writeAudit(tx, actor, access, {
      entity: 'Document',
      entityId: id,
      action: 'UPDATE',
      before: auditView(doc),
      after: auditView(after),
    })
  })
  return { agreementId: doc.agreementId }
}

/** Deletes a scan: the row and its audit entry together, then the bytes. */
export async function deleteDocument(actor: Actor, id: string) {
  const { doc, access } = await loadForChange(actor, id)
  await prisma.$transaction(async (tx) => {
    await tx.document.delete({ where: { id } })
    await writeAudit(tx, actor, access, { entity: 'Document', entityId: id, action: 'DELETE', before: auditView(doc) })
  })
  await documentStore()
    .delete(doc.storageKey)
    .catch((e) => console.error('[documents] bytes left behind after delete:', id, (e as Error).message))
  return { agreementId: doc.agreementId }
}
