'use client'

import { useTranslations } from 'next-intl'
import { currencies } from '@/lib/money/minor'
import { CheckboxField, SelectField, TextField } from './fields'

/** An amount and its currency, two cells of the caller's grid (a grant's, a line's, a budget). */
export function MoneyFields({
  amountName = 'amount',
  currencyName = 'currency',
  amountLabel,
  amountHint,
}: {
  amountName?: string
  currencyName?: string
  amountLabel?: string
  amountHint?: string
}) {
  const t = useTranslations('manage.contributions.fields')
  return (
    <>
      <TextField name={amountName} label={amountLabel ?? t('amount')} inputMode="decimal" hint={amountHint} />
      <SelectField
        name={currencyName}
        label={t('currency')}
        options={currencies.map((c) => ({ value: c, label: c }))}
        placeholder="—"
      />
    </>
  )
}

/** Whether the amount is kept from the public (pages then say only that one is withheld). */
export function WithheldAmountField() {
  const t = useTranslations('manage.contributions.fields')
  return <CheckboxField name="amountWithheld" label={t('amountWithheld')} hint={t('amountWithheldHint')} />
}
