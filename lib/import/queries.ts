import 'server-only'
import { actingOrgIds, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'

/** The organizations the actor may import for: those they edit for or are an official of (admins: those too). */
export function importOrganizations(actor: Actor) {
  const ids = actingOrgIds(actor)
  return actor.memberships
    .filter((m) => ids.includes(m.organizationId))
    .map((m) => ({ id: m.organizationId, name: m.organization.name }))
}

/**
 * The import history of the organizations the actor imports for (admins: every organization's): who,
 * when, which file, its hash and counts, newest first; the latest not undone one per organization can be undone.
 */
export async function listImportHistory(actor: Actor) {
  const where = actor.isAdmin ? {} : { organizationId: { in: actingOrgIds(actor) } }
  const batches = await prisma.importBatch.findMany({ where, orderBy: { createdAt: 'desc' }, take: 50 })
  const [users, orgs] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: batches.flatMap((b) => (b.userId ? [b.userId] : [])) } },
      select: { id: true, name: true },
    }),
    prisma.organization.findMany({
      where: { id: { in: [...new Set(batches.map((b) => b.organizationId))] } },
      select: { id: true, name: true, sourceLocale: true },
    }),
  ])
  const userName = new Map(users.map((u) => [u.id, u.name]))
  const org = new Map(orgs.map((o) => [o.id, o]))
  const latest = new Set<string>()
  const seen = new Set<string>()
  for (const b of batches)
    if (!seen.has(b.organizationId) && !b.undoneAt) {
      latest.add(b.id)
      seen.add(b.organizationId)
    } else seen.add(b.organizationId)
  return batches.map((b) => ({
    id: b.id,
    organizationId: b.organizationId,
    organizationName: org.get(b.organizationId)?.name ?? null,
    organizationLocale: org.get(b.organizationId)?.sourceLocale ?? 'en',
    userName: b.userId ? (userName.get(b.userId) ?? null) : null,
    createdAt: b.createdAt,
    fileName: b.fileName,
    sha256: b.sha256,
    rowCount: b.rowCount,
    created: b.created,
    updated: b.updated,
    unchanged: b.unchanged,
    undoneAt: b.undoneAt,
    canUndo: latest.has(b.id),
  }))
}
