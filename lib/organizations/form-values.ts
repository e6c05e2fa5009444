import { localizedValues, plainValues } from '@/lib/forms/values'
import type { FormValues } from '@/lib/forms/state'

export function organizationFormValues(o: {
  name: unknown
  sourceLocale: string
  kind: string
  homeTerritoryId: string | null
  tin: string | null
  okpo: string | null
  foundedYear: number | null
  contactEmail: string | null
  contactPhone: string | null
  contactAddress: string | null
  internalNote: string | null
  version: number
}): FormValues {
  return {
    ...localizedValues('name', o.name),
    ...plainValues({
      sourceLocale: o.sourceLocale,
      kind: o.kind,
      homeTerritoryId: o.homeTerritoryId,
      tin: o.tin,
      okpo: o.okpo,
      foundedYear: o.foundedYear,
      contactEmail: o.contactEmail,
      contactPhone: o.contactPhone,
      contactAddress: o.contactAddress,
      internalNote: o.internalNote,
      version: o.version,
    }),
  }
}
