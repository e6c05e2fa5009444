import { getActor } from '@/lib/auth/actor'
import { DocumentRefused, uploadDocument } from '@/lib/documents/mutations'
import { documentError, requestLocale } from '@/lib/documents/route-messages'
import { MAX_DOCUMENT_BYTES, UploadDocumentFields, type DocumentErrorKey } from '@/lib/documents/schema'
import { AppError } from '@/lib/errors'
import { DOCUMENT_BODY_LIMIT_BYTES } from '@/lib/http/body-limit'
import type { Locale } from '@/lib/i18n/locales'

export const dynamic = 'force-dynamic'

const refuse = (locale: Locale, status: number, key: DocumentErrorKey) =>
  Response.json(
    { error: { code: key, message: documentError(locale, key) } },
    { status, headers: { 'Cache-Control': 'private, no-store', 'Content-Language': locale } },
  )

/**
 * POST /api/documents?locale=… (multipart: agreementId, amendmentId?, file) → 201 { id }: a signed scan
 * of a memorandum or of one of its amendments. A route handler, not a server action, so that a scan
 * of 10 MB fits while actions keep their small body limit. Refusals answer { error: { code, message } }
 * with the message in the user's language: 401 signed out, 403 from another site, 404 a memorandum
 * the caller may not change, 413 over 10 MB, 415 not a PDF, JPEG or PNG by its bytes.
 */
export async function POST(request: Request) {
  // The page's language comes in the query (?locale=ky), so that even a refusal before the body is read speaks it.
  const locale = requestLocale(request, new URL(request.url).searchParams.get('locale'))
  // Auth.js's cookie is SameSite=Lax, and a form from another site is refused here all the same.
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (origin && host && new URL(origin).host !== host) return refuse(locale, 403, 'notFound')

  const actor = await getActor()
  if (!actor) return refuse(locale, 401, 'signIn')
  if (Number(request.headers.get('content-length') ?? 0) > DOCUMENT_BODY_LIMIT_BYTES)
    return refuse(locale, 413, 'fileTooLarge')

  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refuse(locale, 400, 'badRequest')
  }
  const fields = UploadDocumentFields.safeParse({
    agreementId: form.get('agreementId'),
    amendmentId: form.get('amendmentId'),
  })
  if (!fields.success) return refuse(locale, 404, 'notFound')
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return refuse(locale, 400, 'fileRequired')
  if (file.size > MAX_DOCUMENT_BYTES) return refuse(locale, 413, 'fileTooLarge')

  try {
    const doc = await uploadDocument(actor, {
      ...fields.data,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })
    return Response.json(
      { id: doc.id, fileName: doc.fileName, contentType: doc.contentType, byteSize: doc.byteSize },
      { status: 201, headers: { 'Cache-Control': 'private, no-store' } },
    )
  } catch (e) {
    if (e instanceof DocumentRefused) return refuse(locale, e.status, e.key)
    if (e instanceof AppError && e.code === 'not_found') return refuse(locale, 404, 'notFound')
    console.error('[documents] upload failed', {
      actor: actor.userId,
      agreementId: fields.data.agreementId,
      error: (e as Error).message,
    })
    return refuse(locale, 500, 'generic')
  }
}
