// Responses of the public JSON API (/api/v1). Their Cache-Control is set by the proxy (proxy.ts,
// lib/http/cache-control.ts): public for one second at most, so a shared cache never serves an amount
// later than ~1 s after its organization withholds it; private for a request with a session cookie.
import { z } from 'zod'
import { contentTypes, extensions, type ExportFormat } from '@/lib/export/tables'

export function apiJson(body: unknown, init: { status?: number } = {}) {
  return Response.json(body, { status: init.status ?? 200 })
}

/** JSON error bodies: {error: {code, message}}. */
export function apiError(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status })
}

/** An XML document (the IATI export), under the same caching rule. */
export function apiXml(body: string, extra: Record<string, string> = {}) {
  return new Response(body, { headers: { ...extra, 'Content-Type': 'application/xml; charset=utf-8' } })
}

/**
 * A download of the exports (lib/export): its name says what it holds and under which filter, e.g.
 * "contributions-territory-KG-T.xlsx"; `attachment` so that a browser saves it rather than shows it.
 */
export function apiFile(
  body: string | Buffer,
  { kind, format, filters }: { kind: string; format: ExportFormat; filters: Record<string, string | undefined> },
) {
  const suffix = Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `-${k}-${v}`)
    .join('')
  const name = `${kind}${suffix}.${extensions[format]}`.replace(/[^A-Za-z0-9._-]/g, '_')
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': contentTypes[format],
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  })
}

/** ?page=1&perPage=100 (at most 500): parsed like form input, a bad value is a 400. */
export const Paging = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(100),
})
export type Paging = z.infer<typeof Paging>
export const range = (p: Paging) => ({ skip: (p.page - 1) * p.perPage, take: p.perPage })

/**
 * A page of a list, still the bare JSON array v1 always answered, with the way on in headers: RFC 8288
 * `Link` (first, prev, next, last) and `X-Total-Count`.
 */
export function apiPage(body: unknown[], { url, paging, total }: { url: URL; paging: Paging; total: number }) {
  const last = Math.max(1, Math.ceil(total / paging.perPage))
  const link = (page: number, rel: string) => {
    const u = new URL(url)
    // The filters as given, then the page: the same page always has the same address.
    u.searchParams.delete('page')
    u.searchParams.delete('perPage')
    u.searchParams.set('page', String(page))
    u.searchParams.set('perPage', String(paging.perPage))
    return `<${u.toString()}>; rel="${rel}"`
  }
  const links = [link(1, 'first')]
  if (paging.page > 1) links.push(link(Math.min(paging.page - 1, last), 'prev'))
  if (paging.page < last) links.push(link(paging.page + 1, 'next'))
  links.push(link(last, 'last'))
  return Response.json(body, { headers: { Link: links.join(', '), 'X-Total-Count': String(total) } })
}
