import { getTranslations } from 'next-intl/server'
import { isQuantityUnit } from '@/lib/contributions/units'
import { formatMoney, formatNumber } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'

/** An in-kind line's quantity as the public DTO carries it (lib/public/dto.ts `PublicContribution.quantity`). */
export type LineQuantity = {
  value: number | null
  unit: string | null
  asReported: string | null
  unitValueMinor: bigint | null
}

/**
 * "12 person-days × 500 som" — the valuation behind an amount — or the quantity alone ("40 person-days",
 * the source's words) when no value per unit is known. `currency`: the amount's, only where the amount
 * itself is shown (a withheld amount shows no valuation). One text for the public ledger and the manage one.
 */
export async function valuationText(
  q: LineQuantity,
  currency: string | null,
  locale: Locale,
): Promise<{ text: string; valued: boolean } | null> {
  const t = await getTranslations('ledger')
  const { value, unit, asReported, unitValueMinor } = q
  const quantity =
    value === null || !unit
      ? asReported
      : isQuantityUnit(unit)
        ? t('quantity', { unit, count: value })
        : `${formatNumber(value, locale)} ${unit}`
  if (!quantity) return null
  if (unitValueMinor === null || !currency) return { text: quantity, valued: false }
  return { text: t('valuation', { quantity, unitValue: formatMoney(unitValueMinor, currency, locale) }), valued: true }
}
