import 'server-only'
import { revalidatePath } from 'next/cache'

/**
 * After a change that the public may see (a publication, or an edit of a published record): every
 * public page and cached response is rebuilt on its next request. Coarse on purpose until the public
 * atlas names its cache tags; the price is a re-render, never stale data (ADR 005).
 */
export function revalidatePublic() {
  revalidatePath('/', 'layout')
}
