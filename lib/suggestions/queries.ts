import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Locale } from '@/lib/i18n/locales'
import { caseStudyHref, organizationHref, partnershipHref, placeHref, projectHref } from '@/lib/i18n/paths'
import type { SuggestionTarget } from './schema'

export type SuggestionItem = {
  id: string
  organization: { id: string; name: unknown; sourceLocale: Locale }
  target: SuggestionTarget
  targetKey: string
  /** The public page it was sent from (below the locale). */
  href: string
  message: string
  contactEmail: string | null
  createdAt: Date
  handledAt: Date | null
}

/**
 * The suggestions for the organizations the actor belongs to: open ones first, then the latest handled.
 * An administrator sees their own organizations' too, not everyone's (the suggestions are the keepers').
 */
export async function listSuggestionsForActor(actor: Actor, limit = 50): Promise<SuggestionItem[]> {
  const organizationIds = actor.memberships.map((m) => m.organizationId)
  if (!organizationIds.length) return []
  const rows = await prisma.correctionSuggestion.findMany({
    where: { organizationId: { in: organizationIds } },
    orderBy: [{ handledAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    take: limit,
    select: {
      id: true,
      organization: { select: { id: true, name: true, sourceLocale: true } },
      target: true,
      targetKey: true,
      message: true,
      contactEmail: true,
      createdAt: true,
      handledAt: true,
    },
  })
  const placeCodes = rows.filter((r) => r.target === 'place').map((r) => r.targetKey)
  const places = placeCodes.length
    ? await prisma.territory.findMany({ where: { code: { in: placeCodes } }, select: { code: true, path: true } })
    : []
  const pathOf = new Map(places.map((p) => [p.code, p.path]))
  const href = (target: string, key: string) => {
    switch (target) {
      case 'case-study':
        return caseStudyHref(key)
      case 'partnership':
        return partnershipHref(key)
      case 'project':
        return projectHref(key)
      case 'organization':
        return organizationHref(key)
      default:
        return placeHref(pathOf.get(key) ?? key)
    }
  }
  return rows.map((r) => ({ ...r, target: r.target as SuggestionTarget, href: href(r.target, r.targetKey) }))
}
