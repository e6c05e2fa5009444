'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import { EnumField } from '@/components/forms/enum-field'
import { TextField } from '@/components/forms/fields'
import { formatMoney } from '@/lib/format/numbers'
import { optionalAmount, optionalDecimalText } from '@/lib/forms/fields'
import { quantityUnits, valuedAmount } from '@/lib/contributions/valuation'

const quantityInput = optionalDecimalText()
const unitValueInput = optionalAmount()

/** The product as the form stands: the same rule the server applies (lib/contributions/valuation.ts). */
function productOf(form: HTMLFormElement, locale: string): { amount: string } | 'unknown' | null {
  const text = (name: string) => {
    const el = form.elements.namedItem(name)
    return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : ''
  }
  const quantity = quantityInput.safeParse(text('quantity'))
  const unitValue = unitValueInput.safeParse(text('unitValue'))
  if (!quantity.success || !unitValue.success || quantity.data === undefined) return null
  const product = valuedAmount(quantity.data, unitValue.data)
  if (typeof product !== 'bigint') return product === null ? 'unknown' : null
  return { amount: formatMoney(product, text('currency') || 'KGS', locale) }
}

/**
 * Quantity, unit and value per unit of a line that is not money. Both numbers given, the amount is
 * their product, shown here as it is typed; without a value per unit the amount stays unknown.
 */
export function ValuationFields() {
  const t = useTranslations('manage.contributions')
  const locale = useLocale()
  const ref = useRef<HTMLDivElement>(null)
  const [product, setProduct] = useState<ReturnType<typeof productOf>>(null)
  useEffect(() => {
    const form = ref.current?.closest('form')
    if (!form) return
    const update = () => setProduct(productOf(form, locale))
    update()
    form.addEventListener('input', update)
    form.addEventListener('change', update)
    return () => (form.removeEventListener('input', update), form.removeEventListener('change', update))
  }, [locale])
  return (
    <div ref={ref} className="space-y-2">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="quantity" label={t('fields.quantity')} inputMode="decimal" />
        <EnumField
          name="quantityUnit"
          label={t('fields.quantityUnit')}
          labels="quantityUnit"
          values={quantityUnits}
          placeholder="—"
        />
        <TextField
          name="unitValue"
          label={t('fields.unitValue')}
          hint={t('fields.unitValueHint')}
          inputMode="decimal"
        />
      </div>
      <p role="status" aria-live="polite" className="text-sm text-stone-700" data-valued-amount>
        {product === 'unknown' ? t('valuedUnknown') : product ? t('valuedAmount', { amount: product.amount }) : null}
      </p>
    </div>
  )
}
