-- CreateEnum
CREATE TYPE "ValuationBasis" AS ENUM ('MARKET_PRICE', 'LOCAL_WAGE_RATE', 'SUPPLIER_QUOTE', 'ACCOUNTING_RECORD', 'DONOR_RULE', 'CONTRIBUTOR_ESTIMATE', 'OTHER');

-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "valuationBasis" "ValuationBasis",
ADD COLUMN     "valuationNote" JSONB;
