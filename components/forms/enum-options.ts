'use client'

import { useTranslations } from 'next-intl'
import { enumLabel, type EnumName, type EnumValue } from '@/lib/i18n/enums'

/** Options of a select of enum values, each labelled from the one `enums` message namespace. */
export function useEnumOptions() {
  const te = useTranslations('enums')
  return <N extends EnumName>(name: N, values: readonly EnumValue<N>[]) =>
    values.map((value) => ({ value, label: enumLabel(te, name, value) }))
}
