import 'server-only'
import { prisma } from '@/lib/db'
import type { ErrorKey, WarningKey } from '@/lib/forms/errors'

/**
 * Territories named by a form: each must exist and be a place (not a whole oblast). A unit that a reform has abolished (validTo in the
 * past) is accepted — records keep the place they were made in — with a warning for the user.
 */
export async function checkTerritories(ids: string[]): Promise<{ error?: ErrorKey; warnings: WarningKey[] }> {
  if (!ids.length) return { warnings: [] }
  const rows = await prisma.territory.findMany({
    where: { id: { in: ids } },
    select: { id: true, level: true, kind: true, validTo: true },
  })
  if (rows.length !== new Set(ids).size) return { error: 'unknownRecord', warnings: [] }
  // Places are rayons, aiyl okmots and towns, or the two cities of republican significance (no units below them).
  if (rows.some((r) => r.level === 1 && r.kind !== 'REPUBLICAN_CITY')) return { error: 'territoryLevel', warnings: [] }
  const now = new Date()
  return { warnings: rows.some((r) => r.validTo && r.validTo < now) ? ['territoryAbolished'] : [] }
}
