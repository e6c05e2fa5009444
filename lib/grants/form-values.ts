import { partialDateInput } from '@/lib/format'
import type { FormValues } from '@/lib/forms/state'
import { localizedValues, periodValues, plainValues } from '@/lib/forms/values'
import { fromMinorUnits } from '@/lib/money/minor'
import type { GrantForEdit } from './manage-queries'

export function grantFormValues(g: GrantForEdit): FormValues {
  const values: FormValues = {
    ...localizedValues('title', g.title),
    ...plainValues({
      funderId: g.funderId,
      recipientId: g.recipientId,
      projectId: g.projectId,
      programmeId: g.programmeId,
      amount: g.amountMinor === null ? null : fromMinorUnits(g.amountMinor),
      currency: g.currency,
      valueDate: partialDateInput(g.valueDate, 'DAY'),
      ...periodValues(g),
      version: g.version,
    }),
  }
  if (g.amountWithheld) values.amountWithheld = 'on'
  if (g.contribution) values.countInCostShare = 'on'
  return values
}
