-- A record's history finds the import that created it (ADR 027: an import is audited once, its records
-- listed by their ImportChange rows), so the rows are looked up by record.
CREATE INDEX "ImportChange_entityId_idx" ON "ImportChange"("entityId");
