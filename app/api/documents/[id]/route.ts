import { RecordId } from '@/lib/actions/bound'
import { getActor } from '@/lib/auth/actor'
import { openDocument } from '@/lib/documents/queries'

export const dynamic = 'force-dynamic'

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  })

/**
 * GET /api/documents/{id} → the scan's bytes, for a reader who may read it (lib/documents/queries.ts),
 * else 404 whatever the reason. Images open in the browser; a PDF is downloaded (a PDF viewer runs
 * scripts); the type is the one detected at upload, never sniffed, and nothing is kept in shared caches.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = RecordId.safeParse((await params).id)
  if (!id.success) return notFound()
  const doc = await openDocument(await getActor(), id.data)
  if (!doc) return notFound()
  const disposition = doc.contentType.startsWith('image/') ? 'inline' : 'attachment'
  const ascii = doc.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return new Response(Buffer.from(doc.bytes), {
    status: 200,
    headers: {
      'Content-Type': doc.contentType,
      'Content-Length': String(doc.bytes.length),
      'Content-Disposition': `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  })
}
