import { partialDateInput } from '@/lib/format'
import type { FormValues } from '@/lib/forms/state'
import { localizedValues, plainValues } from '@/lib/forms/values'
import type { OutcomeForEdit } from './manage-queries'

export function outcomeFormValues(o: OutcomeForEdit): FormValues {
  const d = (o.disaggregation ?? {}) as { sex?: Record<string, number>; age?: Record<string, number> }
  const breakdown: Record<string, number> = {}
  for (const [group, values] of Object.entries(d))
    for (const [k, v] of Object.entries(values ?? {})) breakdown[`${group}.${k}`] = v
  return {
    ...localizedValues('indicator', o.indicator),
    ...localizedValues('unit', o.unit),
    ...localizedValues('note', o.note),
    ...plainValues({
      kind: o.kind,
      value: o.value.toString(),
      qualifier: o.qualifier,
      date: partialDateInput(o.date, o.datePrecision),
      theme: o.theme,
      version: o.version,
      ...breakdown,
    }),
  }
}
