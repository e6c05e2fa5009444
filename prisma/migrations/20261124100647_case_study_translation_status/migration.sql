-- AlterTable
ALTER TABLE "CaseStudySection" ADD COLUMN     "translationStatus" JSONB;
