-- A programme that runs across the country without naming its places (issue 12, part 5).
ALTER TABLE "Programme" ADD COLUMN "national" BOOLEAN NOT NULL DEFAULT false;
