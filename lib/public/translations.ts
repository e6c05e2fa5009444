import 'server-only'
import { cache } from 'react'
import { prisma } from '@/lib/db'
import type { TranslationStatus } from '@/lib/generated/prisma/enums'
import type { Locale } from '@/lib/i18n/locales'
import type { PublicPartnership } from './partnerships'
import type { PublicProject } from './projects'

/**
 * Statuses a reader is told about: text in their language that is not the organization's own words nor a
 * reviewed translation (docs/decisions/013-translations.md).
 */
export const UNREVIEWED_STATUSES = ['MACHINE', 'DRAFT', 'REGISTRY'] as const satisfies readonly TranslationStatus[]
export type UnreviewedStatus = (typeof UNREVIEWED_STATUSES)[number]

/**
 * How the texts of these records in `locale` were translated, where not reviewed: each status with the
 * number of fields that have it (none: nothing to say). The callers pass records they loaded through
 * this boundary; a status carries no text.
 */
export const getUnreviewedTranslations = cache(
  async (entityIdsKey: string, locale: Locale): Promise<{ status: UnreviewedStatus; fields: number }[]> => {
    const entityIds = entityIdsKey.split(',').filter(Boolean)
    if (!entityIds.length) return []
    const rows = await prisma.textTranslation.groupBy({
      by: ['status'],
      where: { entityId: { in: entityIds }, locale, status: { in: [...UNREVIEWED_STATUSES] } },
      _count: { _all: true },
    })
    return rows
      .map((r) => ({ status: r.status as UnreviewedStatus, fields: r._count._all }))
      .sort((a, b) => UNREVIEWED_STATUSES.indexOf(a.status) - UNREVIEWED_STATUSES.indexOf(b.status))
  },
)

/** Every record of a public partnership whose texts a page shows: the partnership, its parties, projects, lines, outcomes, memoranda. */
export function partnershipTextIds(p: PublicPartnership): string[] {
  return [
    p.id,
    ...p.parties.map((x) => x.id),
    ...p.projects.flatMap((pr) => [pr.id, ...pr.contributions.map((c) => c.id), ...pr.outcomes.map((o) => o.id)]),
    ...p.agreements.map((a) => a.id),
  ]
}

/** The same for a public project page. */
export function projectTextIds(p: PublicProject): string[] {
  return [p.id, ...p.contributions.map((c) => c.id), ...p.outcomes.map((o) => o.id)]
}
