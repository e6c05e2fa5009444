-- CreateTable
CREATE TABLE "UsdExchangeRate" (
    "id" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "date" DATE NOT NULL,
    "period" "RatePeriodKind" NOT NULL,
    "rateToUsd" DECIMAL(18,6) NOT NULL,
    "basis" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "UsdExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UsdExchangeRate_currency_date_period_key" ON "UsdExchangeRate"("currency", "date", "period");

-- Rules beyond Prisma (as for ExchangeRate in the first migration)
ALTER TABLE "UsdExchangeRate" ADD CONSTRAINT "UsdExchangeRate_rate_check" CHECK ("rateToUsd" > 0);
ALTER TABLE "UsdExchangeRate" ADD CONSTRAINT "UsdExchangeRate_currency_check" CHECK ("currency" NOT IN ('USD', 'KGS'));
