'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { HiddenField, LocalizedFields, SubmitButton, TextField } from '@/components/forms/fields'
import { SourceLocaleField } from '@/components/forms/source-locale'
import { TerritoryPicker } from '@/components/forms/territory-picker'
import type { FormValues } from '@/lib/forms/state'
import { CreateProjectInput, UpdateProjectInput } from '@/lib/projects/schema'
import type { TerritoryOption } from '@/lib/territories/picker'

export function ProjectForm({
  action,
  mode,
  initialValues,
  territories,
  submissionKey,
}: {
  action: FormAction
  mode: 'create' | 'update'
  initialValues: FormValues
  territories: TerritoryOption[]
  submissionKey?: string
}) {
  const t = useTranslations('manage')
  const [places, setPlaces] = useState<string[]>((initialValues['territoryIds[]'] as string[] | undefined) ?? [])
  return (
    <ActionForm
      action={action}
      schema={mode === 'create' ? CreateProjectInput : UpdateProjectInput}
      initialValues={initialValues}
      aria-label={t('projects.formLabel')}
    >
      {mode === 'create' ? (
        <HiddenField name="submissionKey" value={submissionKey!} />
      ) : (
        <HiddenField name="version" value={String(initialValues.version)} />
      )}
      <LocalizedFields name="title" label={t('projects.fields.title')} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <SourceLocaleField />
        <TextField name="startDate" label={t('projects.fields.startDate')} hint={t('form.partialDateHint')} />
        <TextField name="endDate" label={t('projects.fields.endDate')} hint={t('form.partialDateHint')} />
      </div>
      <TerritoryPicker
        name="territoryIds[]"
        label={t('projects.fields.places')}
        hint={t('projects.fields.placesHint')}
        territories={territories}
        selected={places}
        onChange={setPlaces}
      />
      <LocalizedFields name="description" label={t('projects.fields.description')} multiline rows={4} />
      <SubmitButton>{mode === 'create' ? t('projects.create') : t('form.save')}</SubmitButton>
    </ActionForm>
  )
}
