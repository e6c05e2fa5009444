import 'server-only'
import { prisma } from '@/lib/db'
import { orgRef, outcomeSelect, published, toPublicOutcome } from '@/lib/records/public-selects'

/** A published programme: donors and implementers, places, projects, targets. */
export async function getPublicProgramme(slug: string) {
  if (slug.length > 200) return null
  const p = await prisma.programme.findFirst({
    where: { slug, ...published },
    select: {
      slug: true,
      title: true,
      description: true,
      sourceLocale: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
      budgetMinor: true,
      budgetCurrency: true,
      themes: true,
      parties: { select: { role: true, organization: orgRef } },
      territories: { select: { territory: { select: { code: true, path: true, name: true, kind: true } } } },
      projects: {
        where: published,
        select: {
          id: true,
          title: true,
          sourceLocale: true,
          periodAsReported: true,
          partnership: { select: { slug: true, title: true } },
        },
      },
      targets: { where: published, select: outcomeSelect },
    },
  })
  if (!p) return null
  return {
    ...p,
    parties: p.parties.filter((x) => x.organization.publicationStatus === 'PUBLISHED'),
    targets: p.targets.map(toPublicOutcome),
  }
}
