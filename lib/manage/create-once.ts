import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'

/**
 * Runs a create whose row id comes from the submission (lib/forms/submission.ts). When the id is
 * already taken — the same form sent twice — returns `{ duplicate: true }` instead of failing, so the
 * action can show the row the first submission made.
 */
export async function createOnce<T>(
  exists: () => Promise<boolean>,
  create: () => Promise<T>,
): Promise<{ duplicate: false; result: T } | { duplicate: true }> {
  if (await exists()) return { duplicate: true }
  try {
    return { duplicate: false, result: await create() }
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002' && (await exists()))
      return { duplicate: true }
    throw e
  }
}
