-- CreateEnum
CREATE TYPE "ContributionNature" AS ENUM ('COST_SHARE', 'TAX', 'CONDITION');

-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "nature" "ContributionNature" NOT NULL DEFAULT 'COST_SHARE';
