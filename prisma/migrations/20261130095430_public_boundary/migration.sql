-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "withheldByOrganizationId" TEXT;

-- AlterTable
ALTER TABLE "Grant" ADD COLUMN     "withheldByOrganizationId" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "attributedTerritoryId" TEXT,
ADD COLUMN     "placeCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Project_attributedTerritoryId_idx" ON "Project"("attributedTerritoryId");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_attributedTerritoryId_fkey" FOREIGN KEY ("attributedTerritoryId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_withheldByOrganizationId_fkey" FOREIGN KEY ("withheldByOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_withheldByOrganizationId_fkey" FOREIGN KEY ("withheldByOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Amounts already withheld were withheld by their owners (the column is new).
UPDATE "Contribution" SET "withheldByOrganizationId" = "ownerOrganizationId" WHERE "amountWithheld";
UPDATE "Grant" SET "withheldByOrganizationId" = "ownerOrganizationId" WHERE "amountWithheld";

-- Where a project's money counts (docs/decisions/008-money-by-place.md): the project's one place, or
-- the lowest common parent of its places; NULL when it has no place or its places lie in more than
-- one oblast (the national total then counts it). Territory paths have one segment per level
-- ("kg-t", "kg-t/talas", "kg-t/talas/kok-oy"), so the common parent is the longest shared prefix.
CREATE OR REPLACE FUNCTION project_attribution(pid text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  common text;
BEGIN
  SELECT count(*),
    CASE
      WHEN count(*) = 0 THEN NULL
      WHEN bool_and(cardinality(s) >= 3) AND count(DISTINCT array_to_string(s[1:3], '/')) = 1
        THEN min(array_to_string(s[1:3], '/'))
      WHEN bool_and(cardinality(s) >= 2) AND count(DISTINCT array_to_string(s[1:2], '/')) = 1
        THEN min(array_to_string(s[1:2], '/'))
      WHEN count(DISTINCT s[1]) = 1 THEN min(s[1])
    END
  INTO n, common
  FROM (
    SELECT string_to_array(t.path, '/') AS s
    FROM "ProjectTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId"
    WHERE pt."projectId" = pid
  ) places;
  UPDATE "Project" p
  SET "attributedTerritoryId" = (SELECT id FROM "Territory" WHERE path = common), "placeCount" = n
  WHERE p.id = pid
    AND (p."placeCount" <> n
      OR p."attributedTerritoryId" IS DISTINCT FROM (SELECT id FROM "Territory" WHERE path = common));
END
$$;

CREATE OR REPLACE FUNCTION project_territory_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM project_attribution(NEW."projectId");
  END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD."projectId" <> NEW."projectId") THEN
    PERFORM project_attribution(OLD."projectId");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER project_territory_attribution
AFTER INSERT OR UPDATE OR DELETE ON "ProjectTerritory"
FOR EACH ROW EXECUTE FUNCTION project_territory_changed();

SELECT project_attribution(id) FROM "Project";

-- Search: a party, author or contributor organization is named in a public document only when its
-- own record is published (a draft organization's name must not make a public record findable).
CREATE OR REPLACE VIEW "SearchDocument" AS
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
       FROM "PartnershipParty" pp LEFT JOIN "Organization" o ON o.id = pp."organizationId"
       WHERE pp."partnershipId" = p.id AND (o.id IS NULL OR o."publicationStatus" = 'PUBLISHED')),
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
    CASE WHEN o."publicationStatus" = 'PUBLISHED' THEN concat_ws(' ', o.name->>'ky', o.name->>'ru', o.name->>'en') END,
    (SELECT string_agg(concat_ws(' ', pp."nameAsReported", po.name->>'ru', po.name->>'ky'), ' ')
       FROM "PartnershipParty" pp LEFT JOIN "Organization" po ON po.id = pp."organizationId"
       WHERE pp."partnershipId" = cs."partnershipId" AND (po.id IS NULL OR po."publicationStatus" = 'PUBLISHED')),
    (SELECT string_agg(concat_ws(' ', t.name->>'ky', t.name->>'ru', t.name->>'en', replace(t.path, '/', ' ')), ' ')
       FROM "PartnershipTerritory" pt JOIN "Territory" t ON t.id = pt."territoryId" WHERE pt."partnershipId" = cs."partnershipId")))
FROM "CaseStudy" cs
LEFT JOIN "Organization" o ON o.id = cs."organizationId";
