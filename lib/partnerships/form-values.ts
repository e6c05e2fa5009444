import type { FormValues } from '@/lib/forms/state'
import { localizedValues, partyValues, periodValues, plainValues } from '@/lib/forms/values'
import type { PartnershipForEdit } from './manage-queries'

export function partnershipFormValues(p: PartnershipForEdit): FormValues {
  const values: FormValues = {
    ...localizedValues('title', p.title),
    ...localizedValues('summary', p.summary),
    ...plainValues({
      sourceLocale: p.sourceLocale,
      status: p.status,
      ...periodValues(p),
      internalNote: p.internalNote,
      version: p.version,
    }),
    'themes[]': p.themes,
    'territoryIds[]': p.territories.map((t) => t.territoryId),
  }
  p.parties.forEach((party, i) => {
    Object.assign(values, partyValues(i, party))
    if (party.isLead) values[`parties.${i}.isLead`] = 'on'
    Object.assign(values, localizedValues(`parties.${i}.role`, party.role))
  })
  return values
}
