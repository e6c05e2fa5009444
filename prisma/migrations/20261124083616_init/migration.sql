-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('ky', 'ru', 'en');

-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('OBLAST', 'REPUBLICAN_CITY', 'RAYON', 'OBLAST_CITY', 'AIYL_OKMOT', 'TOWN');

-- CreateEnum
CREATE TYPE "SuccessionKind" AS ENUM ('MERGER', 'RENAME', 'SPLIT', 'TRANSFER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('PUBLIC_ASSOCIATION', 'PUBLIC_FOUNDATION', 'INSTITUTION', 'INITIATIVE_GROUP', 'CSO_OTHER', 'AIYL_OKMOT', 'TOWN_HALL', 'CITY_HALL', 'AIYL_KENESH', 'CITY_KENESH', 'LSG_OTHER', 'RAYON_ADMINISTRATION', 'OBLAST_ADMINISTRATION', 'MINISTRY', 'STATE_AGENCY', 'STATE_INSTITUTION', 'STATE_OTHER', 'DONOR', 'BUSINESS', 'COMMUNITY_GROUP', 'INTERNATIONAL_ORGANIZATION', 'OTHER');

-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('PLANNED', 'ACTIVE', 'COMPLETED', 'SUSPENDED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PartyType" AS ENUM ('CSO', 'LSG', 'STATE', 'DONOR', 'BUSINESS', 'COMMUNITY', 'INTERNATIONAL', 'OTHER');

-- CreateEnum
CREATE TYPE "PlaceResolution" AS ENUM ('UNIT', 'VILLAGE_TO_AIYL_OKMOT', 'RAYON_FALLBACK', 'OBLAST_FALLBACK');

-- CreateEnum
CREATE TYPE "ProgrammeRole" AS ENUM ('DONOR', 'IMPLEMENTER', 'PARTNER');

-- CreateEnum
CREATE TYPE "ContributionKind" AS ENUM ('CASH', 'LABOUR', 'PREMISES', 'LAND', 'MATERIALS', 'EQUIPMENT', 'EXPERTISE', 'IN_KIND_UNSPECIFIED', 'OTHER');

-- CreateEnum
CREATE TYPE "PartyForm" AS ENUM ('ORGANIZATION', 'GROUP', 'COMMUNITY', 'NAMED');

-- CreateEnum
CREATE TYPE "ContributionBasis" AS ENUM ('LUMP_SUM', 'RATE');

-- CreateEnum
CREATE TYPE "RatePeriod" AS ENUM ('DAY', 'WEEK', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "RatePeriodKind" AS ENUM ('DAY', 'YEAR');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('BASELINE', 'TARGET', 'ACTUAL', 'CONTEXT');

-- CreateEnum
CREATE TYPE "ValueQualifier" AS ENUM ('EXACT', 'ABOUT', 'MORE_THAN', 'AT_LEAST', 'LESS_THAN', 'UP_TO');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('MEMORANDUM_OF_UNDERSTANDING', 'MEMORANDUM_OF_COOPERATION', 'MEMORANDUM_OF_AGREEMENT', 'PARTNERSHIP_AGREEMENT', 'TEAMING_AGREEMENT', 'LEASE', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED', 'SUPERSEDED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "CaseStudySectionKind" AS ENUM ('SUMMARY', 'BACKGROUND', 'DEVELOPMENT', 'CHALLENGES', 'OUTCOMES', 'SUCCESS_FACTOR', 'LESSON', 'EDITORIAL_NOTE');

-- CreateEnum
CREATE TYPE "GlobalRole" AS ENUM ('ADMIN', 'USER');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('EDITOR', 'OFFICIAL', 'VIEWER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'UNPUBLISH');

-- CreateTable
CREATE TABLE "Territory" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "kind" "TerritoryKind" NOT NULL,
    "parentId" TEXT,
    "name" JSONB NOT NULL,
    "slug" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "center" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "source" TEXT NOT NULL,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryBoundary" (
    "territoryId" TEXT NOT NULL,
    "geometry" JSONB NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "TerritoryBoundary_pkey" PRIMARY KEY ("territoryId")
);

-- CreateTable
CREATE TABLE "TerritorySuccession" (
    "id" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "kind" "SuccessionKind" NOT NULL,
    "date" DATE NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "TerritorySuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" JSONB NOT NULL,
    "sourceLocale" "Locale" NOT NULL DEFAULT 'en',
    "tin" TEXT,
    "okpo" TEXT,
    "homeTerritoryId" TEXT,
    "governsTerritoryId" TEXT,
    "foundedYear" INTEGER,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "contactAddress" TEXT,
    "internalNote" TEXT,
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationAlias" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "locale" "Locale",

    CONSTRAINT "OrganizationAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB,
    "sourceLocale" "Locale" NOT NULL DEFAULT 'en',
    "status" "PartnershipStatus" NOT NULL DEFAULT 'UNKNOWN',
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "themes" TEXT[],
    "internalNote" TEXT,
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipParty" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "organizationId" TEXT,
    "nameAsReported" TEXT NOT NULL,
    "partyType" "PartyType" NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "role" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnershipParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipTerritory" (
    "partnershipId" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "placeAsWritten" TEXT,
    "resolution" "PlaceResolution",

    CONSTRAINT "PartnershipTerritory_pkey" PRIMARY KEY ("partnershipId","territoryId")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "sourceLocale" "Locale" NOT NULL DEFAULT 'en',
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "budgetMinor" BIGINT,
    "budgetCurrency" CHAR(3),
    "themes" TEXT[],
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeParty" (
    "programmeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "ProgrammeRole" NOT NULL,

    CONSTRAINT "ProgrammeParty_pkey" PRIMARY KEY ("programmeId","organizationId","role")
);

-- CreateTable
CREATE TABLE "ProgrammeTerritory" (
    "programmeId" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,

    CONSTRAINT "ProgrammeTerritory_pkey" PRIMARY KEY ("programmeId","territoryId")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT,
    "programmeId" TEXT,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "sourceLocale" "Locale" NOT NULL DEFAULT 'en',
    "periodAsReported" TEXT,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "position" INTEGER NOT NULL DEFAULT 0,
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTerritory" (
    "projectId" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,

    CONSTRAINT "ProjectTerritory_pkey" PRIMARY KEY ("projectId","territoryId")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL,
    "funderId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "programmeId" TEXT,
    "projectId" TEXT,
    "title" JSONB,
    "amountMinor" BIGINT,
    "currency" CHAR(3),
    "valueDate" DATE,
    "amountWithheld" BOOLEAN NOT NULL DEFAULT false,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "partyForm" "PartyForm" NOT NULL,
    "partyOrganizationId" TEXT,
    "partyNameAsReported" TEXT NOT NULL,
    "partyType" "PartyType" NOT NULL,
    "kind" "ContributionKind" NOT NULL,
    "amountMinor" BIGINT,
    "currency" CHAR(3),
    "valueDate" DATE,
    "valueDatePrecision" "DatePrecision",
    "valueDateEstimated" BOOLEAN NOT NULL DEFAULT false,
    "shareMin" DECIMAL(7,6),
    "shareMax" DECIMAL(7,6),
    "quantityValue" DECIMAL(18,4),
    "quantityUnit" TEXT,
    "quantityAsReported" TEXT,
    "basis" "ContributionBasis" NOT NULL DEFAULT 'LUMP_SUM',
    "rateUnit" TEXT,
    "ratePeriod" "RatePeriod",
    "isPledge" BOOLEAN NOT NULL DEFAULT false,
    "amountWithheld" BOOLEAN NOT NULL DEFAULT false,
    "amountKgsMinor" BIGINT,
    "amountUsdMinor" BIGINT,
    "fxRateToKgs" DECIMAL(18,6),
    "fxUsdRateToKgs" DECIMAL(18,6),
    "fxRateDate" DATE,
    "fxRateSource" TEXT,
    "fxEstimated" BOOLEAN NOT NULL DEFAULT false,
    "grantId" TEXT,
    "note" JSONB,
    "sourceDocumentId" TEXT,
    "sourcePage" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributionGroupMember" (
    "contributionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "ContributionGroupMember_pkey" PRIMARY KEY ("contributionId","organizationId")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "date" DATE NOT NULL,
    "period" "RatePeriodKind" NOT NULL,
    "rateToKgs" DECIMAL(18,6) NOT NULL,
    "basis" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" TEXT NOT NULL,
    "projectId" TEXT,
    "programmeId" TEXT,
    "indicator" JSONB NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,
    "qualifier" "ValueQualifier" NOT NULL DEFAULT 'EXACT',
    "unit" JSONB NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "disaggregation" JSONB,
    "theme" TEXT,
    "note" JSONB,
    "sourceDocumentId" TEXT,
    "sourcePage" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT,
    "kind" "AgreementKind" NOT NULL,
    "subject" JSONB NOT NULL,
    "sourceLocale" "Locale" NOT NULL DEFAULT 'en',
    "signedDate" DATE,
    "signedPrecision" "DatePrecision",
    "effectiveDate" DATE,
    "effectivePrecision" "DatePrecision",
    "expiryDate" DATE,
    "expiryPrecision" "DatePrecision",
    "status" "AgreementStatus" NOT NULL DEFAULT 'UNKNOWN',
    "documentRef" TEXT,
    "renewsAgreementId" TEXT,
    "sourceDocumentId" TEXT,
    "sourcePage" INTEGER,
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "organizationId" TEXT,
    "nameAsReported" TEXT NOT NULL,
    "partyType" "PartyType",
    "signatoryName" TEXT,
    "signatoryTitle" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementAmendment" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "summary" JSONB NOT NULL,
    "documentRef" TEXT,

    CONSTRAINT "AgreementAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementProject" (
    "agreementId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "AgreementProject_pkey" PRIMARY KEY ("agreementId","projectId")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "year" INTEGER,
    "citation" TEXT NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudy" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "sourceLocale" "Locale" NOT NULL DEFAULT 'en',
    "partnershipId" TEXT,
    "organizationId" TEXT,
    "sourceDocumentId" TEXT,
    "sourcePageFirst" INTEGER,
    "sourcePageLast" INTEGER,
    "externalKey" TEXT,
    "ownerOrganizationId" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudySection" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "kind" "CaseStudySectionKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "body" JSONB NOT NULL,

    CONSTRAINT "CaseStudySection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "globalRole" "GlobalRole" NOT NULL DEFAULT 'USER',
    "locale" "Locale" NOT NULL DEFAULT 'ru',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorOrganizationId" TEXT,
    "actorRole" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Territory_code_key" ON "Territory"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_path_key" ON "Territory"("path");

-- CreateIndex
CREATE INDEX "Territory_level_idx" ON "Territory"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_parentId_slug_key" ON "Territory"("parentId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "TerritorySuccession_predecessorId_successorId_kind_key" ON "TerritorySuccession"("predecessorId", "successorId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_tin_key" ON "Organization"("tin");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_okpo_key" ON "Organization"("okpo");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_externalKey_key" ON "Organization"("externalKey");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE INDEX "Organization_homeTerritoryId_idx" ON "Organization"("homeTerritoryId");

-- CreateIndex
CREATE INDEX "Organization_governsTerritoryId_idx" ON "Organization"("governsTerritoryId");

-- CreateIndex
CREATE INDEX "OrganizationAlias_normalized_idx" ON "OrganizationAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationAlias_organizationId_normalized_key" ON "OrganizationAlias"("organizationId", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_slug_key" ON "Partnership"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_externalKey_key" ON "Partnership"("externalKey");

-- CreateIndex
CREATE INDEX "PartnershipParty_partnershipId_idx" ON "PartnershipParty"("partnershipId");

-- CreateIndex
CREATE INDEX "PartnershipParty_organizationId_idx" ON "PartnershipParty"("organizationId");

-- CreateIndex
CREATE INDEX "PartnershipTerritory_territoryId_idx" ON "PartnershipTerritory"("territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_externalKey_key" ON "Programme"("externalKey");

-- CreateIndex
CREATE INDEX "ProgrammeTerritory_territoryId_idx" ON "ProgrammeTerritory"("territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_externalKey_key" ON "Project"("externalKey");

-- CreateIndex
CREATE INDEX "Project_partnershipId_idx" ON "Project"("partnershipId");

-- CreateIndex
CREATE INDEX "Project_programmeId_idx" ON "Project"("programmeId");

-- CreateIndex
CREATE INDEX "ProjectTerritory_territoryId_idx" ON "ProjectTerritory"("territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Grant_externalKey_key" ON "Grant"("externalKey");

-- CreateIndex
CREATE INDEX "Grant_funderId_idx" ON "Grant"("funderId");

-- CreateIndex
CREATE INDEX "Grant_recipientId_idx" ON "Grant"("recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "Contribution_grantId_key" ON "Contribution"("grantId");

-- CreateIndex
CREATE UNIQUE INDEX "Contribution_externalKey_key" ON "Contribution"("externalKey");

-- CreateIndex
CREATE INDEX "Contribution_projectId_idx" ON "Contribution"("projectId");

-- CreateIndex
CREATE INDEX "Contribution_partyOrganizationId_idx" ON "Contribution"("partyOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currency_date_period_key" ON "ExchangeRate"("currency", "date", "period");

-- CreateIndex
CREATE UNIQUE INDEX "Outcome_externalKey_key" ON "Outcome"("externalKey");

-- CreateIndex
CREATE INDEX "Outcome_projectId_idx" ON "Outcome"("projectId");

-- CreateIndex
CREATE INDEX "Outcome_programmeId_idx" ON "Outcome"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_externalKey_key" ON "Agreement"("externalKey");

-- CreateIndex
CREATE INDEX "Agreement_partnershipId_idx" ON "Agreement"("partnershipId");

-- CreateIndex
CREATE INDEX "AgreementParty_agreementId_idx" ON "AgreementParty"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementParty_organizationId_idx" ON "AgreementParty"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAmendment_agreementId_number_key" ON "AgreementAmendment"("agreementId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_key_key" ON "SourceDocument"("key");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudy_slug_key" ON "CaseStudy"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudy_externalKey_key" ON "CaseStudy"("externalKey");

-- CreateIndex
CREATE INDEX "CaseStudy_partnershipId_idx" ON "CaseStudy"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudySection_caseStudyId_kind_position_key" ON "CaseStudySection"("caseStudyId", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_idx" ON "AuditEvent"("actorUserId");

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryBoundary" ADD CONSTRAINT "TerritoryBoundary_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritorySuccession" ADD CONSTRAINT "TerritorySuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritorySuccession" ADD CONSTRAINT "TerritorySuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_homeTerritoryId_fkey" FOREIGN KEY ("homeTerritoryId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_governsTerritoryId_fkey" FOREIGN KEY ("governsTerritoryId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAlias" ADD CONSTRAINT "OrganizationAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipParty" ADD CONSTRAINT "PartnershipParty_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipParty" ADD CONSTRAINT "PartnershipParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipTerritory" ADD CONSTRAINT "PartnershipTerritory_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipTerritory" ADD CONSTRAINT "PartnershipTerritory_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeParty" ADD CONSTRAINT "ProgrammeParty_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeParty" ADD CONSTRAINT "ProgrammeParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTerritory" ADD CONSTRAINT "ProgrammeTerritory_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTerritory" ADD CONSTRAINT "ProgrammeTerritory_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTerritory" ADD CONSTRAINT "ProjectTerritory_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTerritory" ADD CONSTRAINT "ProjectTerritory_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionGroupMember" ADD CONSTRAINT "ContributionGroupMember_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionGroupMember" ADD CONSTRAINT "ContributionGroupMember_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_renewsAgreementId_fkey" FOREIGN KEY ("renewsAgreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAmendment" ADD CONSTRAINT "AgreementAmendment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementProject" ADD CONSTRAINT "AgreementProject_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementProject" ADD CONSTRAINT "AgreementProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudySection" ADD CONSTRAINT "CaseStudySection_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express (see docs/decisions/001-domain-model.md).
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_level_check" CHECK ("level" BETWEEN 1 AND 3);
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_validity_check" CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validFrom" <= "validTo");
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_amount_check" CHECK ("amountMinor" IS NULL OR "amountMinor" >= 0);
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_currency_check" CHECK (("amountMinor" IS NULL) = ("currency" IS NULL));
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_share_check" CHECK (
  ("shareMin" IS NULL AND "shareMax" IS NULL)
  OR ("shareMin" >= 0 AND "shareMax" <= 1 AND "shareMin" <= "shareMax"));
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_rate_check" CHECK (("basis" = 'RATE') = ("ratePeriod" IS NOT NULL));
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_amount_check" CHECK ("amountMinor" IS NULL OR "amountMinor" >= 0);
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_currency_check" CHECK (("amountMinor" IS NULL) = ("currency" IS NULL));
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_budget_check" CHECK ("budgetMinor" IS NULL OR "budgetMinor" >= 0);
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_rate_check" CHECK ("rateToKgs" > 0);
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_owner_check" CHECK (("projectId" IS NULL) <> ("programmeId" IS NULL));
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_period_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "startDate" <= "endDate");
ALTER TABLE "Project" ADD CONSTRAINT "Project_period_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "startDate" <= "endDate");
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_period_check" CHECK ("expiryDate" IS NULL OR "effectiveDate" IS NULL OR "effectiveDate" <= "expiryDate");
