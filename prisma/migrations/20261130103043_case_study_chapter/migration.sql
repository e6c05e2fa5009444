-- AlterTable
ALTER TABLE "CaseStudy" ADD COLUMN     "sourceChapterTerritoryId" TEXT;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_sourceChapterTerritoryId_fkey" FOREIGN KEY ("sourceChapterTerritoryId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;
