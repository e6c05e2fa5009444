import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import { memorandumPolicySelect } from '@/lib/memoranda/policy'
import { publicDocumentWhere } from '@/lib/public/where'
import { canManageDocuments, canReadPrivateDocuments } from './policy'
import { documentStore } from './storage'

export type DocumentItem = {
  id: string
  fileName: string
  contentType: string
  byteSize: number
  isPublic: boolean
  createdAt: Date
  amendmentId: string | null
}

/**
 * The scans of a memorandum as the actor may see them on its manage page: all of them for its keepers
 * and the editors and officials of its parties, the public ones for anyone else who sees the page.
 */
export async function listDocumentsOf(actor: Actor, agreementId: string) {
  const m = await prisma.agreement.findUnique({ where: { id: agreementId }, select: memorandumPolicySelect })
  if (!m) return { documents: [] as DocumentItem[], canManage: false }
  const all = canReadPrivateDocuments(actor, m)
  const documents = await prisma.document.findMany({
    where: all ? { agreementId } : { AND: [{ agreementId }, publicDocumentWhere] },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      fileName: true,
      contentType: true,
      byteSize: true,
      isPublic: true,
      createdAt: true,
      amendmentId: true,
    },
  })
  return { documents, canManage: canManageDocuments(actor, m) }
}

/**
 * A scan and its bytes for a reader (null when signed out), or null — "not found", whatever the
 * reason: it does not exist, the reader may not read it, or its bytes are missing. Anyone reads a
 * public scan of a public memorandum (lib/public/where.ts); otherwise the reader needs the rights of
 * canReadPrivateDocuments.
 */
export async function openDocument(actor: Actor | null, id: string) {
  const doc = await prisma.document.findUnique({
    where: { id },
    select: {
      id: true,
      fileName: true,
      contentType: true,
      byteSize: true,
      storageKey: true,
      agreement: { select: memorandumPolicySelect },
    },
  })
  if (!doc) return null
  const allowed =
    (actor !== null && canReadPrivateDocuments(actor, doc.agreement)) ||
    (await prisma.document.count({ where: { AND: [{ id }, publicDocumentWhere] } })) === 1
  if (!allowed) return null
  const bytes = await documentStore().get(doc.storageKey)
  if (!bytes) {
    console.error('[documents] bytes missing for document', id)
    return null
  }
  return { id: doc.id, fileName: doc.fileName, contentType: doc.contentType, bytes }
}
