-- Search across organizations, partnerships, projects and case studies, in any script.
-- See docs/decisions/006-search.md.

-- Trigram similarity where the server has the extension (PGlite loads it; most managed PostgreSQL
-- offer it). Search works without it, with substring and full-text matching only.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available: search runs without trigram similarity';
END $$;

-- Folds Kyrgyz, Russian and Latin spellings of a name into one form: lower case, Cyrillic
-- transliterated the way COD-AB and our geography write names (Ж/Дж → j, Ө → o, Ү → u, Ы → y, Ң → n),
-- common Latin variants aligned (zh → j, kh → h), anything else but letters and digits a space.
-- "Токмок", "Tokmok" and "TOKMOK" all fold to "tokmok".
CREATE OR REPLACE FUNCTION kg_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT trim(regexp_replace(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
      lower(coalesce(input, '')),
      'дж', 'j'), 'ж', 'j'), 'zh', 'j'), 'кх', 'kh'), 'х', 'h'), 'kh', 'h'),
      'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'щ', 'sh'), 'ю', 'yu'), 'я', 'ya'),
    -- single letters; ъ and ь are dropped (mapped to a space that the next step removes)
    '[^a-z0-9абвгдеёзийклмнопрстуфыэөүң]+', ' ', 'g'))
$$;

CREATE OR REPLACE FUNCTION kg_fold_letters(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    translate(kg_fold(input), 'абвгдеёзийклмнопрстуфыэөүң', 'abvgdeezijklmnoprstufyeoun'),
    '\s+', ' ', 'g')
$$;

-- One searchable document per record, always current (a view: nothing to keep in step).
CREATE VIEW "SearchDocument" AS
SELECT 'organization'::text AS entity, o.id AS "entityId", o.slug, o.name AS title, o."publicationStatus",
  kg_fold_letters(concat_ws(' ', o.name->>'ky', o.name->>'ru', o.name->>'en',
    (SELECT string_agg(a.name, ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = o.id),
    t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' '))) AS document
FROM "Organization" o
LEFT JOIN "Territory" t ON t.id = coalesce(o."governsTerritoryId", o."homeTerritoryId")
UNION ALL
SELECT 'partnership', p.id, p.slug, p.title, p."publicationStatus",
  kg_fold_letters(concat_ws(' ', p.title->>'ky', p.title->>'ru', p.title->>'en',
    (SELECT string_agg(concat_ws(' ', pp."nameAsReported", o.name->>'ky', o.name->>'ru', o.name->>'en'), ' ')
       FROM "PartnershipParty" pp LEFT JOIN "Organization" o ON o.id = pp."organizationId" WHERE pp."partnershipId" = p.id),
    (SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' ')), ' ')
       FROM "PartnershipTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."partnershipId" = p.id)))
FROM "Partnership" p
UNION ALL
SELECT 'project', pr.id, pr.id, pr.title, pr."publicationStatus",
  kg_fold_letters(concat_ws(' ', pr.title->>'ky', pr.title->>'ru', pr.title->>'en',
    (SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en'), ' ')
       FROM "ProjectTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."projectId" = pr.id)))
FROM "Project" pr
UNION ALL
SELECT 'caseStudy', cs.id, cs.slug, cs.title, cs."publicationStatus",
  kg_fold_letters(concat_ws(' ', cs.title->>'ky', cs.title->>'ru', cs.title->>'en',
    o.name->>'ky', o.name->>'ru', o.name->>'en',
    (SELECT string_agg(concat_ws(' ', pp."nameAsReported", po.name->>'ru', po.name->>'ky'), ' ')
       FROM "PartnershipParty" pp LEFT JOIN "Organization" po ON po.id = pp."organizationId" WHERE pp."partnershipId" = cs."partnershipId"),
    (SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' ')), ' ')
       FROM "PartnershipTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."partnershipId" = cs."partnershipId")))
FROM "CaseStudy" cs
LEFT JOIN "Organization" o ON o.id = cs."organizationId";
