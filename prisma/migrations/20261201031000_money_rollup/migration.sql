-- The public cost-share rolled up by place (docs/decisions/023-money-rollup.md; ADR 008's rule).
-- One row per (bucket, party type, cash or in kind, line class) over the ledger lines the public may see:
-- the line published, its project published, the project's partnership and programme (where it has them)
-- published. The bucket is where the project's money counts (ADR 008): its attributed territory, or
-- ':multi' (places in several oblasts: only the national total) or ':none' (no place). A territory's
-- figures are the rows whose bucket lies at or below it; the national figures are all rows. Each row
-- keeps how many lines it holds (of every class, so "n of m have an amount" stays true) and the counted
-- sums; nothing is summed of a line that does not add up (a withheld amount leaves no trace).
--
-- Kept by statement-level triggers (the pattern of ADR 021): a write to the ledger, to a project (its
-- publication, its parents, its attribution) or to the publication of a partnership or programme
-- recomputes the buckets it touched, whole, from the base tables (money_rollup_rows). A recomputed bucket
-- equals its definition however it was reached; tests/integration/money-rollup.test.ts compares the table
-- with the direct query after each kind of write.
CREATE TABLE "MoneyRollup" (
  "bucket" TEXT NOT NULL,
  "partyType" "PartyType" NOT NULL,
  "cash" BOOLEAN NOT NULL,
  "lineClass" TEXT NOT NULL,
  "lines" INTEGER NOT NULL,
  "kgsMinor" BIGINT,
  "usdMinor" BIGINT,
  "estimatedKgs" INTEGER NOT NULL,
  "estimatedUsd" INTEGER NOT NULL,
  CONSTRAINT "MoneyRollup_pkey" PRIMARY KEY ("bucket", "partyType", "cash", "lineClass")
);

-- The one definition: the rows of these buckets, computed from the ledger. The class is lib/public/totals.ts'
-- lineClassSql (public figures: a withheld amount is 'withheld'); the public rule is lib/public/sql.ts'.
CREATE OR REPLACE FUNCTION money_rollup_rows(buckets text[])
RETURNS TABLE (bucket text, "partyType" "PartyType", cash boolean, "lineClass" text, lines integer,
  "kgsMinor" bigint, "usdMinor" bigint, "estimatedKgs" integer, "estimatedUsd" integer)
LANGUAGE sql STABLE AS $$
  SELECT b.bucket, c."partyType", (c.kind = 'CASH'), l.cls, count(*)::integer,
    sum(CASE WHEN l.cls = 'counted' THEN c."amountKgsMinor" END)::bigint,
    sum(CASE WHEN l.cls = 'counted' THEN coalesce(c."amountUsdMinor", 0) END)::bigint,
    (count(*) FILTER (WHERE c."fxEstimated" AND c.currency <> 'KGS'))::integer,
    (count(*) FILTER (WHERE c."fxEstimated" AND c.currency <> 'USD'))::integer
  FROM "Project" p
  CROSS JOIN LATERAL (SELECT coalesce(p."attributedTerritoryId",
    CASE WHEN p."placeCount" > 1 THEN ':multi' ELSE ':none' END) AS bucket) b
  JOIN "Contribution" c ON c."projectId" = p.id
  CROSS JOIN LATERAL (SELECT CASE
    WHEN c."amountMinor" IS NULL THEN 'noAmount'
    WHEN c.nature <> 'COST_SHARE' THEN 'notCostShare'
    WHEN c.basis = 'RATE' THEN 'rate'
    WHEN c."isPledge" THEN 'pledge'
    WHEN c."amountWithheld" THEN 'withheld'
    WHEN c."amountKgsMinor" IS NULL THEN 'unconverted'
    ELSE 'counted' END AS cls) l
  WHERE (p."attributedTerritoryId" = ANY (buckets) OR (p."attributedTerritoryId" IS NULL AND b.bucket = ANY (buckets)))
    AND c."publicationStatus" = 'PUBLISHED' AND p."publicationStatus" = 'PUBLISHED'
    AND (p."partnershipId" IS NULL OR EXISTS (
      SELECT 1 FROM "Partnership" pp WHERE pp.id = p."partnershipId" AND pp."publicationStatus" = 'PUBLISHED'))
    AND (p."programmeId" IS NULL OR EXISTS (
      SELECT 1 FROM "Programme" pg WHERE pg.id = p."programmeId" AND pg."publicationStatus" = 'PUBLISHED'))
  GROUP BY 1, 2, 3, 4
$$;

-- Where a project's money counts (the bucket of money_rollup_rows).
CREATE OR REPLACE FUNCTION money_rollup_bucket(attributed text, place_count integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(attributed, CASE WHEN place_count > 1 THEN ':multi' ELSE ':none' END)
$$;

-- Rewrites these buckets from their definition. A lock per bucket (in a fixed order) keeps two
-- transactions from rewriting the same bucket at once; each statement then sees the other's commit.
CREATE OR REPLACE FUNCTION money_rollup_refresh(buckets text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  b text;
BEGIN
  buckets := ARRAY(SELECT DISTINCT x FROM unnest(buckets) x WHERE x IS NOT NULL ORDER BY 1);
  IF cardinality(buckets) = 0 THEN RETURN; END IF;
  FOREACH b IN ARRAY buckets LOOP
    PERFORM pg_advisory_xact_lock(hashtext('money_rollup:' || b));
  END LOOP;
  DELETE FROM "MoneyRollup" r WHERE r.bucket = ANY (buckets);
  INSERT INTO "MoneyRollup" SELECT * FROM money_rollup_rows(buckets);
END
$$;

-- Every bucket from scratch (the migration below; scripts/bench-data.mjs after its bulk load).
CREATE OR REPLACE FUNCTION money_rollup_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('money_rollup:*'));
  DELETE FROM "MoneyRollup";
  INSERT INTO "MoneyRollup"
  SELECT * FROM money_rollup_rows(ARRAY(SELECT id FROM "Territory") || ARRAY[':multi', ':none']);
END
$$;

-- The whole definition, for the tests and by hand: the table must always equal it.
CREATE VIEW "MoneyRollupSource" AS
  SELECT * FROM money_rollup_rows(ARRAY(SELECT id FROM "Territory") || ARRAY[':multi', ':none']);

-- The triggers. Only what can change a figure is looked at: an update that leaves the columns the
-- rollup reads unchanged recomputes nothing, and a project change recomputes nothing unless the project
-- has a published line (a new project's places are set before it has a ledger).
CREATE OR REPLACE FUNCTION money_rollup_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  buckets text[];
BEGIN
  IF TG_TABLE_NAME = 'Contribution' THEN
    IF TG_OP = 'INSERT' THEN
      buckets := ARRAY(SELECT DISTINCT money_rollup_bucket(p."attributedTerritoryId", p."placeCount")
        FROM "Project" p WHERE p.id IN (SELECT "projectId" FROM new_rows WHERE "publicationStatus" = 'PUBLISHED'));
    ELSIF TG_OP = 'DELETE' THEN
      buckets := ARRAY(SELECT DISTINCT money_rollup_bucket(p."attributedTerritoryId", p."placeCount")
        FROM "Project" p WHERE p.id IN (SELECT "projectId" FROM old_rows WHERE "publicationStatus" = 'PUBLISHED'));
    ELSE
      buckets := ARRAY(SELECT DISTINCT money_rollup_bucket(p."attributedTerritoryId", p."placeCount")
        FROM "Project" p WHERE p.id IN (
          SELECT x."projectId" FROM old_rows o JOIN new_rows n ON n.id = o.id,
            LATERAL (VALUES (o."projectId"), (n."projectId")) x("projectId")
          WHERE (o."publicationStatus" = 'PUBLISHED' OR n."publicationStatus" = 'PUBLISHED')
            AND (o."projectId", o."publicationStatus", o."partyType", o.kind, o.nature, o.basis, o."isPledge",
                 o."amountWithheld", o."amountMinor", o.currency, o."amountKgsMinor", o."amountUsdMinor", o."fxEstimated")
              IS DISTINCT FROM
                (n."projectId", n."publicationStatus", n."partyType", n.kind, n.nature, n.basis, n."isPledge",
                 n."amountWithheld", n."amountMinor", n.currency, n."amountKgsMinor", n."amountUsdMinor", n."fxEstimated")));
    END IF;
  ELSIF TG_TABLE_NAME = 'Project' THEN
    IF TG_OP = 'DELETE' THEN
      -- Its lines go with it (cascade): whichever trigger runs last recomputes the bucket without them.
      buckets := ARRAY(SELECT DISTINCT money_rollup_bucket("attributedTerritoryId", "placeCount") FROM old_rows);
    ELSE
      buckets := ARRAY(
        SELECT money_rollup_bucket(x.a, x.n)
        FROM old_rows o JOIN new_rows n ON n.id = o.id,
          LATERAL (VALUES (o."attributedTerritoryId", o."placeCount"), (n."attributedTerritoryId", n."placeCount")) x(a, n)
        WHERE (o."publicationStatus", o."partnershipId", o."programmeId", o."attributedTerritoryId", o."placeCount")
            IS DISTINCT FROM (n."publicationStatus", n."partnershipId", n."programmeId", n."attributedTerritoryId", n."placeCount")
          AND EXISTS (SELECT 1 FROM "Contribution" c WHERE c."projectId" = n.id AND c."publicationStatus" = 'PUBLISHED'));
    END IF;
  ELSE
    -- Partnership or Programme: its publication decides whether its projects' lines are public.
    buckets := ARRAY(
      SELECT DISTINCT money_rollup_bucket(p."attributedTerritoryId", p."placeCount")
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      -- (matching a programme's projects by a partnership's id, or the reverse, would only recompute more)
      JOIN "Project" p ON p."partnershipId" = n.id OR p."programmeId" = n.id
      WHERE o."publicationStatus" IS DISTINCT FROM n."publicationStatus"
        AND EXISTS (SELECT 1 FROM "Contribution" c WHERE c."projectId" = p.id AND c."publicationStatus" = 'PUBLISHED'));
  END IF;
  PERFORM money_rollup_refresh(buckets);
  RETURN NULL;
END
$$;

-- The insert trigger on the ledger is money_rollup_insert (scripts/bench-data.mjs switches it off for its bulk load).
CREATE TRIGGER money_rollup_insert AFTER INSERT ON "Contribution" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_touch();
CREATE TRIGGER money_rollup_update AFTER UPDATE ON "Contribution" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_touch();
CREATE TRIGGER money_rollup_delete AFTER DELETE ON "Contribution" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_touch();
CREATE TRIGGER money_rollup_update AFTER UPDATE ON "Project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_touch();
CREATE TRIGGER money_rollup_delete AFTER DELETE ON "Project" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_touch();
CREATE TRIGGER money_rollup_update AFTER UPDATE ON "Partnership" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_touch();
CREATE TRIGGER money_rollup_update AFTER UPDATE ON "Programme" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION money_rollup_touch();

SELECT money_rollup_rebuild();
