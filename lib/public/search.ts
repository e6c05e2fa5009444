import 'server-only'
import { prisma } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { requiredText, type Text } from './dto'
import { publicProjectSql } from './sql'

export type SearchEntity = 'organization' | 'partnership' | 'project' | 'caseStudy'
export type SearchHit = { entity: SearchEntity; id: string; slug: string; title: Text; score: number }

const MAX_QUERY = 200
/** One wrong letter in a six-letter name ("Tokmak" for "Tokmok") scores 0.4. */
const FUZZY_THRESHOLD = 0.4
let trigrams: Promise<boolean> | null = null

/** Whether the server has pg_trgm (the search migration enables it where it can). Asked once. */
function hasTrigrams(): Promise<boolean> {
  trigrams ??= prisma.$queryRaw<
    { on: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS on`
    .then(([r]) => r.on)
    .catch(() => false)
  return trigrams
}

/**
 * Published organizations, partnerships, projects and case studies matching `query` in any script:
 * the query and the documents are folded by the same SQL function (kg_fold_letters: "Токмок" and
 * "Tokmok" are both "tokmok"), then matched by substring, by word prefixes (full text), and, where the
 * server has pg_trgm, by trigram similarity for misspellings. Any input is safe: it is a bound
 * parameter and folding leaves only letters, digits and spaces.
 */
export async function searchPublic(
  query: string,
  { limit = 30, entities }: { limit?: number; entities?: SearchEntity[] } = {},
): Promise<SearchHit[]> {
  // Control characters (NUL above all) are not text PostgreSQL accepts; they carry no meaning here.
  const q = query.slice(0, MAX_QUERY).replace(/[\u0000-\u001f\u007f]/g, ' ')
  if (!q.trim()) return []
  const fuzzy = (await hasTrigrams())
    ? Prisma.sql`OR word_similarity(f.q, d.document) >= ${FUZZY_THRESHOLD}`
    : Prisma.empty
  const fuzzyScore = (await hasTrigrams()) ? Prisma.sql`+ word_similarity(f.q, d.document)` : Prisma.empty
  const only = entities?.length ? Prisma.sql`AND d.entity IN (${Prisma.join(entities)})` : Prisma.empty
  const rows = await prisma.$queryRaw<
    { entity: SearchEntity; id: string; slug: string; title: unknown; score: number }[]
  >`
    WITH f AS (
      SELECT kg_fold_letters(${q}) AS q
    ), t AS (
      SELECT q, CASE WHEN q = '' THEN NULL ELSE to_tsquery('simple', regexp_replace(q, ' ', ':* & ', 'g') || ':*') END AS tsq FROM f
    )
    SELECT d.entity, d."entityId" AS id, d.slug, d.title,
      (CASE WHEN d.document LIKE '%' || f.q || '%' THEN 2 ELSE 0 END
        + ts_rank(to_tsvector('simple', d.document), t.tsq) ${fuzzyScore})::float8 AS score
    FROM "SearchDocument" d, f, t
    WHERE d."publicationStatus" = 'PUBLISHED' AND f.q <> '' ${only}
      -- a project or case study is public only while the records it belongs to are (lib/public/where.ts)
      AND (d.entity <> 'project' OR EXISTS (SELECT 1 FROM "Project" p WHERE p.id = d."entityId" AND ${publicProjectSql('p')}))
      AND (d.entity <> 'caseStudy' OR NOT EXISTS (
        SELECT 1 FROM "CaseStudy" cs JOIN "Partnership" pp ON pp.id = cs."partnershipId"
        WHERE cs.id = d."entityId" AND pp."publicationStatus" <> 'PUBLISHED'))
      AND (d.document LIKE '%' || f.q || '%' OR to_tsvector('simple', d.document) @@ t.tsq ${fuzzy})
    ORDER BY score DESC, d.entity, d.slug
    LIMIT ${limit}
  `
  return rows.map((r) => ({ ...r, title: requiredText(r.title) }))
}
