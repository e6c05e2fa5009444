import { partialDateInput } from '@/lib/format'
import type { FormValues } from '@/lib/forms/state'
import { localizedValues, plainValues } from '@/lib/forms/values'
import type { PartnershipForEdit } from './manage-queries'

export function partnershipFormValues(p: PartnershipForEdit): FormValues {
  const values: FormValues = {
    ...localizedValues('title', p.title),
    ...localizedValues('summary', p.summary),
    ...plainValues({
      sourceLocale: p.sourceLocale,
      status: p.status,
      startDate: partialDateInput(p.startDate, p.startPrecision),
      endDate: partialDateInput(p.endDate, p.endPrecision),
      internalNote: p.internalNote,
      version: p.version,
    }),
    'themes[]': p.themes,
    'territoryIds[]': p.territories.map((t) => t.territoryId),
  }
  p.parties.forEach((party, i) => {
    Object.assign(
      values,
      plainValues({
        [`parties.${i}.id`]: party.id,
        [`parties.${i}.organizationId`]: party.organizationId,
        [`parties.${i}.partyType`]: party.partyType,
      }),
    )
    if (!party.organizationId) values[`parties.${i}.nameAsReported`] = party.nameAsReported
    if (party.isLead) values[`parties.${i}.isLead`] = 'on'
    Object.assign(values, localizedValues(`parties.${i}.role`, party.role))
  })
  return values
}
