import type { FormValues } from '@/lib/forms/state'
import { localizedValues, periodValues, plainValues } from '@/lib/forms/values'
import type { ProjectForEdit } from './manage-queries'

export function projectFormValues(p: ProjectForEdit): FormValues {
  return { ...copiedProjectValues(p), ...plainValues({ ...periodValues(p), version: p.version }) }
}

/** A new project's values copied from an earlier one of the same organization: its words and places, not its period or money. */
export function copiedProjectValues(p: {
  title: unknown
  description: unknown
  sourceLocale: string | null
  territories: { territoryId: string }[]
}): FormValues {
  return {
    ...localizedValues('title', p.title),
    ...localizedValues('description', p.description),
    ...plainValues({ sourceLocale: p.sourceLocale }),
    'territoryIds[]': p.territories.map((t) => t.territoryId),
  }
}
