import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import { notFound } from '@/lib/errors'
import type { Locale } from '@/lib/i18n/locales'
import {
  publicCaseStudyWhere,
  publicOrganizationWhere,
  publicPartnershipWhere,
  publicProjectWhere,
} from '@/lib/public/where'
import type { SuggestionInput, SuggestionTarget } from './schema'

/**
 * The organization that keeps a public record, found through the public filters only: a draft, a
 * withdrawn record or one under a non-public parent has none here (the reader's page would be a 404).
 * A place's is the local government that governs it, when its record is public.
 */
export async function owningOrganizationId(target: SuggestionTarget, key: string): Promise<string | null> {
  const owner = { ownerOrganizationId: true } as const
  switch (target) {
    case 'case-study':
      return (
        (await prisma.caseStudy.findFirst({ where: { AND: [{ slug: key }, publicCaseStudyWhere] }, select: owner }))
          ?.ownerOrganizationId ?? null
      )
    case 'partnership':
      return (
        (await prisma.partnership.findFirst({ where: { AND: [{ slug: key }, publicPartnershipWhere] }, select: owner }))
          ?.ownerOrganizationId ?? null
      )
    case 'project':
      return (
        (await prisma.project.findFirst({ where: { AND: [{ id: key }, publicProjectWhere] }, select: owner }))
          ?.ownerOrganizationId ?? null
      )
    case 'organization':
      return (
        (
          await prisma.organization.findFirst({
            where: { AND: [{ slug: key }, publicOrganizationWhere] },
            select: owner,
          })
        )?.ownerOrganizationId ?? null
      )
    case 'place':
      return (
        (
          await prisma.organization.findFirst({
            where: { AND: [{ governsTerritory: { is: { code: key } } }, publicOrganizationWhere] },
            select: { id: true },
            orderBy: { id: 'asc' },
          })
        )?.id ?? null
      )
  }
}

/**
 * Stores a reader's suggestion for the organization that keeps the record. A robot's (the hidden field
 * filled in) is answered alike and stored nowhere: null.
 */
export async function suggestCorrection(
  target: SuggestionTarget,
  key: string,
  input: SuggestionInput,
  locale: Locale,
): Promise<{ id: string; organizationId: string } | null> {
  const organizationId = await owningOrganizationId(target, key)
  if (!organizationId) throw notFound()
  if (input.website) return null
  return prisma.correctionSuggestion.create({
    data: {
      organizationId,
      target,
      targetKey: key,
      message: input.message,
      contactEmail: input.contactEmail ?? null,
      locale,
    },
    select: { id: true, organizationId: true },
  })
}

/** Who hears of a new suggestion: the people of the organization that keeps the record (active accounts). */
export async function suggestionRecipients(organizationId: string): Promise<string[]> {
  const members = await prisma.membership.findMany({
    where: { organizationId, user: { disabledAt: null } },
    select: { user: { select: { email: true } } },
    orderBy: { user: { email: 'asc' } },
  })
  return members.map((m) => m.user.email)
}

/** Marks a suggestion dealt with: by a member of its organization (or an administrator); others get "not found". */
export async function markSuggestionHandled(actor: Actor, id: string) {
  const row = await prisma.correctionSuggestion.findUnique({ where: { id }, select: { organizationId: true } })
  if (!row || !(actor.isAdmin || actor.memberships.some((m) => m.organizationId === row.organizationId)))
    throw notFound()
  await prisma.correctionSuggestion.updateMany({
    where: { id, handledAt: null },
    data: { handledAt: new Date(), handledById: actor.userId },
  })
}
