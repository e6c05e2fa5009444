import 'server-only'
import { prisma } from '@/lib/db'

/** Headline figures of the public registry (published records only). */
export async function getRegistryTotals() {
  const [caseStudies, partnerships, territories] = await Promise.all([
    prisma.caseStudy.count({ where: { publicationStatus: 'PUBLISHED' } }),
    prisma.partnership.count({ where: { publicationStatus: 'PUBLISHED' } }),
    prisma.territory.count(),
  ])
  return { caseStudies, partnerships, territories }
}
