'use client'

import type { ComponentProps } from 'react'
import { SelectField } from '@/components/forms/fields'
import type { EnumName, EnumValue } from '@/lib/i18n/enums'
import { useEnumOptions } from './enum-options'

/** A select of enum values (`values`), each labelled from the `enums` messages of `labels`. */
export function EnumField<N extends EnumName>({
  labels,
  values,
  ...select
}: Omit<ComponentProps<typeof SelectField>, 'options'> & { labels: N; values: readonly EnumValue<N>[] }) {
  const enumOptions = useEnumOptions()
  return <SelectField {...select} options={enumOptions(labels, values)} />
}
