// Signed scans of memoranda (issue 11, item 3), through the real route handlers on the real database:
// who may upload, who may download (the keeper's editor, an official of a party — never an official of
// another aiyl okmot, never the public unless the scan is public and its memorandum and partnership
// are published), and what is refused with nothing stored: a renamed .exe, a file over 10 MB.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { createMemorandum, addAmendment } from '@/lib/memoranda/mutations'
import { AmendmentInput, CreateMemorandumInput } from '@/lib/memoranda/schema'
import { createPartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'
import { expectAppError } from '../setup/expect-app-error'

// The routes ask Auth.js who is calling; here the test says so.
let caller: Actor | null = null
vi.mock('@/lib/auth/actor', () => ({ getActor: async () => caller }))

const dir = mkdtempSync(path.join(tmpdir(), 'registry-documents-'))
process.env.DOCUMENTS_DIR = dir
delete process.env.S3_BUCKET

const { POST } = await import('@/app/api/documents/route')
const { GET } = await import('@/app/api/documents/[id]/route')
const { deleteDocument, setDocumentPublic } = await import('@/lib/documents/mutations')
const { listDocumentsOf } = await import('@/lib/documents/queries')

const prisma = connect()
const f = factories(prisma)

let editor: Actor, official: Actor, partyViewer: Actor, otherOfficial: Actor
let ngo: { id: string }, ao: { id: string }
let partnershipId: string, memo: string, otherMemo: string, amendmentId: string

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
)
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
)
/** A Windows program: "MZ", the DOS stub's start, then zeros. */
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, ...new Array(200).fill(0)])

function upload(
  as: Actor | null,
  o: { bytes: Uint8Array; name: string; agreementId?: string; amendmentId?: string; locale?: string },
) {
  caller = as
  const form = new FormData()
  form.set('agreementId', o.agreementId ?? memo)
  if (o.amendmentId) form.set('amendmentId', o.amendmentId)
  form.set('file', new File([Buffer.from(o.bytes)], o.name, { type: 'application/pdf' }))
  const query = o.locale ? `?locale=${o.locale}` : ''
  return POST(new Request(`http://localhost/api/documents${query}`, { method: 'POST', body: form }))
}
function download(as: Actor | null, id: string) {
  caller = as
  return GET(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id }) })
}
const storedFiles = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
const rowsOf = (agreementId: string) => prisma.document.count({ where: { agreementId } })

beforeAll(async () => {
  ngo = await f.organization({ name: 'NGO (documents test)' })
  ao = await f.lsgBody('KG07232820000')
  const otherAo = await f.lsgBody('KG07232825000')
  editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
  official = await actorOf(await f.user({ memberships: [{ organizationId: ao.id, role: 'OFFICIAL' }] }))
  partyViewer = await actorOf(await f.user({ memberships: [{ organizationId: ao.id, role: 'VIEWER' }] }))
  otherOfficial = await actorOf(await f.user({ memberships: [{ organizationId: otherAo.id, role: 'OFFICIAL' }] }))
  partnershipId = (
    await createPartnership(
      editor,
      CreatePartnershipInput.parse({
        title: { en: 'Documents test partnership' },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: ngo.id, isLead: 'on' }, { organizationId: ao.id }],
        submissionKey: randomUUID(),
      }),
    )
  ).id
  const create = async (o: Record<string, unknown> = {}) =>
    (
      await createMemorandum(
        editor,
        CreateMemorandumInput.parse({
          kind: 'MEMORANDUM_OF_COOPERATION',
          subject: { en: 'Water supply (documents test)' },
          sourceLocale: 'en',
          status: 'ACTIVE',
          signedDate: '2024-02-01',
          expiryDate: '2027-12-31',
          parties: [{ organizationId: ngo.id }, { organizationId: ao.id }],
          submissionKey: randomUUID(),
          ...o,
        }),
      )
    ).id
  memo = await create({ partnershipId })
  otherMemo = await create()
  await addAmendment(
    editor,
    memo,
    AmendmentInput.parse({
      date: '2024-06-01',
      summary: { en: 'A new well' },
      version: '1',
      submissionKey: randomUUID(),
    }),
  )
  amendmentId = (await prisma.agreementAmendment.findFirstOrThrow({ where: { agreementId: memo } })).id
})

afterAll(async () => {
  await prisma.agreement.deleteMany({ where: { id: { in: [memo, otherMemo] } } })
  await prisma.confirmation.deleteMany({ where: { entityId: { in: [memo, otherMemo] } } })
  await f.cleanup()
  await prisma.$disconnect()
  rmSync(dir, { recursive: true, force: true })
})

describe('uploading a signed scan', () => {
  let docId: string

  it('the keeper’s editor uploads a PDF: stored under an opaque key, its type from the bytes, audited', async () => {
    const res = await upload(editor, { bytes: PDF, name: 'Memorandum signed.pdf' })
    expect(res.status).toBe(201)
    docId = (await res.json()).id
    const doc = await prisma.document.findUniqueOrThrow({ where: { id: docId } })
    expect(doc).toMatchObject({
      agreementId: memo,
      amendmentId: null,
      fileName: 'Memorandum signed.pdf',
      contentType: 'application/pdf',
      byteSize: PDF.length,
      isPublic: false,
      ownerOrganizationId: ngo.id,
      uploadedById: editor.userId,
    })
    expect(doc.storageKey).toMatch(new RegExp(`^${memo}/[0-9a-f-]{36}$`))
    expect(storedFiles()).toBe(1)
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'Document', entityId: docId } })
    expect(audit.map((a) => a.action)).toEqual(['CREATE'])
    expect(audit[0]).toMatchObject({ actorOrganizationId: ngo.id, actorRole: 'editor' })
  })

  it('the keeper’s editor, an official of a party download it; a party’s reader, another aiyl okmot and the public do not', async () => {
    for (const reader of [editor, official]) {
      const res = await download(reader, docId)
      expect(res.status).toBe(200)
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF)
      expect(res.headers.get('content-type')).toBe('application/pdf')
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Memorandum signed.pdf"/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('cache-control')).toBe('private, no-store')
    }
    for (const reader of [partyViewer, otherOfficial, null]) {
      const res = await download(reader, docId)
      expect(res.status).toBe(404)
      expect(await res.text()).not.toContain('%PDF')
    }
    expect((await download(editor, 'c' + 'x'.repeat(24))).status).toBe(404)
    expect((await download(editor, '../../etc/passwd')).status).toBe(404)
  })

  it('the public reads it only when it is public and its memorandum and partnership are published', async () => {
    await expectAppError(setDocumentPublic(official, docId, true), 'not_found')
    await setDocumentPublic(editor, docId, true)
    expect((await download(null, docId)).status).toBe(404) // the memorandum is a draft
    await prisma.agreement.update({ where: { id: memo }, data: { publicationStatus: 'PUBLISHED' } })
    expect((await download(null, docId)).status).toBe(404) // its partnership is not published
    await prisma.partnership.update({ where: { id: partnershipId }, data: { publicationStatus: 'PUBLISHED' } })
    expect((await download(null, docId)).status).toBe(200)
    expect((await download(otherOfficial, docId)).status).toBe(200)
    await setDocumentPublic(editor, docId, false)
    expect((await download(null, docId)).status).toBe(404)
    const audit = await prisma.auditEvent.findMany({
      where: { entity: 'Document', entityId: docId },
      orderBy: { id: 'asc' },
    })
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE'])
    await prisma.agreement.update({ where: { id: memo }, data: { publicationStatus: 'DRAFT' } })
  })

  it('the page lists every scan for its keepers and a party’s officials, only the public ones for a party’s reader', async () => {
    expect((await listDocumentsOf(editor, memo)).documents.map((d) => d.id)).toEqual([docId])
    expect((await listDocumentsOf(editor, memo)).canManage).toBe(true)
    expect((await listDocumentsOf(official, memo)).canManage).toBe(false)
    expect((await listDocumentsOf(official, memo)).documents).toHaveLength(1)
    expect((await listDocumentsOf(partyViewer, memo)).documents).toHaveLength(0)
  })

  it('a renamed .exe is refused as not a PDF, JPEG or PNG, in the user’s language; nothing is stored', async () => {
    const before = { rows: await rowsOf(memo), files: storedFiles() }
    const res = await upload(editor, { bytes: EXE, name: 'signed.pdf', locale: 'ru' })
    expect(res.status).toBe(415)
    const body = await res.json()
    expect(body.error.code).toBe('fileType')
    expect(body.error.message).toMatch(/PDF, JPEG или PNG/)
    const en = await (await upload(editor, { bytes: EXE, name: 'signed.pdf', locale: 'en' })).json()
    expect(en.error.message).toMatch(/not a PDF, JPEG or PNG/)
    const ky = await (await upload(editor, { bytes: EXE, name: 'signed.pdf', locale: 'ky' })).json()
    expect(ky.error.message).toMatch(/PDF, JPEG же PNG эмес/)
    expect(await rowsOf(memo)).toBe(before.rows)
    expect(storedFiles()).toBe(before.files)
  })

  it('a file over 10 MB is refused with 413 and a message; nothing is stored', async () => {
    const before = { rows: await rowsOf(memo), files: storedFiles() }
    const big = new Uint8Array(10 * 1024 * 1024 + 1)
    big.set(PDF)
    const res = await upload(editor, { bytes: big, name: 'huge.pdf', locale: 'en' })
    expect(res.status).toBe(413)
    expect((await res.json()).error.message).toMatch(/larger than 10 MB/)
    expect(await rowsOf(memo)).toBe(before.rows)
    expect(storedFiles()).toBe(before.files)
    // Exactly 10 MB is allowed.
    const edge = new Uint8Array(10 * 1024 * 1024)
    edge.set(PDF)
    const ok = await upload(editor, { bytes: edge, name: 'edge.pdf' })
    expect(ok.status).toBe(201)
    await deleteDocument(editor, (await ok.json()).id)
  })

  it('only whoever may change the memorandum uploads: a party’s official, another aiyl okmot and the signed-out are refused', async () => {
    const before = await rowsOf(memo)
    expect((await upload(official, { bytes: PDF, name: 'a.pdf' })).status).toBe(404)
    expect((await upload(otherOfficial, { bytes: PDF, name: 'a.pdf' })).status).toBe(404)
    const anonymous = await upload(null, { bytes: PDF, name: 'a.pdf', locale: 'en' })
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).error.message).toMatch(/Sign in/)
    expect((await upload(editor, { bytes: PDF, name: 'a.pdf', agreementId: 'not-an-id' })).status).toBe(404)
    expect(await rowsOf(memo)).toBe(before)
  })

  it('attaches a scan to an amendment of the same memorandum only; an image opens inline with its right extension', async () => {
    const res = await upload(editor, { bytes: PNG, name: 'amendment 1 scan.pdf', amendmentId })
    expect(res.status).toBe(201)
    const doc = await prisma.document.findUniqueOrThrow({ where: { id: (await res.json()).id } })
    expect(doc).toMatchObject({ amendmentId, contentType: 'image/png', fileName: 'amendment 1 scan.png' })
    const got = await download(official, doc.id)
    expect(got.headers.get('content-disposition')).toMatch(/^inline;/)
    expect(got.headers.get('content-type')).toBe('image/png')
    const wrong = await upload(editor, { bytes: PDF, name: 'x.pdf', agreementId: otherMemo, amendmentId, locale: 'en' })
    expect(wrong.status).toBe(400)
    expect((await wrong.json()).error.code).toBe('unknownAmendment')
  })

  it('deletes: a party’s official may not; the keeper’s editor removes the row and the bytes, audited', async () => {
    await expectAppError(deleteDocument(official, docId), 'not_found')
    const key = (await prisma.document.findUniqueOrThrow({ where: { id: docId } })).storageKey
    const files = storedFiles()
    await deleteDocument(editor, docId)
    expect(await prisma.document.findUnique({ where: { id: docId } })).toBeNull()
    expect(storedFiles()).toBe(files - 1)
    expect(readdirSync(path.join(dir, memo))).not.toContain(key.split('/')[1])
    expect((await download(editor, docId)).status).toBe(404)
    const last = await prisma.auditEvent.findFirstOrThrow({
      where: { entity: 'Document', entityId: docId },
      orderBy: { id: 'desc' },
    })
    expect(last.action).toBe('DELETE')
  })
})
