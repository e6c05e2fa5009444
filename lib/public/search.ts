import 'server-only'
import { prisma } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { DatePrecision, OrganizationKind, TerritoryKind } from '@/lib/generated/prisma/enums'
import { placeIndex } from '@/lib/territories/match'
import { partialDate, place, requiredText, type PartialDate, type Place, type Text } from './dto'
import { publicPartnershipSql, publicProjectSql } from './sql'

export type SearchEntity = 'organization' | 'partnership' | 'project' | 'caseStudy'

/**
 * How a record matched, best first: its whole name or title (5), the start of one (4), the start of a
 * word inside one (3), the query as typed in its text (2), all its words in the text, each as the start
 * of a word (1), or only by similarity (0).
 */
export type MatchTier = 0 | 1 | 2 | 3 | 4 | 5

export type SearchHit = {
  entity: SearchEntity
  id: string
  slug: string
  title: Text
  tier: MatchTier
  score: number
  /** An organization's kind; null for the other entities. */
  organizationKind: OrganizationKind | null
  /** Where: an organization's territory, a partnership's (and its case study's) main place, a project's. */
  place: Place | null
  start: PartialDate | null
  end: PartialDate | null
}

const MAX_QUERY = 200
/** One wrong letter in a six-letter name ("Tokmak" for "Tokmok") scores 0.4. */
const FUZZY_THRESHOLD = 0.4
/** Of the similar records, only those nearly as similar as the best: "Tokmak" is Tokmok, not every "…mak". */
const FUZZY_BAND = 0.1
/** The similarity fallback runs in a transaction (its threshold is set for it alone); Prisma's default 5 s is short under load. */
const SIMILAR_TIMEOUT = 20_000
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

/** Control characters (NUL above all) are not text PostgreSQL accepts; they carry no meaning here. */
const cleanQuery = (query: string) => query.slice(0, MAX_QUERY).replace(/[\u0000-\u001f\u007f]/g, ' ')

type Row = {
  entity: SearchEntity
  id: string
  slug: string
  title: unknown
  tier: number
  score: number
  kind: string | null
  startDate: Date | null
  startPrecision: DatePrecision | null
  endDate: Date | null
  endPrecision: DatePrecision | null
  placeCode: string | null
  placePath: string | null
  placeName: unknown
  placeLevel: number | null
  placeKind: TerritoryKind | null
}

/**
 * Published organizations, partnerships, projects and case studies matching `query` in any script,
 * ranked (docs/decisions/006-search.md): the query and the documents are folded by the same SQL
 * function (kg_fold_letters: "Токмок" and "Tokmok" are both "tokmok"); a record called by the query
 * (its whole name, the start of a name, the start of a word in a name) comes before one that only
 * mentions it, and at equal footing a case study before its partnership, an organization and a
 * project. Similarity (pg_trgm, where the server has it) is the fallback for misspellings: it is
 * asked only when nothing matches as typed, so loose matches never drown exact ones. Any input is
 * safe: it is a bound parameter and folding leaves only letters, digits and spaces.
 */
export async function searchPublic(
  query: string,
  { limit = 30, entities }: { limit?: number; entities?: SearchEntity[] } = {},
): Promise<SearchHit[]> {
  const q = cleanQuery(query)
  if (!q.trim()) return []
  const only = entities?.length ? Prisma.sql`AND d.entity IN (${Prisma.join(entities)})` : Prisma.empty
  const strict = await prisma.$queryRaw<Row[]>`${hitsSql(q, only, limit, 'strict')}`
  if (strict.length || !(await hasTrigrams())) return strict.map(hit)
  // `<%` is word_similarity(q, document) >= pg_trgm.word_similarity_threshold, answered by the trigram
  // index; the threshold is set for this transaction only.
  const [, loose] = await prisma.$transaction(
    [
      prisma.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`,
      prisma.$queryRaw<Row[]>`${hitsSql(q, only, limit, 'similar')}`,
    ],
    { timeout: SIMILAR_TIMEOUT },
  )
  return loose.map(hit)
}

/**
 * The ranked query over the "SearchDocument" table (kept by triggers; migration `…_search_table`). The
 * folded query is an expression of the bound parameter, so the planner answers the LIKEs and the
 * full-text match from the GIN indexes instead of reading every document.
 */
function hitsSql(q: string, only: Prisma.Sql, limit: number, mode: 'strict' | 'similar'): Prisma.Sql {
  const fq = Prisma.sql`kg_fold_letters(${q})`
  const tsq = Prisma.sql`(CASE WHEN ${fq} = '' THEN NULL
    ELSE to_tsquery('simple', regexp_replace(${fq}, ' ', ':* & ', 'g') || ':*') END)`
  const matched =
    mode === 'strict'
      ? Prisma.sql`(d.names LIKE '%' || ${fq} || '%' OR d.document LIKE '%' || ${fq} || '%' OR d.tsv @@ ${tsq})`
      : Prisma.sql`${fq} <% d.document`
  const score = mode === 'strict' ? Prisma.sql`ts_rank(d.tsv, ${tsq})` : Prisma.sql`word_similarity(${fq}, d.document)`
  const tier =
    mode === 'strict'
      ? Prisma.sql`CASE
          WHEN d.names LIKE '%|' || ${fq} || '|%' THEN 5
          WHEN d.names LIKE '%|' || ${fq} || '%' THEN 4
          WHEN d.names LIKE '% ' || ${fq} || '%' THEN 3
          WHEN d.document LIKE '%' || ${fq} || '%' THEN 2
          ELSE 1
        END`
      : Prisma.sql`0`
  // only the records most alike: within FUZZY_BAND of the best
  const band = mode === 'strict' ? Prisma.sql`true` : Prisma.sql`h.score >= h.best - ${FUZZY_BAND}`
  const order = Prisma.sql`h.tier DESC,
    CASE h.entity WHEN 'caseStudy' THEN 0 WHEN 'partnership' THEN 1 WHEN 'organization' THEN 2 ELSE 3 END,
    h.score DESC, h.slug`
  return Prisma.sql`
    WITH h AS (
      SELECT d.entity, d."entityId", d.slug, d.title, d.kind, d."placeId", d."startDate", d."startPrecision",
        d."endDate", d."endPrecision", ${tier} AS tier, ${score} AS score
      FROM "SearchDocument" d
      WHERE ${fq} <> '' AND d."isPublic" AND ${matched} ${only}
    ), ranked AS (
      SELECT h.*, max(h.score) OVER () AS best FROM h
    ), top AS (
      SELECT h.* FROM ranked h WHERE ${band} ORDER BY ${order} LIMIT ${limit}
    )
    SELECT h.entity, h."entityId" AS id, h.slug, h.title, h.tier, (h.tier + h.score)::float8 AS score, h.kind,
      h."startDate", h."startPrecision", h."endDate", h."endPrecision",
      pl.code AS "placeCode", pl.path AS "placePath", pl.name AS "placeName", pl.level AS "placeLevel", pl.kind AS "placeKind"
    FROM top h
    LEFT JOIN "Territory" pl ON pl.id = h."placeId"
    -- "isPublic" is kept by the triggers; what is returned is asked of its own table too (lib/public/where.ts)
    WHERE CASE h.entity
      WHEN 'organization' THEN EXISTS (SELECT 1 FROM "Organization" o
        WHERE o.id = h."entityId" AND o."publicationStatus" = 'PUBLISHED')
      WHEN 'partnership' THEN EXISTS (SELECT 1 FROM "Partnership" ps
        WHERE ps.id = h."entityId" AND ${publicPartnershipSql('ps')})
      WHEN 'project' THEN EXISTS (SELECT 1 FROM "Project" p WHERE p.id = h."entityId" AND ${publicProjectSql('p')})
      WHEN 'caseStudy' THEN EXISTS (SELECT 1 FROM "CaseStudy" cs
        WHERE cs.id = h."entityId" AND cs."publicationStatus" = 'PUBLISHED' AND (cs."partnershipId" IS NULL
          OR EXISTS (SELECT 1 FROM "Partnership" csp WHERE csp.id = cs."partnershipId" AND ${publicPartnershipSql('csp')})))
      ELSE false
    END
    ORDER BY ${order}
  `
}

function hit(r: Row): SearchHit {
  return {
    entity: r.entity,
    id: r.id,
    slug: r.slug,
    title: requiredText(r.title),
    tier: r.tier as MatchTier,
    score: r.score,
    organizationKind: (r.kind as OrganizationKind | null) ?? null,
    place:
      r.placeCode && r.placePath && r.placeLevel !== null && r.placeKind
        ? place({ code: r.placeCode, path: r.placePath, name: r.placeName, level: r.placeLevel, kind: r.placeKind })
        : null,
    start: partialDate(r.startDate, r.startPrecision),
    end: partialDate(r.endDate, r.endPrecision),
  }
}

export type PlaceHit = Place & { parent: Place | null }

type IndexedPlace = { code: string; level: number; parentCode: string | null; names: string[]; place: Place }
let places: { at: number; index: Promise<ReturnType<typeof placeIndex<IndexedPlace>>> } | null = null
/** Territories change rarely (a reform, a renamed unit): the index is rebuilt every ten minutes. */
const PLACE_INDEX_TTL = 10 * 60_000

function placesIndex() {
  if (!places || Date.now() - places.at > PLACE_INDEX_TTL) {
    const index = prisma.territory
      .findMany({
        select: { code: true, path: true, name: true, level: true, kind: true, parent: { select: { code: true } } },
      })
      .then((rows) =>
        placeIndex<IndexedPlace>(
          rows.map((t) => {
            const name = requiredText(t.name)
            return {
              code: t.code,
              level: t.level,
              parentCode: t.parent?.code ?? null,
              names: [name.ky, name.ru, name.en].filter((n): n is string => !!n),
              place: place(t),
            }
          }),
        ),
      )
    index.catch(() => (places = null))
    places = { at: Date.now(), index }
  }
  return places.index
}

/**
 * The places (of all 532 units) a query names, in any script and common spelling, broadest first:
 * "Жалал-Абад", "Djalal-Abad" and "Jalal-Abad" give the oblast, then the city. The one place matcher
 * (lib/territories/match.ts), shared with the import. Territories are public reference data.
 */
export async function searchPlaces(query: string): Promise<PlaceHit[]> {
  const q = cleanQuery(query)
  if (!q.trim()) return []
  const index = await placesIndex()
  const byCode = (code: string | null) => (code ? index.match(code) : null)
  return index.all(q).map((t) => {
    const parent = byCode(t.parentCode)
    return { ...t.place, parent: parent?.kind === 'found' ? parent.territory.place : null }
  })
}
