import 'server-only'
import type { PartialDate } from '@/lib/dates'
import { prisma } from '@/lib/db'
import { convert, storedConversion, toRates, toUsdRates } from '@/lib/money/convert'

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
  const [rates, usdRates] = [toRates(rows), toUsdRates(usdRows)]
  return storedConversion(
    convert({ amountMinor, currency, valueDate, valueDateEstimated }, rates, usdRates),
    valueDateEstimated,
  )
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
