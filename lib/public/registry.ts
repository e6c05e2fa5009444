import 'server-only'
import { prisma } from '@/lib/db'
import { getMoneyFigures } from './money'
import { publicCaseStudyWhere, publicPartnershipWhere } from './where'

/** Headline figures of the public registry, and the national money total with what it is made of. */
export async function getRegistryTotals() {
  const [caseStudies, partnerships, territories, national, multiOblast] = await Promise.all([
    prisma.caseStudy.count({ where: publicCaseStudyWhere }),
    prisma.partnership.count({ where: publicPartnershipWhere }),
    prisma.territory.count(),
    getMoneyFigures({ kind: 'national' }),
    getMoneyFigures({ kind: 'multiOblast' }),
  ])
  return { caseStudies, partnerships, territories, national, multiOblast }
}
