import { describe, expect, it } from 'vitest'
import { CreateContributionInput } from '@/lib/contributions/schema'
import { quantityText, valuedAmount } from '@/lib/contributions/valuation'
import { fieldErrorsOf } from '@/lib/forms/parse'

describe('quantity × value per unit', () => {
  it('multiplies exactly, rounding half up to a whole minor unit', () => {
    expect(valuedAmount('12', 50_000n)).toBe(600_000n)
    expect(valuedAmount('2.5', 133_333n)).toBe(333_333n) // 3 333.325 → 3 333.33
    expect(valuedAmount('0.0001', 1n)).toBe(0n)
    expect(valuedAmount('0.3333', 300n)).toBe(100n) // 99.99 → 100
  })

  it('is unknown without both numbers, or with raw text a field refused', () => {
    expect(valuedAmount(undefined, 50_000n)).toBeNull()
    expect(valuedAmount('12', undefined)).toBeNull()
    expect(valuedAmount('12', 'abc')).toBeNull()
    expect(valuedAmount('-3', 100n)).toBeNull()
  })

  it('says when the product is beyond the largest amount', () => {
    expect(valuedAmount('1000', 10_000_000_000n)).toBe('tooLarge')
  })

  it('shows a stored quantity without its trailing zeros', () => {
    expect(quantityText('12.5000')).toBe('12.5')
    expect(quantityText('40.0000')).toBe('40')
    expect(quantityText('300')).toBe('300')
    expect(quantityText(null)).toBeNull()
  })

  it('a refused value per unit is reported on its own field, and nothing throws', () => {
    const parsed = CreateContributionInput.safeParse({
      partyForm: 'COMMUNITY',
      partyNameAsReported: 'Residents',
      kind: 'LABOUR',
      currency: 'KGS',
      quantity: '12',
      quantityUnit: 'PERSON_DAY',
      unitValue: 'five hundred',
      valuationBasis: 'LOCAL_WAGE_RATE',
      submissionKey: crypto.randomUUID(),
    })
    expect(fieldErrorsOf(parsed.error!)).toEqual({ unitValue: ['amountInvalid'] })
  })
})
