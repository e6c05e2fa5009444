import 'server-only'
import { prisma } from '@/lib/db'
import {
  contributionSelect,
  orgRef,
  outcomeSelect,
  published,
  toPublicContribution,
  toPublicOutcome,
} from '@/lib/records/public-selects'

/** A published project with its ledger and outcomes; null when unknown or not public. */
export async function getPublicProject(id: string) {
  if (id.length > 64) return null
  const p = await prisma.project.findFirst({
    where: { id, ...published, OR: [{ partnershipId: null }, { partnership: published }] },
    select: {
      id: true,
      title: true,
      description: true,
      sourceLocale: true,
      periodAsReported: true,
      partnership: { select: { slug: true, title: true, publicationStatus: true } },
      programme: { select: { slug: true, title: true, publicationStatus: true } },
      territories: { select: { territory: { select: { code: true, path: true, name: true, kind: true } } } },
      contributions: { where: published, orderBy: { position: 'asc' }, select: contributionSelect },
      outcomes: { where: published, orderBy: { position: 'asc' }, select: outcomeSelect },
      grants: {
        where: published,
        select: {
          id: true,
          title: true,
          amountMinor: true,
          currency: true,
          amountWithheld: true,
          funder: orgRef,
          recipient: orgRef,
        },
      },
    },
  })
  if (!p) return null
  return {
    ...p,
    partnership: p.partnership?.publicationStatus === 'PUBLISHED' ? p.partnership : null,
    programme: p.programme?.publicationStatus === 'PUBLISHED' ? p.programme : null,
    contributions: p.contributions.map(toPublicContribution),
    outcomes: p.outcomes.map(toPublicOutcome),
    grants: p.grants.map(({ amountMinor, ...g }) => ({ ...g, amountMinor: g.amountWithheld ? null : amountMinor })),
  }
}
