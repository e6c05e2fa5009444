import 'server-only'
import { prisma } from '@/lib/db'

// The old public address of an organization merged into another (lib/organizations/merge): a donor's
// saved link keeps working.

/**
 * Where a merged organization's old public address leads: the survivor's slug, following later merges,
 * but only to a published organization (a redirect must not reveal a draft's address).
 */
export async function survivorSlugOf(slug: string): Promise<string | null> {
  let current = slug
  for (let hop = 0; hop < 5; hop++) {
    const merge = await prisma.organizationMerge.findFirst({
      where: { mergedSlug: current, undoneAt: null },
      orderBy: { createdAt: 'desc' },
      select: { survivorId: true },
    })
    if (!merge) return null
    const survivor = await prisma.organization.findUnique({
      where: { id: merge.survivorId },
      select: { slug: true, publicationStatus: true },
    })
    if (survivor) return survivor.publicationStatus === 'PUBLISHED' ? survivor.slug : null
    const next = await prisma.organizationMerge.findFirst({
      where: { mergedId: merge.survivorId, undoneAt: null },
      orderBy: { createdAt: 'desc' },
      select: { mergedSlug: true },
    })
    if (!next) return null
    current = next.mergedSlug
  }
  return null
}
