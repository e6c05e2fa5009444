-- Search that ranks (docs/decisions/006-search.md, "Ranking"). Each document gains `names`: the folded
-- names and titles a record is called by, '|'-separated ('|manas 1000 builds a sports complex|manas 1000|'),
-- so a query can be compared with a whole name (exact), with its start (prefix) or with the start of a
-- word inside it, before the full text. A case study and a partnership are called by their titles,
-- their lead organizations (with their aliases) and their public projects' titles ("Taza Suu" names Lady Shirin's case).
-- The full text gains the case study's summary (not every section: folding them all on each query cost
-- ten times as much) and the party names as reported on public contributions ("Counterpart
-- International ('Kireshe' project)"). Amounts are never in a document.
-- Each document also carries its place (a territory id) and years, shown with the result.
-- Only public children are folded into a parent's document: a draft project's title or a draft
-- contribution's party name must not make its case study findable.

CREATE OR REPLACE FUNCTION kg_fold_names(VARIADIC names text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '|' || coalesce(string_agg(f, '|'), '') || '|'
  FROM (SELECT DISTINCT kg_fold_letters(n) AS f FROM unnest(names) n WHERE n IS NOT NULL) x
  WHERE f <> ''
$$;

DROP VIEW IF EXISTS "SearchDocument";

CREATE VIEW "SearchDocument" AS
WITH public_project AS (
  SELECT pr.* FROM "Project" pr
  WHERE pr."publicationStatus" = 'PUBLISHED'
    AND (pr."partnershipId" IS NULL OR EXISTS (
      SELECT 1 FROM "Partnership" pp WHERE pp.id = pr."partnershipId" AND pp."publicationStatus" = 'PUBLISHED'))
    AND (pr."programmeId" IS NULL OR EXISTS (
      SELECT 1 FROM "Programme" pg WHERE pg.id = pr."programmeId" AND pg."publicationStatus" = 'PUBLISHED'))
), public_contribution AS (
  -- the source's words for a party, unless they would name an organization that is not public
  -- (lib/public/dto.ts, partyRef)
  SELECT c."projectId", c."partyNameAsReported", pr."partnershipId" FROM "Contribution" c
  JOIN public_project pr ON pr.id = c."projectId"
  LEFT JOIN "Organization" o ON o.id = c."partyOrganizationId"
  WHERE c."publicationStatus" = 'PUBLISHED' AND (o.id IS NULL OR o."publicationStatus" = 'PUBLISHED')
), lead AS (
  -- the lead parties' names; a lead whose organization is not public names nothing
  SELECT pp."partnershipId",
    array_agg(concat_ws('|', pp."nameAsReported", o.name->>'ky', o.name->>'ru', o.name->>'en',
      (SELECT string_agg(a.name, '|') FROM "OrganizationAlias" a WHERE a."organizationId" = o.id))) AS names
  FROM "PartnershipParty" pp LEFT JOIN "Organization" o ON o.id = pp."organizationId"
  WHERE pp."isLead" AND (o.id IS NULL OR o."publicationStatus" = 'PUBLISHED')
  GROUP BY pp."partnershipId"
), partnership_extra AS (
  SELECT p.id,
    (SELECT array_agg(concat_ws('|', x.title->>'ky', x.title->>'ru', x.title->>'en'))
       FROM public_project x WHERE x."partnershipId" = p.id) AS projects,
    (SELECT string_agg(c."partyNameAsReported", ' ') FROM public_contribution c WHERE c."partnershipId" = p.id) AS contributors,
    (SELECT pt."territoryId" FROM "PartnershipTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId"
       WHERE pt."partnershipId" = p.id ORDER BY pt."isPrimary" DESC, t.level, t.path LIMIT 1) AS "placeId"
  FROM "Partnership" p
)
SELECT 'organization'::text AS entity, o.id AS "entityId", o.slug, o.name AS title, o."publicationStatus",
  kg_fold_letters(concat_ws(' ', o.name->>'ky', o.name->>'ru', o.name->>'en',
    (SELECT string_agg(a.name, ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = o.id),
    t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' '))) AS document,
  kg_fold_names(VARIADIC ARRAY[o.name->>'ky', o.name->>'ru', o.name->>'en']
    || coalesce((SELECT array_agg(a.name) FROM "OrganizationAlias" a WHERE a."organizationId" = o.id), '{}')) AS names,
  o.kind::text AS kind, t.id AS "placeId",
  NULL::date AS "startDate", NULL::text AS "startPrecision", NULL::date AS "endDate", NULL::text AS "endPrecision"
FROM "Organization" o
LEFT JOIN "Territory" t ON t.id = coalesce(o."governsTerritoryId", o."homeTerritoryId")
UNION ALL
SELECT 'partnership', p.id, p.slug, p.title, p."publicationStatus",
  kg_fold_letters(concat_ws(' ', p.title->>'ky', p.title->>'ru', p.title->>'en',
    (SELECT string_agg(concat_ws(' ', pp."nameAsReported", o.name->>'ky', o.name->>'ru', o.name->>'en'), ' ')
       FROM "PartnershipParty" pp LEFT JOIN "Organization" o ON o.id = pp."organizationId"
       WHERE pp."partnershipId" = p.id AND (o.id IS NULL OR o."publicationStatus" = 'PUBLISHED')),
    array_to_string(x.projects, ' '), x.contributors,
    (SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' ')), ' ')
       FROM "PartnershipTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."partnershipId" = p.id))),
  kg_fold_names(VARIADIC string_to_array(concat_ws('|', p.title->>'ky', p.title->>'ru', p.title->>'en',
    array_to_string(l.names, '|'), array_to_string(x.projects, '|')), '|')),
  NULL, x."placeId",
  p."startDate", p."startPrecision"::text, p."endDate", p."endPrecision"::text
FROM "Partnership" p
JOIN partnership_extra x ON x.id = p.id
LEFT JOIN lead l ON l."partnershipId" = p.id
UNION ALL
SELECT 'project', pr.id, pr.id, pr.title, pr."publicationStatus",
  kg_fold_letters(concat_ws(' ', pr.title->>'ky', pr.title->>'ru', pr.title->>'en',
    (SELECT string_agg(c."partyNameAsReported", ' ') FROM public_contribution c WHERE c."projectId" = pr.id),
    (SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en'), ' ')
       FROM "ProjectTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."projectId" = pr.id))),
  kg_fold_names(pr.title->>'ky', pr.title->>'ru', pr.title->>'en'),
  NULL, pr."attributedTerritoryId",
  pr."startDate", pr."startPrecision"::text, pr."endDate", pr."endPrecision"::text
FROM "Project" pr
UNION ALL
SELECT 'caseStudy', cs.id, cs.slug, cs.title, cs."publicationStatus",
  kg_fold_letters(concat_ws(' ', cs.title->>'ky', cs.title->>'ru', cs.title->>'en',
    CASE WHEN o."publicationStatus" = 'PUBLISHED' THEN concat_ws(' ', o.name->>'ky', o.name->>'ru', o.name->>'en') END,
    (SELECT string_agg(concat_ws(' ', pp."nameAsReported", po.name->>'ru', po.name->>'ky'), ' ')
       FROM "PartnershipParty" pp LEFT JOIN "Organization" po ON po.id = pp."organizationId"
       WHERE pp."partnershipId" = cs."partnershipId" AND (po.id IS NULL OR po."publicationStatus" = 'PUBLISHED')),
    array_to_string(x.projects, ' '), x.contributors,
    (SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' ')), ' ')
       FROM "PartnershipTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."partnershipId" = cs."partnershipId"),
    (SELECT string_agg(concat_ws(' ', s.body->>'ky', s.body->>'ru', s.body->>'en'), ' ')
       FROM "CaseStudySection" s WHERE s."caseStudyId" = cs.id AND s.kind = 'SUMMARY'))),
  kg_fold_names(VARIADIC string_to_array(concat_ws('|', cs.title->>'ky', cs.title->>'ru', cs.title->>'en',
    CASE WHEN o."publicationStatus" = 'PUBLISHED' THEN concat_ws('|', o.name->>'ky', o.name->>'ru', o.name->>'en') END,
    array_to_string(l.names, '|'), array_to_string(x.projects, '|')), '|')),
  NULL, x."placeId",
  p."startDate", p."startPrecision"::text, p."endDate", p."endPrecision"::text
FROM "CaseStudy" cs
LEFT JOIN "Organization" o ON o.id = cs."organizationId"
LEFT JOIN "Partnership" p ON p.id = cs."partnershipId"
LEFT JOIN partnership_extra x ON x.id = cs."partnershipId"
LEFT JOIN lead l ON l."partnershipId" = cs."partnershipId";
