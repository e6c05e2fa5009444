import 'server-only'
import { revalidateTag } from 'next/cache'
import { prisma } from '@/lib/db'
import { placeTags } from '@/lib/public/cached'

/**
 * What the public cache knows a change by (docs/decisions/014-caching-public-data.md): a record, named
 * by its kind and id, or `all` for a change that may touch any record (a bulk import and its undo).
 */
export type PublicRecord = { entity: PublicEntity; id: string } | 'all'
export type PublicEntity =
  | 'Organization'
  | 'Partnership'
  | 'Project'
  | 'Contribution'
  | 'Outcome'
  | 'Grant'
  | 'Programme'
  | 'CaseStudy'
  | 'Agreement'
  | 'Document'

/** Records whose change leaves the national figures as they are: text the home page never shows. */
const NOT_ON_HOME: ReadonlySet<PublicEntity> = new Set(['CaseStudy', 'Document'])

/**
 * The cache tags a record's change touches, read in one query: every place it is shown in (its own
 * places, its projects' and partnerships' places, the home and governed places of the organizations
 * it names) with all their ancestors (`placeTags`, their totals include it), the record tags of the
 * records whose pages show it, and `home` when the national figures may change. Asked before a change
 * and after it, so a record that moves or is withdrawn expires its old places and its new ones.
 */
export async function publicTags(record: PublicRecord | undefined): Promise<string[]> {
  if (!record) return []
  if (record === 'all') return ['public']
  const { entity: e, id } = record
  const rows = await prisma.$queryRaw<{ kind: string; value: string }[]>`
    WITH
    org AS (
      SELECT ${id}::text AS id WHERE ${e} = 'Organization'
      UNION SELECT "organizationId" FROM "AgreementParty" WHERE ${e} = 'Agreement' AND "agreementId" = ${id}
      UNION SELECT "organizationId" FROM "CaseStudy" WHERE ${e} = 'CaseStudy' AND id = ${id}
      UNION SELECT "funderId" FROM "Grant" WHERE ${e} = 'Grant' AND id = ${id}
      UNION SELECT "recipientId" FROM "Grant" WHERE ${e} = 'Grant' AND id = ${id}
    ),
    ps AS (
      SELECT id FROM "Partnership" WHERE ${e} = 'Partnership' AND id = ${id}
      UNION SELECT "partnershipId" FROM "Project" WHERE ${e} = 'Project' AND id = ${id}
      UNION SELECT "partnershipId" FROM "Agreement" WHERE ${e} = 'Agreement' AND id = ${id}
      UNION SELECT a."partnershipId" FROM "Document" d JOIN "Agreement" a ON a.id = d."agreementId"
        WHERE ${e} = 'Document' AND d.id = ${id}
      UNION SELECT "partnershipId" FROM "CaseStudy" WHERE ${e} = 'CaseStudy' AND id = ${id}
      UNION SELECT "partnershipId" FROM "PartnershipParty" WHERE ${e} = 'Organization' AND "organizationId" = ${id}
      UNION SELECT id FROM "Partnership" WHERE ${e} = 'Organization' AND "ownerOrganizationId" = ${id}
    ),
    pj AS (
      SELECT id FROM "Project" WHERE ${e} = 'Project' AND id = ${id}
      UNION SELECT "projectId" FROM "Contribution" WHERE ${e} = 'Contribution' AND id = ${id}
      UNION SELECT "projectId" FROM "Outcome" WHERE ${e} = 'Outcome' AND id = ${id}
      UNION SELECT "projectId" FROM "Grant" WHERE ${e} = 'Grant' AND id = ${id}
      UNION SELECT id FROM "Project" WHERE ${e} = 'Programme' AND "programmeId" = ${id}
      UNION SELECT "projectId" FROM "AgreementProject" WHERE ${e} = 'Agreement' AND "agreementId" = ${id}
      UNION SELECT ap."projectId" FROM "Document" d JOIN "AgreementProject" ap ON ap."agreementId" = d."agreementId"
        WHERE ${e} = 'Document' AND d.id = ${id}
      UNION SELECT id FROM "Project" WHERE ${e} IN ('Partnership', 'Organization')
        AND "partnershipId" IN (SELECT id FROM ps)
      UNION SELECT id FROM "Project" WHERE ${e} = 'Organization' AND "ownerOrganizationId" = ${id}
    ),
    pg AS (
      SELECT ${id}::text AS id WHERE ${e} = 'Programme'
      UNION SELECT "programmeId" FROM "Outcome" WHERE ${e} = 'Outcome' AND id = ${id}
      UNION SELECT "programmeId" FROM "Grant" WHERE ${e} = 'Grant' AND id = ${id}
    ),
    t AS (
      SELECT "territoryId" AS id FROM "PartnershipTerritory" WHERE "partnershipId" IN (SELECT id FROM ps)
      UNION SELECT "territoryId" FROM "ProjectTerritory" WHERE "projectId" IN (SELECT id FROM pj)
      UNION SELECT "attributedTerritoryId" FROM "Project" WHERE id IN (SELECT id FROM pj)
      UNION SELECT "territoryId" FROM "ProgrammeTerritory" WHERE "programmeId" IN (SELECT id FROM pg)
      UNION SELECT "homeTerritoryId" FROM "Organization" WHERE id IN (SELECT id FROM org)
      UNION SELECT "governsTerritoryId" FROM "Organization" WHERE id IN (SELECT id FROM org)
      UNION SELECT "sourceChapterTerritoryId" FROM "CaseStudy" WHERE ${e} = 'CaseStudy' AND id = ${id}
    )
    SELECT 'place' AS kind, path AS value FROM "Territory" WHERE id IN (SELECT id FROM t)
    UNION ALL SELECT 'partnership', slug FROM "Partnership" WHERE id IN (SELECT id FROM ps)
    UNION ALL SELECT 'organization', slug FROM "Organization" WHERE id IN (SELECT id FROM org)
    UNION ALL SELECT 'programme', slug FROM "Programme" WHERE id IN (SELECT id FROM pg)
    UNION ALL SELECT 'case-study', slug FROM "CaseStudy" WHERE ${e} = 'CaseStudy' AND id = ${id}`
  const tags = rows.flatMap((r) => (r.kind === 'place' ? placeTags(r.value) : [`${r.kind}:${r.value}`]))
  if (!NOT_ON_HOME.has(e)) tags.push('home')
  return [...new Set(tags)].sort()
}

/**
 * After a change the public may see: exactly the cache entries carrying one of these tags expire at
 * once (`expire: 0`, no stale-while-revalidate) — on every instance when they share Redis — and the
 * public pages are rebuilt on their next request. The price is a re-read, never stale data (ADR 005).
 * No path is revalidated: Next tags each cached entry with the paths of the page that made it, the root
 * layout's among them, so `revalidatePath('/', 'layout')` would expire every entry of every page. An
 * action that expires a tag already tells the browser's router to drop what it holds.
 */
export function expirePublic(tags: readonly string[]) {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}

/** `touches` of an action bound to the record it changes (update, delete): that record, before and after. */
export const boundRecord =
  (entity: PublicEntity) =>
  (_result: unknown, id: string): PublicRecord => ({ entity, id })

/** `touches` of an action that creates a record: nothing before, the new record after. */
export const createdRecord =
  (entity: PublicEntity) =>
  (result: { id: string } | undefined): PublicRecord | undefined =>
    result && { entity, id: result.id }

/** `touches` of an action named by its bound arguments (entity, id): publication, confirmation. */
export const namedRecord = (_result: unknown, entity: PublicEntity, id: string): PublicRecord => ({ entity, id })

/** `touches` of a bulk change (an import, its undo): any record may change, every public entry expires. */
export const anyRecord = (): PublicRecord => 'all'
