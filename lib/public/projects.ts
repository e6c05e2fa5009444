import 'server-only'
import { cache } from 'react'
import { prisma } from '@/lib/db'
import { confirmedByBoth, confirmingBodies } from './confirmations'
import { contributionSelect, grantSelect, outcomeSelect, place, placeSelect, requiredText, text } from './dto'
import { toPublicContribution, toPublicGrant, toPublicOutcome } from './dto'
import type { Place, PublicContribution, PublicGrant, PublicOutcome, Text } from './dto'
import { projectHeadSelect, toProjectHead, type ProjectHead } from './lists'
import { costShare, type CostShare } from './totals'
import { published, publicGrantWhere, publicProjectWhere } from './where'

export type PublicProject = ProjectHead & {
  description: Text | null
  partnership: { slug: string; title: Text } | null
  programme: { slug: string; title: Text } | null
  places: Place[]
  /** The project's money counts here (ADR 008); null: in several oblasts, or no place. */
  attributedTo: Place | null
  contributions: PublicContribution[]
  outcomes: PublicOutcome[]
  grants: PublicGrant[]
  costShare: CostShare
}

/** A public project with its ledger, outcomes and grants; null when unknown or not public. Once per request. */
export const getPublicProject = cache(async (id: string): Promise<PublicProject | null> => {
  if (!/^[a-z0-9]{1,40}$/.test(id)) return null
  const p = await prisma.project.findFirst({
    where: { AND: [{ id }, publicProjectWhere] },
    select: {
      ...projectHeadSelect,
      description: true,
      // Public by publicProjectWhere: a project's partnership and programme are published.
      partnership: { select: { slug: true, title: true } },
      programme: { select: { slug: true, title: true } },
      territories: { select: { territory: placeSelect }, orderBy: { territory: { code: 'asc' } } },
      attributedTerritory: placeSelect,
      contributions: {
        where: published,
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: contributionSelect,
      },
      outcomes: { where: published, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: outcomeSelect },
      grants: { where: publicGrantWhere, select: grantSelect },
    },
  })
  if (!p) return null
  const confirmed = await confirmedByBoth(
    'Contribution',
    confirmingBodies({ entity: 'Contribution', rows: p.contributions }),
  )
  return {
    ...toProjectHead(p),
    description: text(p.description),
    partnership: p.partnership && { slug: p.partnership.slug, title: requiredText(p.partnership.title) },
    programme: p.programme && { slug: p.programme.slug, title: requiredText(p.programme.title) },
    places: p.territories.map((t) => place(t.territory)),
    attributedTo: p.attributedTerritory && place(p.attributedTerritory),
    contributions: p.contributions.map((c) => toPublicContribution(c, confirmed)),
    outcomes: p.outcomes.map(toPublicOutcome),
    grants: p.grants.map(toPublicGrant),
    costShare: costShare(p.contributions, { forPublic: true }),
  }
})
