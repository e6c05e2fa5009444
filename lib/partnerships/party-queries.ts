import 'server-only'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'
import { canEditContribution, contributionPolicySelect, coPartyOrgIds } from '@/lib/contributions/policy'
import { prisma } from '@/lib/db'
import { requiredText } from '@/lib/public/dto'
import { projectPolicySelect } from '@/lib/projects/policy'
import { partnershipViewOf } from './policy'

/**
 * What a party of a partnership (not its owner) works with: each project, the lines its own
 * organizations entered (the only lines it may change), and whether it may add its own. Null unless
 * the actor is such a party.
 */
export async function getPartyDesk(actor: Actor, partnershipId: string) {
  const p = await prisma.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      ownerOrganizationId: true,
      publicationStatus: true,
      parties: { select: { organizationId: true, partyType: true } },
      projects: {
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          title: true,
          ...projectPolicySelect,
          contributions: {
            where: { ownerOrganizationId: { in: memberOrgIds(actor) } },
            orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
            select: {
              id: true,
              kind: true,
              amountMinor: true,
              currency: true,
              amountWithheld: true,
              ...contributionPolicySelect,
            },
          },
        },
      },
    },
  })
  if (!p || partnershipViewOf(actor, p) !== 'party') return null
  return {
    canContribute: p.projects.length > 0 && coPartyOrgIds(actor, p.projects[0]).length > 0,
    projects: p.projects.map((pr) => ({
      id: pr.id,
      title: requiredText(pr.title),
      lines: pr.contributions.map((c) => ({ ...c, canEdit: canEditContribution(actor, c) })),
    })),
  }
}
