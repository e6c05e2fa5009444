-- Search from a table, not a view (docs/decisions/021-search-table.md). The view folded the text of every
-- record on every query: 63 s for one search at ten times national scale. "SearchDocument" is now a table
-- holding each record's folded document, its names, its tsvector and what a result shows, indexed (GIN
-- trigram on the document and the names where pg_trgm exists, GIN on the tsvector), and kept current by
-- statement-level triggers on every table a document reads. "SearchSource" is the one definition of a
-- document (the former view, with its aggregates ordered so a document is the same however it is
-- built); a trigger refreshes the rows of the records a statement touched from it, and the integration
-- test compares the whole table with it after writes.
--
-- What is folded in is public, as before: only published projects of public partnerships and programmes,
-- published contributions, and parties whose organization is published add words to a parent's document.
-- Whether a record itself may be found ("isPublic", the rule of lib/public/where.ts) is kept with it, so the
-- search filters by it before ranking; lib/public/search.ts asks each record's own table again for the
-- results it returns.

DROP VIEW IF EXISTS "SearchDocument";

-- A project is public: published, with its partnership and programme (where it has them) published.
-- The twin of lib/public/sql.ts publicProjectSql, for documents.
CREATE OR REPLACE FUNCTION search_project_is_public(pr "Project") RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT pr."publicationStatus" = 'PUBLISHED'
    AND (pr."partnershipId" IS NULL OR EXISTS (
      SELECT 1 FROM "Partnership" pp WHERE pp.id = pr."partnershipId" AND pp."publicationStatus" = 'PUBLISHED'))
    AND (pr."programmeId" IS NULL OR EXISTS (
      SELECT 1 FROM "Programme" pg WHERE pg.id = pr."programmeId" AND pg."publicationStatus" = 'PUBLISHED'))
$$;

-- The parts of a partnership's document that a case study shares: its public projects' titles, the party
-- names reported on their public contributions, its main place and its lead parties' names.
CREATE OR REPLACE FUNCTION search_partnership_parts(pid text)
RETURNS TABLE (projects text[], contributors text, "placeId" text, lead text[])
LANGUAGE sql STABLE AS $$
  SELECT
    (SELECT array_agg(concat_ws('|', x.title->>'ky', x.title->>'ru', x.title->>'en') ORDER BY x.id)
       FROM "Project" x WHERE x."partnershipId" = pid AND search_project_is_public(x)),
    (SELECT string_agg(c."partyNameAsReported", ' ' ORDER BY c.id)
       FROM "Contribution" c JOIN "Project" x ON x.id = c."projectId"
       LEFT JOIN "Organization" o ON o.id = c."partyOrganizationId"
       WHERE x."partnershipId" = pid AND search_project_is_public(x)
         AND c."publicationStatus" = 'PUBLISHED' AND (o.id IS NULL OR o."publicationStatus" = 'PUBLISHED')),
    (SELECT pt."territoryId" FROM "PartnershipTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId"
       WHERE pt."partnershipId" = pid ORDER BY pt."isPrimary" DESC, t.level, t.path LIMIT 1),
    (SELECT array_agg(concat_ws('|', pp."nameAsReported", o.name->>'ky', o.name->>'ru', o.name->>'en',
        (SELECT string_agg(a.name, '|' ORDER BY a.id) FROM "OrganizationAlias" a WHERE a."organizationId" = o.id))
        ORDER BY pp.id)
       FROM "PartnershipParty" pp LEFT JOIN "Organization" o ON o.id = pp."organizationId"
       WHERE pp."partnershipId" = pid AND pp."isLead" AND (o.id IS NULL OR o."publicationStatus" = 'PUBLISHED'))
$$;

-- The places of a partnership, as words.
CREATE OR REPLACE FUNCTION search_partnership_places(pid text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' ')), ' ' ORDER BY t.path)
  FROM "PartnershipTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."partnershipId" = pid
$$;

CREATE VIEW "SearchSource" AS
SELECT 'organization'::text AS entity, o.id AS "entityId", o.slug, o.name AS title,
  kg_fold_letters(concat_ws(' ', o.name->>'ky', o.name->>'ru', o.name->>'en',
    (SELECT string_agg(a.name, ' ' ORDER BY a.id) FROM "OrganizationAlias" a WHERE a."organizationId" = o.id),
    t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' '))) AS document,
  kg_fold_names(VARIADIC ARRAY[o.name->>'ky', o.name->>'ru', o.name->>'en']
    || coalesce((SELECT array_agg(a.name ORDER BY a.id) FROM "OrganizationAlias" a WHERE a."organizationId" = o.id), '{}')) AS names,
  o.kind::text AS kind, t.id AS "placeId",
  NULL::date AS "startDate", NULL::text AS "startPrecision", NULL::date AS "endDate", NULL::text AS "endPrecision",
  o."publicationStatus" = 'PUBLISHED' AS "isPublic"
FROM "Organization" o
LEFT JOIN "Territory" t ON t.id = coalesce(o."governsTerritoryId", o."homeTerritoryId")
UNION ALL
SELECT 'partnership', p.id, p.slug, p.title,
  kg_fold_letters(concat_ws(' ', p.title->>'ky', p.title->>'ru', p.title->>'en',
    (SELECT string_agg(concat_ws(' ', pp."nameAsReported", o.name->>'ky', o.name->>'ru', o.name->>'en'), ' ' ORDER BY pp.id)
       FROM "PartnershipParty" pp LEFT JOIN "Organization" o ON o.id = pp."organizationId"
       WHERE pp."partnershipId" = p.id AND (o.id IS NULL OR o."publicationStatus" = 'PUBLISHED')),
    array_to_string(x.projects, ' '), x.contributors, search_partnership_places(p.id))),
  kg_fold_names(VARIADIC string_to_array(concat_ws('|', p.title->>'ky', p.title->>'ru', p.title->>'en',
    array_to_string(x.lead, '|'), array_to_string(x.projects, '|')), '|')),
  NULL, x."placeId",
  p."startDate", p."startPrecision"::text, p."endDate", p."endPrecision"::text,
  p."publicationStatus" = 'PUBLISHED'
FROM "Partnership" p
CROSS JOIN LATERAL search_partnership_parts(p.id) x
UNION ALL
SELECT 'project', pr.id, pr.id, pr.title,
  kg_fold_letters(concat_ws(' ', pr.title->>'ky', pr.title->>'ru', pr.title->>'en',
    CASE WHEN search_project_is_public(pr) THEN
      (SELECT string_agg(c."partyNameAsReported", ' ' ORDER BY c.id)
         FROM "Contribution" c LEFT JOIN "Organization" o ON o.id = c."partyOrganizationId"
         WHERE c."projectId" = pr.id AND c."publicationStatus" = 'PUBLISHED'
           AND (o.id IS NULL OR o."publicationStatus" = 'PUBLISHED')) END,
    (SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en'), ' ' ORDER BY t.path)
       FROM "ProjectTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."projectId" = pr.id))),
  kg_fold_names(pr.title->>'ky', pr.title->>'ru', pr.title->>'en'),
  NULL, pr."attributedTerritoryId",
  pr."startDate", pr."startPrecision"::text, pr."endDate", pr."endPrecision"::text,
  search_project_is_public(pr)
FROM "Project" pr
UNION ALL
SELECT 'caseStudy', cs.id, cs.slug, cs.title,
  kg_fold_letters(concat_ws(' ', cs.title->>'ky', cs.title->>'ru', cs.title->>'en',
    CASE WHEN o."publicationStatus" = 'PUBLISHED' THEN concat_ws(' ', o.name->>'ky', o.name->>'ru', o.name->>'en') END,
    (SELECT string_agg(concat_ws(' ', pp."nameAsReported", po.name->>'ru', po.name->>'ky'), ' ' ORDER BY pp.id)
       FROM "PartnershipParty" pp LEFT JOIN "Organization" po ON po.id = pp."organizationId"
       WHERE pp."partnershipId" = cs."partnershipId" AND (po.id IS NULL OR po."publicationStatus" = 'PUBLISHED')),
    array_to_string(x.projects, ' '), x.contributors, search_partnership_places(cs."partnershipId"),
    (SELECT string_agg(concat_ws(' ', s.body->>'ky', s.body->>'ru', s.body->>'en'), ' ' ORDER BY s.position, s.id)
       FROM "CaseStudySection" s WHERE s."caseStudyId" = cs.id AND s.kind = 'SUMMARY'))),
  kg_fold_names(VARIADIC string_to_array(concat_ws('|', cs.title->>'ky', cs.title->>'ru', cs.title->>'en',
    CASE WHEN o."publicationStatus" = 'PUBLISHED' THEN concat_ws('|', o.name->>'ky', o.name->>'ru', o.name->>'en') END,
    array_to_string(x.lead, '|'), array_to_string(x.projects, '|')), '|')),
  NULL, x."placeId",
  p."startDate", p."startPrecision"::text, p."endDate", p."endPrecision"::text,
  cs."publicationStatus" = 'PUBLISHED' AND (cs."partnershipId" IS NULL OR p."publicationStatus" = 'PUBLISHED')
FROM "CaseStudy" cs
LEFT JOIN "Organization" o ON o.id = cs."organizationId"
LEFT JOIN "Partnership" p ON p.id = cs."partnershipId"
LEFT JOIN LATERAL search_partnership_parts(cs."partnershipId") x ON cs."partnershipId" IS NOT NULL;

CREATE TABLE "SearchDocument" (
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "document" TEXT NOT NULL,
    "names" TEXT NOT NULL,
    "tsv" tsvector NOT NULL,
    "kind" TEXT,
    "placeId" TEXT,
    "startDate" DATE,
    "startPrecision" TEXT,
    "endDate" DATE,
    "endPrecision" TEXT,
    "isPublic" BOOLEAN NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("entity","entityId")
);

CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");

-- Trigram indexes where the server has pg_trgm (the search migration enables it where it can); without
-- them a search reads the stored documents in full, still without folding anything.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document" gin_trgm_ops);
    CREATE INDEX "SearchDocument_names_idx" ON "SearchDocument" USING GIN ("names" gin_trgm_ops);
  END IF;
END $$;

-- Rewrites the documents of the given records of one kind from "SearchSource".
CREATE OR REPLACE FUNCTION search_refresh(of_entity text, ids text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  DELETE FROM "SearchDocument" d WHERE d.entity = of_entity AND d."entityId" = ANY (ids);
  INSERT INTO "SearchDocument" (entity, "entityId", slug, title, document, names, tsv, kind, "placeId",
    "startDate", "startPrecision", "endDate", "endPrecision", "isPublic")
  SELECT s.entity, s."entityId", s.slug, s.title, s.document, s.names, to_tsvector('simple', s.document), s.kind,
    s."placeId", s."startDate", s."startPrecision", s."endDate", s."endPrecision", s."isPublic"
  FROM "SearchSource" s WHERE s.entity = of_entity AND s."entityId" = ANY (ids);
END $$;

-- The records whose documents read a row of `tab` (as JSON): the row's own record, and the parents
-- whose documents fold its words in. A partnership's case studies follow it (search_touch).
CREATE OR REPLACE FUNCTION search_dependents(tab text, r jsonb)
RETURNS TABLE (entity text, id text)
LANGUAGE sql STABLE AS $$
  -- an organization: itself; the partnerships and case studies naming it as a party or its author;
  -- the projects (and their partnerships) whose ledger names it
  SELECT 'organization', r->>'id' WHERE tab = 'Organization'
  UNION SELECT 'partnership', pp."partnershipId" FROM "PartnershipParty" pp
    WHERE tab = 'Organization' AND pp."organizationId" = r->>'id'
  UNION SELECT 'caseStudy', cs.id FROM "CaseStudy" cs WHERE tab = 'Organization' AND cs."organizationId" = r->>'id'
  UNION SELECT 'project', c."projectId" FROM "Contribution" c
    WHERE tab = 'Organization' AND c."partyOrganizationId" = r->>'id'
  UNION SELECT 'partnership', x."partnershipId" FROM "Contribution" c JOIN "Project" x ON x.id = c."projectId"
    WHERE tab = 'Organization' AND c."partyOrganizationId" = r->>'id' AND x."partnershipId" IS NOT NULL
  -- an alias: its organization, and the partnerships it leads
  UNION SELECT 'organization', r->>'organizationId' WHERE tab = 'OrganizationAlias'
  UNION SELECT 'partnership', pp."partnershipId" FROM "PartnershipParty" pp
    WHERE tab = 'OrganizationAlias' AND pp."organizationId" = r->>'organizationId' AND pp."isLead"
  -- a partnership: itself, and its projects, whose ledgers count only while it is published
  UNION SELECT 'partnership', r->>'id' WHERE tab = 'Partnership'
  UNION SELECT 'project', x.id FROM "Project" x WHERE tab = 'Partnership' AND x."partnershipId" = r->>'id'
  UNION SELECT 'partnership', r->>'partnershipId' WHERE tab IN ('PartnershipParty', 'PartnershipTerritory')
  -- a programme's publication decides whether its projects are public
  UNION SELECT 'project', x.id FROM "Project" x WHERE tab = 'Programme' AND x."programmeId" = r->>'id'
  UNION SELECT 'partnership', x."partnershipId" FROM "Project" x
    WHERE tab = 'Programme' AND x."programmeId" = r->>'id' AND x."partnershipId" IS NOT NULL
  UNION SELECT 'project', r->>'id' WHERE tab = 'Project'
  UNION SELECT 'partnership', r->>'partnershipId' WHERE tab = 'Project' AND r->>'partnershipId' IS NOT NULL
  UNION SELECT 'project', r->>'projectId' WHERE tab IN ('ProjectTerritory', 'Contribution')
  UNION SELECT 'partnership', x."partnershipId" FROM "Project" x
    WHERE tab = 'Contribution' AND x.id = r->>'projectId' AND x."partnershipId" IS NOT NULL
  UNION SELECT 'caseStudy', r->>'id' WHERE tab = 'CaseStudy'
  UNION SELECT 'caseStudy', r->>'caseStudyId' WHERE tab = 'CaseStudySection'
$$;

-- Statement-level: one refresh per statement however many rows it wrote (a bulk load refreshes each
-- record once). An update refreshes only when a column the documents read (the trigger's arguments)
-- changed; a table without arguments (a link table without an id) refreshes on any update.
CREATE OR REPLACE FUNCTION search_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched jsonb[];
  orgs text[];
  parts text[];
  projs text[];
  cases text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(to_jsonb(n)) INTO touched FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(to_jsonb(o)) INTO touched FROM old_rows o;
  ELSIF TG_NARGS = 0 THEN
    SELECT array_agg(x.v) INTO touched FROM (
      SELECT to_jsonb(n) AS v FROM new_rows n UNION ALL SELECT to_jsonb(o) FROM old_rows o) x;
  ELSE
    -- both versions of each row whose watched columns changed (a project moved to another
    -- partnership refreshes both)
    SELECT array_agg(x.v) INTO touched FROM (
      SELECT to_jsonb(n) AS nj, to_jsonb(o) AS oj FROM new_rows n JOIN old_rows o ON o.id = n.id
    ) j, LATERAL (VALUES (j.nj), (j.oj)) AS x(v)
    WHERE EXISTS (SELECT 1 FROM unnest(TG_ARGV) w WHERE j.nj->w IS DISTINCT FROM j.oj->w);
  END IF;
  IF touched IS NULL THEN RETURN NULL; END IF;
  WITH d AS (
    SELECT DISTINCT s.entity, s.id FROM unnest(touched) t, LATERAL search_dependents(TG_TABLE_NAME, t) s
    WHERE s.id IS NOT NULL
  ), a AS (
    SELECT * FROM d
    UNION -- a partnership's case studies read its parts
    SELECT 'caseStudy', cs.id FROM "CaseStudy" cs JOIN d ON d.entity = 'partnership' AND cs."partnershipId" = d.id
  )
  SELECT array_agg(a.id) FILTER (WHERE a.entity = 'organization'), array_agg(a.id) FILTER (WHERE a.entity = 'partnership'),
    array_agg(a.id) FILTER (WHERE a.entity = 'project'), array_agg(a.id) FILTER (WHERE a.entity = 'caseStudy')
  INTO orgs, parts, projs, cases FROM a;
  PERFORM search_refresh('organization', orgs);
  PERFORM search_refresh('partnership', parts);
  PERFORM search_refresh('project', projs);
  PERFORM search_refresh('caseStudy', cases);
  RETURN NULL;
END $$;

-- One trigger per table and event (a trigger with transition tables has one event); the arguments are
-- the columns an update must change to matter.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('Organization', '''name'', ''slug'', ''kind'', ''publicationStatus'', ''homeTerritoryId'', ''governsTerritoryId'''),
    ('OrganizationAlias', '''name'', ''organizationId'''),
    ('Partnership', '''title'', ''slug'', ''publicationStatus'', ''startDate'', ''startPrecision'', ''endDate'', ''endPrecision'''),
    ('PartnershipParty', '''nameAsReported'', ''organizationId'', ''isLead'', ''partnershipId'''),
    ('PartnershipTerritory', ''),
    ('Programme', '''publicationStatus'''),
    ('Project', '''title'', ''publicationStatus'', ''partnershipId'', ''programmeId'', ''attributedTerritoryId'', ''startDate'', ''startPrecision'', ''endDate'', ''endPrecision'''),
    ('ProjectTerritory', ''),
    ('Contribution', '''partyNameAsReported'', ''partyOrganizationId'', ''publicationStatus'', ''projectId'''),
    ('CaseStudy', '''title'', ''slug'', ''publicationStatus'', ''organizationId'', ''partnershipId'''),
    ('CaseStudySection', '''body'', ''kind'', ''position'', ''caseStudyId''')
  ) AS x(tab, cols) LOOP
    EXECUTE format('CREATE TRIGGER search_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION search_touch()', t.tab);
    EXECUTE format('CREATE TRIGGER search_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION search_touch(%s)', t.tab, t.cols);
    EXECUTE format('CREATE TRIGGER search_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION search_touch()', t.tab);
  END LOOP;
END $$;

-- The backfill: every record's document, built once.
INSERT INTO "SearchDocument" (entity, "entityId", slug, title, document, names, tsv, kind, "placeId",
  "startDate", "startPrecision", "endDate", "endPrecision", "isPublic")
SELECT s.entity, s."entityId", s.slug, s.title, s.document, s.names, to_tsvector('simple', s.document), s.kind,
  s."placeId", s."startDate", s."startPrecision", s."endDate", s."endPrecision", s."isPublic"
FROM "SearchSource" s;
