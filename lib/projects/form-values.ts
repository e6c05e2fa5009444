import type { FormValues } from '@/lib/forms/state'
import { localizedValues, periodValues, plainValues } from '@/lib/forms/values'
import type { ProjectForEdit } from './manage-queries'

export function projectFormValues(p: ProjectForEdit): FormValues {
  return {
    ...localizedValues('title', p.title),
    ...localizedValues('description', p.description),
    ...plainValues({
      sourceLocale: p.sourceLocale,
      ...periodValues(p),
      version: p.version,
    }),
    'territoryIds[]': p.territories.map((t) => t.territoryId),
  }
}
