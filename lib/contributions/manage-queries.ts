import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import { canEditContribution, contributionPolicySelect } from './policy'

/** A ledger line for its edit form, with its project and grant; null unless the actor may change it. */
export async function getContributionForEdit(actor: Actor, id: string) {
  const row = await prisma.contribution.findUnique({
    where: { id },
    include: {
      project: { select: { ...contributionPolicySelect.project.select, id: true, title: true, sourceLocale: true } },
      grant: { select: { id: true, title: true, recipientId: true } },
    },
  })
  return row && canEditContribution(actor, row) ? row : null
}
export type ContributionForEdit = NonNullable<Awaited<ReturnType<typeof getContributionForEdit>>>
