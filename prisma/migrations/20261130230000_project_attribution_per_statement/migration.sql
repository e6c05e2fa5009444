-- Project attribution (ADR 008) per statement instead of per row (docs/BENCHMARKS.md, "Bulk import").
-- The row trigger ran project_attribution once for every ProjectTerritory row, a query and an update each:
-- an import of 10,000 projects with their places spent most of its transaction there. Statement triggers
-- with transition tables recompute every project a statement touched once, in one set-based UPDATE, with
-- the same rule: the project's one place, or the lowest common parent of its places; NULL when it has no
-- place or its places lie in more than one oblast.
CREATE OR REPLACE FUNCTION project_attributions(pids text[]) RETURNS void
LANGUAGE sql AS $$
  WITH places AS (
    SELECT pt."projectId" AS pid, string_to_array(t.path, '/') AS s
    FROM "ProjectTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId"
    WHERE pt."projectId" = ANY (pids)
  ), attribution AS (
    SELECT ids.pid, count(places.s)::integer AS n,
      CASE
        WHEN count(places.s) = 0 THEN NULL
        WHEN bool_and(cardinality(places.s) >= 3) AND count(DISTINCT array_to_string(places.s[1:3], '/')) = 1
          THEN min(array_to_string(places.s[1:3], '/'))
        WHEN bool_and(cardinality(places.s) >= 2) AND count(DISTINCT array_to_string(places.s[1:2], '/')) = 1
          THEN min(array_to_string(places.s[1:2], '/'))
        WHEN count(DISTINCT places.s[1]) = 1 THEN min(places.s[1])
      END AS common
    FROM (SELECT DISTINCT unnest(pids) AS pid) ids
    LEFT JOIN places ON places.pid = ids.pid
    GROUP BY ids.pid
  )
  UPDATE "Project" p
  SET "attributedTerritoryId" = t.id, "placeCount" = a.n
  FROM attribution a LEFT JOIN "Territory" t ON t.path = a.common
  WHERE p.id = a.pid
    AND (p."placeCount" <> a.n OR p."attributedTerritoryId" IS DISTINCT FROM t.id);
$$;

CREATE OR REPLACE FUNCTION project_territory_rows_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM project_attributions(ARRAY(SELECT DISTINCT "projectId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM project_attributions(ARRAY(SELECT DISTINCT "projectId" FROM old_rows));
  ELSE
    PERFORM project_attributions(ARRAY(SELECT "projectId" FROM new_rows UNION SELECT "projectId" FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

-- The insert trigger keeps the old name (scripts/bench-data.mjs switches it off for its bulk load).
DROP TRIGGER project_territory_attribution ON "ProjectTerritory";
CREATE TRIGGER project_territory_attribution
AFTER INSERT ON "ProjectTerritory" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION project_territory_rows_changed();
CREATE TRIGGER project_territory_attribution_update
AFTER UPDATE ON "ProjectTerritory" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION project_territory_rows_changed();
CREATE TRIGGER project_territory_attribution_delete
AFTER DELETE ON "ProjectTerritory" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION project_territory_rows_changed();
