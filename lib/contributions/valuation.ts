import { MAX_AMOUNT_MINOR } from '@/lib/forms/fields'

import { type QuantityUnit, quantityUnits, isQuantityUnit, unitCode } from '@/lib/contributions/units'

export { type QuantityUnit, quantityUnits, isQuantityUnit, unitCode }

const QUANTITY_DECIMALS = 4 // Contribution.quantityValue is Decimal(18, 4)
const SCALE = 10n ** BigInt(QUANTITY_DECIMALS)

/** "12.5" → 125000n (ten-thousandths); null for anything that is not a plain non-negative decimal. */
function scaledQuantity(quantity: string): bigint | null {
  const m = /^(\d{1,14})(?:\.(\d{1,4}))?$/.exec(quantity)
  return m ? BigInt(m[1]) * SCALE + BigInt((m[2] ?? '').padEnd(QUANTITY_DECIMALS, '0')) : null
}

/**
 * Quantity × value per unit, in the unit value's minor units, exactly (no floating point) and rounded
 * half up to a whole minor unit. Null when either is missing: an unknown value stays unknown, never 0.
 * `tooLarge` when the product is beyond the largest amount the registry accepts.
 */
export function valuedAmount(quantity: unknown, unitValueMinor: unknown): bigint | 'tooLarge' | null {
  // The form's cross-checks also see raw text where a field failed its own check: that is no value.
  if (typeof quantity !== 'string' || typeof unitValueMinor !== 'bigint') return null
  const q = scaledQuantity(quantity)
  if (q === null) return null
  const product = (q * unitValueMinor + SCALE / 2n) / SCALE
  return product > MAX_AMOUNT_MINOR ? 'tooLarge' : product
}

/** A stored quantity (Decimal) as the form shows it: "12.5000" → "12.5". */
export function quantityText(value: { toString(): string } | null): string | null {
  if (value === null) return null
  const text = value.toString()
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}
