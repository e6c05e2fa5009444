import { partialDateInput } from '@/lib/format'
import type { FormValues } from '@/lib/forms/state'
import { localizedValues, plainValues } from '@/lib/forms/values'
import { fromMinorUnits } from '@/lib/money/minor'
import type { ContributionForEdit } from './manage-queries'
import { quantityText, unitCode } from './valuation'

const percent = (fraction: { toString(): string } | null) =>
  fraction === null ? null : String(Number((Number(fraction.toString()) * 100).toFixed(4)))

export function contributionFormValues(c: ContributionForEdit): FormValues {
  const values: FormValues = {
    ...localizedValues('valuationNote', c.valuationNote),
    ...localizedValues('note', c.note),
    ...plainValues({
      partyForm: c.partyForm === 'GROUP' ? 'NAMED' : c.partyForm,
      partyOrganizationId: c.partyOrganizationId,
      partyNameAsReported: c.partyOrganizationId ? null : c.partyNameAsReported,
      partyType: c.partyType,
      kind: c.kind,
      nature: c.nature,
      // An amount computed from quantity × value per unit is not asked again: it follows them.
      amount: c.amountMinor === null || c.unitValueMinor !== null ? null : fromMinorUnits(c.amountMinor),
      currency: c.currency,
      valueDate: c.valueDateEstimated ? null : partialDateInput(c.valueDate, c.valueDatePrecision),
      shareMin: percent(c.shareMin),
      shareMax:
        c.shareMax !== null && c.shareMin !== null && c.shareMax.toString() === c.shareMin.toString()
          ? null
          : percent(c.shareMax),
      valuationBasis: c.valuationBasis,
      quantity: quantityText(c.quantityValue),
      quantityUnit: unitCode(c.quantityUnit),
      unitValue: c.unitValueMinor === null ? null : fromMinorUnits(c.unitValueMinor),
      version: c.version,
    }),
  }
  if (c.isPledge) values.isPledge = 'on'
  if (c.amountWithheld) values.amountWithheld = 'on'
  return values
}
