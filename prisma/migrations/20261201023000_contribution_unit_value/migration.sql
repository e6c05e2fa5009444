-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "unitValueMinor" BIGINT;
