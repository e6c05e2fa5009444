// An in-kind line valued as quantity × value per unit (ADR 025), as the import reads it: the amount is
// their product, computed by the form's own arithmetic (lib/contributions/valuation.ts), and an amount the
// row states must be that product. Pure: the staging (./stage.ts) calls it on the merged row.
import { valuedAmount } from '@/lib/contributions/valuation'
import { amountText, type Flat } from './cells'
import type { ProblemCode } from './problems'

export type ValuationProblem = [column: string, code: ProblemCode, params?: Record<string, string | number>]

/**
 * Derives a contribution row's amount from `quantity` × `unit_value` (in place, on `flat`) and returns
 * what is wrong with them. `touched`: the fields this row's cells set; `stored`: the record's stored flat
 * values (an update). A stored amount that followed a stored value per unit was never stated: it follows
 * the new values, and goes with them (unknown, never a stale figure) when the value per unit is cleared.
 */
export function valueContribution(flat: Flat, touched: ReadonlySet<string>, stored?: Flat): ValuationProblem[] {
  const unitValue = flat.unitValueMinor
  const followed = typeof stored?.unitValueMinor === 'string' && !touched.has('amountMinor')
  const stated = followed ? null : flat.amountMinor
  if (typeof unitValue !== 'string') {
    if (followed) flat.amountMinor = null
    return []
  }
  // A cash line states its amount: a value per unit would be a second, silent figure.
  if (flat.kind === 'CASH') return [['unit_value', 'unitValueNotInKind']]
  const quantity = flat.quantityValue
  if (typeof quantity !== 'string') return [['quantity', 'required']]
  const problems: ValuationProblem[] = []
  if (!flat.quantityUnit) problems.push(['quantity_unit', 'required'])
  const valued = valuedAmount(quantity, BigInt(unitValue))
  // The form takes 0.0001 to 99 999 999 999 999 with up to four decimals (Contribution.quantityValue).
  if (valued === null || !/[1-9]/.test(quantity)) return [...problems, ['quantity', 'badQuantity', { value: quantity }]]
  if (valued === 'tooLarge') return [...problems, ['unit_value', 'valuationTooLarge']]
  if (typeof stated === 'string' && BigInt(stated) !== valued)
    problems.push([
      'amount',
      'amountDisagreesWithValuation',
      { amount: amountText(stated), quantity, unitValue: amountText(unitValue), valued: amountText(String(valued)) },
    ])
  else flat.amountMinor = String(valued)
  return problems
}
