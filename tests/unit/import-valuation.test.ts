// An imported in-kind line valued as quantity × value per unit (ADR 025): the amount derived as the form
// derives it, a stated amount that differs refused, an amount that followed a stored valuation following it.
import { describe, expect, it } from 'vitest'
import { valuedAmount } from '@/lib/contributions/valuation'
import type { Flat } from '@/lib/import/cells'
import { recognizeUnit } from '@/lib/contributions/units'
import { valueContribution } from '@/lib/import/valuation'

const line = (over: Flat = {}): Flat => ({
  kind: 'LABOUR',
  amountMinor: null,
  currency: 'KGS',
  quantityValue: '12',
  quantityUnit: 'PERSON_DAY',
  unitValueMinor: '50000',
  ...over,
})
const touched = (...fields: string[]) => new Set(fields)

describe('valueContribution', () => {
  it('derives the amount exactly as the form does, rounding half up to a whole tyiyn', () => {
    const flat = line()
    expect(valueContribution(flat, touched('quantityValue', 'unitValueMinor'))).toEqual([])
    expect(flat.amountMinor).toBe('600000') // 12 × 500 som = 6,000 som
    const odd = line({ quantityValue: '2.5', unitValueMinor: '333' }) // 2.5 × 3.33 = 8.325 → 8.33
    expect(valueContribution(odd, touched())).toEqual([])
    expect(odd.amountMinor).toBe(String(valuedAmount('2.5', 333n)))
    expect(odd.amountMinor).toBe('833')
  })

  it('accepts a stated amount equal to the product and refuses one that differs, naming the product', () => {
    const same = line({ amountMinor: '600000' })
    expect(valueContribution(same, touched('amountMinor'))).toEqual([])
    const other = line({ amountMinor: '700000' })
    expect(valueContribution(other, touched('amountMinor'))).toEqual([
      ['amount', 'amountDisagreesWithValuation', { amount: '7000', quantity: '12', unitValue: '500', valued: '6000' }],
    ])
    expect(other.amountMinor).toBe('700000') // the row is refused; nothing is rewritten
  })

  it('lets an amount that followed a stored valuation follow the new one, and clears it with its value per unit', () => {
    const stored = line({ amountMinor: '600000' })
    const more: Flat = { ...stored, quantityValue: '15' }
    expect(valueContribution(more, touched('quantityValue'), stored)).toEqual([])
    expect(more.amountMinor).toBe('750000')
    const cleared: Flat = { ...stored, unitValueMinor: null }
    expect(valueContribution(cleared, touched('unitValueMinor'), stored)).toEqual([])
    expect(cleared.amountMinor).toBeNull() // a quantity alone has no amount: unknown, never 0 or a stale figure
    // An amount stated without a value per unit stays stated: adding a valuation that differs is refused.
    const plain = line({ amountMinor: '900000', unitValueMinor: null })
    const valued: Flat = { ...plain, unitValueMinor: '50000' }
    expect(valueContribution(valued, touched('unitValueMinor'), plain).map(([c, code]) => [c, code])).toEqual([
      ['amount', 'amountDisagreesWithValuation'],
    ])
    // …unless the row clears it: then it is computed.
    const recomputed: Flat = { ...plain, unitValueMinor: '50000', amountMinor: null }
    expect(valueContribution(recomputed, touched('unitValueMinor', 'amountMinor'), plain)).toEqual([])
    expect(recomputed.amountMinor).toBe('600000')
  })

  it('keeps a line without a value per unit as it is', () => {
    const flat = line({ unitValueMinor: null, amountMinor: '123400' })
    expect(valueContribution(flat, touched('amountMinor'))).toEqual([])
    expect(flat.amountMinor).toBe('123400')
    const quantityOnly = line({ unitValueMinor: null })
    expect(valueContribution(quantityOnly, touched())).toEqual([])
    expect(quantityOnly.amountMinor).toBeNull()
  })

  it('refuses what the form refuses: a value per unit on cash, without a quantity or its unit, a quantity it cannot value, a product too large', () => {
    expect(valueContribution(line({ kind: 'CASH' }), touched())).toEqual([['unit_value', 'unitValueNotInKind']])
    expect(valueContribution(line({ quantityValue: null }), touched())).toEqual([['quantity', 'required']])
    expect(valueContribution(line({ quantityUnit: null }), touched())).toEqual([['quantity_unit', 'required']])
    for (const quantity of ['-3', '0', '1.23456'])
      expect(valueContribution(line({ quantityValue: quantity }), touched())).toEqual([
        ['quantity', 'badQuantity', { value: quantity }],
      ])
    expect(
      valueContribution(line({ quantityValue: '99999999999999', unitValueMinor: '100000000000' }), touched()),
    ).toEqual([['unit_value', 'valuationTooLarge']])
  })
})

describe('recognizeUnit', () => {
  it('reads our units written loosely as their codes, and keeps any other word as written', () => {
    expect(recognizeUnit('person_day')).toBe('PERSON_DAY')
    expect(recognizeUnit(' Person-days ')).toBe('PERSON_DAY')
    expect(recognizeUnit('square metres')).toBe('SQUARE_METRE')
    expect(recognizeUnit('Hectares')).toBe('HECTARE')
    expect(recognizeUnit('ha')).toBe('HECTARE')
    expect(recognizeUnit('m³')).toBe('CUBIC_METRE')
    expect(recognizeUnit('pcs')).toBe('PIECE')
    expect(recognizeUnit('buckets')).toBe('buckets')
    expect(recognizeUnit('дни')).toBe('дни')
    expect(recognizeUnit(null)).toBeNull()
  })
})
