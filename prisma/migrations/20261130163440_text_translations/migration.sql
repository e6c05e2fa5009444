-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('ORIGINAL', 'MACHINE', 'DRAFT', 'REGISTRY', 'REVIEWED');

-- CreateTable
CREATE TABLE "TextTranslation" (
    "id" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "TranslationStatus" NOT NULL,
    "sourceLocale" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TextTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TextTranslation_entityId_idx" ON "TextTranslation"("entityId");

-- CreateIndex
CREATE UNIQUE INDEX "TextTranslation_entity_entityId_field_locale_key" ON "TextTranslation"("entity", "entityId", "field", "locale");
