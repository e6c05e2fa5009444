-- A renamed territory refreshes the search documents that fold its names in (the gap ADR 021 left open;
-- docs/decisions/023-money-rollup.md, "Territory names in search"): search_dependents learns what reads
-- a territory — the organizations based in it or governing it, the partnerships and projects placed in
-- it (a partnership's case studies follow it, search_touch) — and an update of a territory's name or
-- path refreshes them. Territories are not inserted with dependents nor deleted, so no other trigger.
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
  -- a territory (renamed): the organizations based in it or governing it, and the partnerships and
  -- projects placed in it, whose documents fold its names in
  UNION SELECT 'organization', o.id FROM "Organization" o
    WHERE tab = 'Territory' AND (o."homeTerritoryId" = r->>'id' OR o."governsTerritoryId" = r->>'id')
  UNION SELECT 'partnership', pt."partnershipId" FROM "PartnershipTerritory" pt
    WHERE tab = 'Territory' AND pt."territoryId" = r->>'id'
  UNION SELECT 'project', pt."projectId" FROM "ProjectTerritory" pt
    WHERE tab = 'Territory' AND pt."territoryId" = r->>'id'
  UNION SELECT 'caseStudy', r->>'id' WHERE tab = 'CaseStudy'
  UNION SELECT 'caseStudy', r->>'caseStudyId' WHERE tab = 'CaseStudySection'
$$;

CREATE TRIGGER search_update AFTER UPDATE ON "Territory" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_touch('name', 'path');
