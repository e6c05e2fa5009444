import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { PublishableEntity } from '@/lib/publishing/mutations'
import { canEditRecord } from '@/lib/publishing/access'

const titleField: Record<PublishableEntity, string> = {
  Organization: 'name',
  Partnership: 'title',
  Project: 'title',
  Contribution: 'partyNameAsReported',
  Outcome: 'indicator',
  Grant: 'title',
  Programme: 'title',
  CaseStudy: 'title',
}

/** The record if its history may be shown: it is published, or the actor may change it. */
export async function canViewRecordHistory(
  actor: Actor | null,
  entity: PublishableEntity,
  id: string,
): Promise<{ title: unknown } | null> {
  const delegate = (
    prisma as unknown as Record<string, { findUnique(a: object): Promise<Record<string, unknown> | null> }>
  )[entity[0].toLowerCase() + entity.slice(1)]
  const row = await delegate.findUnique({
    where: { id },
    select: { publicationStatus: true, [titleField[entity]]: true },
  })
  if (!row) return null
  const title = entity === 'Contribution' ? { en: row[titleField[entity]] } : row[titleField[entity]]
  if (row.publicationStatus === 'PUBLISHED') return { title }
  return actor && (await canEditRecord(actor, entity, id)) ? { title } : null
}
