import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Locale } from '@/lib/i18n/locales'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { latestMergeInto, previewMerge, undoBlockers, type MergeCounts } from './merge'

/**
 * The merge page of an organization (admins only; anyone else gets null, shown as not found): the
 * organizations to choose the duplicate from, the preview of the chosen one, the latest merge into
 * it and why that can no longer be undone, if so.
 */
export async function getMergePage(actor: Actor, survivorId: string, mergedId: string | null, locale: Locale) {
  if (!actor.isAdmin) return null
  const survivor = await prisma.organization.findUnique({
    where: { id: survivorId },
    select: { id: true, slug: true, name: true, sourceLocale: true, kind: true },
  })
  if (!survivor) return null
  const [options, preview, latest] = await Promise.all([
    listOrganizationOptions(actor, locale),
    mergedId && mergedId !== survivorId ? previewMerge(prisma, survivorId, mergedId) : null,
    latestMergeInto(prisma, survivorId),
  ])
  const merge = latest && {
    id: latest.id,
    createdAt: latest.createdAt,
    undoneAt: latest.undoneAt,
    mergedName: latest.mergedName,
    mergedSlug: latest.mergedSlug,
    counts: latest.counts as MergeCounts,
    blockers: latest.undoneAt ? [] : await undoBlockers(prisma, latest),
  }
  return {
    survivor,
    options: options.filter((o) => o.id !== survivorId),
    preview: preview && {
      merged: { id: preview.merged.id, name: preview.merged.name, slug: preview.merged.slug },
      counts: preview.counts,
      conflicts: preview.conflicts,
      aliasesAdded: preview.aliasesAdded,
      filled: preview.filled,
    },
    merge,
  }
}
