import type { FormValues } from '@/lib/forms/state'
import { localizedValues, periodValues, plainValues } from '@/lib/forms/values'
import { fromMinorUnits } from '@/lib/money/minor'
import type { ProgrammeForEdit } from './manage-queries'

export function programmeFormValues(p: ProgrammeForEdit): FormValues {
  const values: FormValues = {
    ...localizedValues('title', p.title),
    ...localizedValues('description', p.description),
    ...plainValues({
      sourceLocale: p.sourceLocale,
      ...periodValues(p),
      budget: p.budgetMinor === null ? null : fromMinorUnits(p.budgetMinor),
      budgetCurrency: p.budgetCurrency,
      version: p.version,
    }),
    'themes[]': p.themes,
    'territoryIds[]': p.territories.map((t) => t.territoryId),
  }
  if (p.national) values.national = 'on'
  p.parties.forEach((party, i) =>
    Object.assign(values, { [`parties.${i}.organizationId`]: party.organizationId, [`parties.${i}.role`]: party.role }),
  )
  return values
}
