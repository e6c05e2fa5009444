import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import { canEditOutcome, outcomePolicySelect } from './policy'

export async function getOutcomeForEdit(actor: Actor, id: string) {
  const row = await prisma.outcome.findUnique({
    where: { id },
    include: {
      project: { select: { ...outcomePolicySelect.project.select, id: true, title: true, sourceLocale: true } },
      programme: { select: outcomePolicySelect.programme.select },
    },
  })
  return row && canEditOutcome(actor, row) ? row : null
}
export type OutcomeForEdit = NonNullable<Awaited<ReturnType<typeof getOutcomeForEdit>>>
