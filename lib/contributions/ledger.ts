import 'server-only'
import type { PartialDate } from '@/lib/dates'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { convert, rateSource, type Rate, type UsdRate } from '@/lib/money/convert'

/**
 * The value date of an amount: as given, else derived (ADR 001) from the project's last year, its
 * first year, or the partnership's start — marked estimated. Null when nothing gives a year.
 */
export function valueDateOf(
  given: PartialDate | undefined,
  project: { startDate: Date | null; endDate: Date | null; partnership: { startDate: Date | null } | null },
): { date: Date; precision: PartialDate['precision']; estimated: boolean } | null {
  if (given) return { ...given, estimated: false }
  const from = project.endDate ?? project.startDate ?? project.partnership?.startDate
  return from ? { date: new Date(Date.UTC(from.getUTCFullYear(), 0, 1)), precision: 'YEAR', estimated: true } : null
}

/**
 * The conversion columns written with an amount (ADR 001, lib/money/convert.ts): at the som
 * rates, or through the dollar for a currency that only has a dollar rate (EUR). An amount in a
 * currency without any rate stays unconverted (all null) and is counted as such.
 */
export async function conversionColumns(
  amountMinor: bigint,
  currency: string,
  valueDate: Date,
  valueDateEstimated: boolean,
) {
  const [rows, usdRows] = await Promise.all([
    prisma.exchangeRate.findMany({ where: { currency: { in: [currency, 'USD'] } } }),
    currency === 'KGS' || currency === 'USD' ? [] : prisma.usdExchangeRate.findMany({ where: { currency } }),
  ])
  const rates: Rate[] = rows.map((r) => ({
    currency: r.currency,
    date: r.date,
    period: r.period,
    rateToKgs: r.rateToKgs.toString(),
    basis: r.basis,
    source: rateSource(r),
  }))
  const usdRates: UsdRate[] = usdRows.map((r) => ({
    currency: r.currency,
    date: r.date,
    period: r.period,
    rateToUsd: r.rateToUsd.toString(),
    basis: r.basis,
    source: rateSource(r),
  }))
  const c = convert({ amountMinor, currency, valueDate, valueDateEstimated }, rates, usdRates)
  return {
    amountKgsMinor: c?.amountKgsMinor ?? null,
    amountUsdMinor: c?.amountUsdMinor ?? null,
    fxRateToKgs: c?.fxRateToKgs ?? null,
    fxUsdRateToKgs: c?.fxUsdRateToKgs ?? null,
    fxRateDate: c?.fxRateDate ?? null,
    fxRateSource: c?.fxRateSource ?? null,
    fxEstimated: c?.fxEstimated ?? valueDateEstimated,
  } satisfies Partial<Prisma.ContributionUncheckedCreateInput>
}

export const noConversion = {
  amountKgsMinor: null,
  amountUsdMinor: null,
  fxRateToKgs: null,
  fxUsdRateToKgs: null,
  fxRateDate: null,
  fxRateSource: null,
  fxEstimated: false,
}
