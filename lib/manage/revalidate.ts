import 'server-only'
import { revalidatePath, revalidateTag } from 'next/cache'

/**
 * After a change that the public may see (a publication, or an edit of a published record): every
 * public page is rebuilt on its next request, and every cached public data entry ('use cache', tag
 * `public`; lib/public/cached.ts) expires at once — on every instance when they share Redis. Coarse
 * still: the writers do not yet name the places they touch, which would let this expire only those
 * places' tags (`placeTags`) and `home` (docs/decisions/014-caching-public-data.md). The price is a
 * re-read, never stale data (ADR 005).
 */
export function revalidatePublic() {
  revalidateTag('public', { expire: 0 })
  revalidatePath('/', 'layout')
}
