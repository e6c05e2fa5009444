// What the upload form checks in the browser, without zod (lib/documents/schema.ts is the server's
// schema): the form's module is reachable from public record pages, whose JavaScript stays zod-free
// (tests/unit/public-client-bundle.test.ts).

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

/** For the file input's `accept`: a hint to the browser's picker, not a check. */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'
