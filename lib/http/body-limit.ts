// Request body limits, shared by next.config.ts (Next's own limit for server actions), the proxy (which
// answers 413 before anything parses a body) and the forms (which say so before sending).

/** A server action's body: forms here are text; the largest, a case study in three languages, is ~100 KB. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024
/** A route handler's body (only Auth.js's sign-in and sign-out endpoints take one). */
export const ROUTE_BODY_LIMIT_BYTES = 64 * 1024
/** The document upload route's body: a scan of up to 10 MB (lib/documents/schema.ts) and its form fields. */
export const DOCUMENT_BODY_LIMIT_BYTES = 10 * 1024 * 1024 + 64 * 1024
/** The one route that takes a large body. */
export const isDocumentUpload = (pathname: string) => pathname === '/api/documents'
/** The import page's actions: spreadsheets of up to 20 MB (lib/import/parse.ts MAX_IMPORT_BYTES) and their form fields. */
export const IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024 + 64 * 1024
/** The one page whose server actions take a large body: /<locale>/manage/import. */
export const isImportPage = (pathname: string) => /^\/(ky|ru|en)\/manage\/import$/.test(pathname)
/** Next's own limit for server actions and for bodies passing the proxy: the largest of the above. */
export const NEXT_BODY_LIMIT_BYTES = Math.max(IMPORT_BODY_LIMIT_BYTES, DOCUMENT_BODY_LIMIT_BYTES)

/**
 * The body of the proxy's 413 answer to a server action called by the page's JavaScript. Next's client
 * turns a plain-text error answer into an Error with this text as its message; the form recognizes it
 * and shows the message in the user's language.
 */
export const REQUEST_TOO_LARGE_MARKER = '413 Request body too large'
/** The proxy's answer to an action whose body states no length (no browser sends one). */
export const LENGTH_REQUIRED_MARKER = '411 Length Required'

/** Multipart boundaries and part headers per field, roughly (Next's docs: 10–20 KB for a large upload). */
const PART_OVERHEAD_BYTES = 200

/** What a form submission will weigh on the wire, near enough to stay under the limit. */
export function submissionSize(formData: FormData, state: unknown): number {
  const encoder = new TextEncoder()
  let size = encoder.encode(JSON.stringify(state ?? null)).length + PART_OVERHEAD_BYTES
  for (const [name, value] of formData.entries()) {
    size += PART_OVERHEAD_BYTES + encoder.encode(name).length
    size += typeof value === 'string' ? encoder.encode(value).length : value.size
  }
  return size
}
