import { partialDateInput } from '@/lib/format'
import type { FormValues } from '@/lib/forms/state'
import { localizedValues, plainValues } from '@/lib/forms/values'
import { parseBreakdown } from './breakdown'
import type { OutcomeForEdit } from './manage-queries'

export function outcomeFormValues(o: OutcomeForEdit): FormValues {
  const breakdown: Record<string, number> = {}
  for (const [group, values] of Object.entries(parseBreakdown(o.disaggregation) ?? {}))
    for (const [k, v] of Object.entries(values)) breakdown[`${group}.${k}`] = v
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
