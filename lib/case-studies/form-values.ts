import type { FormValues } from '@/lib/forms/state'
import { localizedValues, plainValues } from '@/lib/forms/values'
import type { CaseStudyForEdit } from './manage-queries'

export function caseStudyFormValues(c: CaseStudyForEdit): FormValues {
  const values: FormValues = {
    ...localizedValues('title', c.title),
    ...plainValues({
      sourceLocale: c.sourceLocale,
      organizationId: c.organizationId,
      partnershipId: c.partnershipId,
      version: c.version,
    }),
  }
  c.sections.forEach((s, i) => {
    values[`sections.${i}.kind`] = s.kind
    Object.assign(values, localizedValues(`sections.${i}.body`, s.body))
    for (const [l, st] of Object.entries((s.translationStatus ?? {}) as Record<string, string>))
      values[`sections.${i}.status.${l}`] = st
  })
  return values
}
