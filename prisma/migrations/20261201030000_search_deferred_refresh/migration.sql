-- A bulk write refreshes each search document once (ADR 027, docs/BENCHMARKS.md "Bulk import"). The
-- statement triggers of the search table (ADR 021) refresh the documents of every record a statement
-- touched; an import writes a record's rows in several statements (the project, its places, which also
-- set its attribution, then its ledger lines), so 10,000 imported projects were folded four times over,
-- most of the import's transaction. A transaction that sets `registry.search_deferred` to 'on'
-- (set_config(…, true): that transaction only) has the triggers note the records in a temporary table
-- instead, and calls search_flush() before it commits: the same records, refreshed once, from the same
-- "SearchSource". Without the setting the triggers refresh as before. One more change, for every update:
-- the watched-column check turns each row into JSON once.
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
    -- (each row turned into JSON once: flattened, the check rebuilt both versions for every watched
    -- column, 2.6 s for an update of 5,000 projects)
    WITH j AS MATERIALIZED (
      SELECT to_jsonb(n) AS nj, to_jsonb(o) AS oj FROM new_rows n JOIN old_rows o ON o.id = n.id
    )
    SELECT array_agg(x.v) INTO touched FROM j, LATERAL (VALUES (j.nj), (j.oj)) AS x(v)
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
  IF current_setting('registry.search_deferred', true) = 'on' THEN
    CREATE TEMP TABLE IF NOT EXISTS search_pending (entity text NOT NULL, id text NOT NULL) ON COMMIT DROP;
    INSERT INTO search_pending
      SELECT 'organization', unnest(orgs) UNION ALL SELECT 'partnership', unnest(parts)
      UNION ALL SELECT 'project', unnest(projs) UNION ALL SELECT 'caseStudy', unnest(cases);
    RETURN NULL;
  END IF;
  PERFORM search_refresh('organization', orgs);
  PERFORM search_refresh('partnership', parts);
  PERFORM search_refresh('project', projs);
  PERFORM search_refresh('caseStudy', cases);
  RETURN NULL;
END $$;

-- Refreshes what the deferred triggers noted, once per record, and ends the deferral.
CREATE OR REPLACE FUNCTION search_flush() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  pending record;
BEGIN
  PERFORM set_config('registry.search_deferred', 'off', true);
  IF to_regclass('pg_temp.search_pending') IS NULL THEN RETURN; END IF;
  FOR pending IN SELECT p.entity, array_agg(DISTINCT p.id) AS ids FROM search_pending p GROUP BY p.entity LOOP
    PERFORM search_refresh(pending.entity, pending.ids);
  END LOOP;
  DROP TABLE search_pending;
END $$;
