'use client'

import { withDraft } from '@/components/forms/form-draft'
import { useTranslations } from 'next-intl'
import { LocalizedFields, PartialDateField } from '@/components/forms/fields'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { SourceLocaleField } from '@/components/forms/source-locale'
import { TerritoryPicker } from '@/components/forms/territory-picker'
import { listValue } from '@/components/forms/values'
import { CreateProjectInput, UpdateProjectInput } from '@/lib/projects/schema'
import type { TerritoryOption } from '@/lib/territories/picker'

export const ProjectForm = withDraft(function ProjectForm({
  territories,
  ...form
}: RecordFormProps & { territories: TerritoryOption[] }) {
  const t = useTranslations('manage')
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreateProjectInput, update: UpdateProjectInput }}
      label={t('projects.formLabel')}
      createLabel={t('projects.create')}
    >
      <LocalizedFields name="title" label={t('projects.fields.title')} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <SourceLocaleField />
        <PartialDateField name="startDate" label={t('projects.fields.startDate')} />
        <PartialDateField name="endDate" label={t('projects.fields.endDate')} />
      </div>
      <TerritoryPicker
        name="territoryIds[]"
        label={t('projects.fields.places')}
        hint={t('projects.fields.placesHint')}
        territories={territories}
        // The cascade opens at the rayon of the first place already chosen (the partnership's, on a new project).
        startAt={listValue(form.initialValues, 'territoryIds[]')[0]}
      />
      <LocalizedFields name="description" label={t('projects.fields.description')} multiline rows={4} />
    </RecordForm>
  )
})
