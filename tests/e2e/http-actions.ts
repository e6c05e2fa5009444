// Server actions over HTTP, as the browser calls them (issue 10, items 7 and 8 against the production
// build): the action ids and the pages that hold them come from the build's server-reference manifest;
// a call is a POST to such a page with the `Next-Action` header and a body encoded by the `encodeReply`
// Next ships (the copy its client router uses), the answer is read back with the same copy's decoder.
// Nothing here is hand-rolled wire format: a change in Next's encoding changes both ends.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

type Flight = {
  encodeReply: (value: unknown, options?: { temporaryReferences?: unknown }) => Promise<string | FormData>
  createFromReadableStream: (stream: ReadableStream<Uint8Array>, options: unknown) => Promise<unknown>
}
type ReferenceInfo = {
  extractInfoFromServerReferenceId: (id: string) => unknown
  omitUnusedArgs: (args: unknown[], info: unknown) => unknown[]
}
// The edge build: web streams and FormData, like the browser's, without the browser's globals.
const flight = require('next/dist/compiled/react-server-dom-webpack/client.edge') as Flight
const referenceInfo = require('next/dist/shared/lib/server-reference-info') as ReferenceInfo

/** One server action of the build: its id, its export name, the module, and the pages whose workers hold it. */
export type BuiltAction = { id: string; name: string; module: string; pages: string[] }

type ManifestEntry = {
  workers: Record<string, unknown>
  exportedName?: string
  filename?: string
}

/** The server actions of the production build, read from `.next/server/server-reference-manifest.json`. */
export function builtActions(dir = '.next'): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(`${dir}/server/server-reference-manifest.json`, 'utf8')) as {
    node: Record<string, ManifestEntry>
    edge: Record<string, ManifestEntry>
  }
  const entries = { ...manifest.node, ...manifest.edge }
  return (
    Object.entries(entries)
      // 'use cache' functions (lib/public/cached.ts) are in the manifest as `$$RSC_SERVER_CACHE_n`: the
      // cache's own references to public data loaders, not actions a form posts to.
      .filter(([, e]) => !(e.exportedName ?? '').startsWith('$$RSC_SERVER_CACHE_'))
      .map(([id, e]) => ({
        id,
        name: e.exportedName ?? '',
        module: (e.filename ?? '').replace(/^\.\//, ''),
        pages: Object.keys(e.workers),
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
  )
}

/**
 * A URL that serves a page whose worker holds the action: the app's page paths in the manifest
 * (`app/[locale]/manage/partnerships/[id]/page`), with the locale and any other segment filled in.
 * Dynamic segments get a placeholder: the action runs before the page would render, and a redirect
 * or a revalidation renders whatever the placeholder names (a 404 page), which is not the action's answer.
 */
export function pageUrlFor(action: BuiltAction, locale: string): string {
  const pages = action.pages
    .filter((p) => p.startsWith('app/[locale]/') && p.endsWith('/page'))
    // The fewest dynamic segments first, then the shortest.
    .sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0) || a.length - b.length)
  const page = pages[0] ?? action.pages[0]
  if (!page) throw new Error(`${action.name}: no page holds it`)
  return (
    page
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\/\([^/]+\)/g, '') // route groups are not in the URL
      .replace('[locale]', locale)
      .replace(/\[\[?\.\.\.[^\]]+\]\]?/g, 'x')
      .replace(/\[[^\]]+\]/g, 'x') || '/'
  )
}

/** The body the browser would send for these arguments (bound ones first, then the state and the form). */
export async function encodeActionBody(id: string, args: unknown[]): Promise<string | FormData> {
  const used = referenceInfo.omitUnusedArgs(args, referenceInfo.extractInfoFromServerReferenceId(id))
  return flight.encodeReply(used)
}

export type ActionResponse = {
  status: number
  /** Where the action sent the caller (`x-action-redirect`), if it did. */
  redirect?: string
  /** The action's return value (for a form: its state), when it answered without a redirect. */
  result?: unknown
  /** The raw body, for the secret scan. */
  text: string
  contentType: string
}

/** Reads Next's answer to an action call: the redirect header, or the Flight payload's action result (`a`). */
export async function readActionResponse(res: Response): Promise<ActionResponse> {
  const bytes = new Uint8Array(await res.arrayBuffer())
  const text = new TextDecoder().decode(bytes)
  const contentType = res.headers.get('content-type') ?? ''
  const redirect = res.headers.get('x-action-redirect')?.split(';')[0]
  const out: ActionResponse = { status: res.status, text, contentType, redirect: redirect || undefined }
  if (redirect || !contentType.startsWith('text/x-component')) return out
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes)
      c.close()
    },
  })
  // Client components in a re-rendered tree are references we never load: any module id resolves to
  // a stub, and nothing here renders it.
  const moduleMap = new Proxy({}, { get: (_t, id) => new Proxy({}, { get: (_u, name) => ({ id, chunks: [], name }) }) })
  const payload = (await flight.createFromReadableStream(stream, {
    serverConsumerManifest: { moduleMap, serverModuleMap: null, moduleLoading: null },
  })) as { a?: unknown }
  out.result = await payload.a
  return out
}
