'use client'

import { EnumField } from '@/components/forms/enum-field'
import { useTranslations } from 'next-intl'
import { useFormContext } from '@/components/forms/action-form'
import { FieldError, LocalizedFields, PartialDateField, TextField } from '@/components/forms/fields'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { ageGroups } from '@/lib/outcomes/breakdown'
import { CreateOutcomeInput, outcomeKinds, UpdateOutcomeInput, valueQualifiers } from '@/lib/outcomes/schema'
import { themes } from '@/lib/themes'

export function OutcomeForm(form: RecordFormProps) {
  const t = useTranslations('manage')
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreateOutcomeInput, update: UpdateOutcomeInput }}
      label={t('outcomes.formLabel')}
      createLabel={t('outcomes.create')}
      addAnotherLabel={t('outcomes.createAndAddAnother')}
    >
      <LocalizedFields
        name="indicator"
        label={t('outcomes.fields.indicator')}
        hint={t('outcomes.fields.indicatorHint')}
        required
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <EnumField name="kind" label={t('outcomes.fields.kind')} labels="outcomeKind" values={outcomeKinds} required />
        <EnumField
          name="qualifier"
          label={t('outcomes.fields.qualifier')}
          labels="valueQualifier"
          values={valueQualifiers}
          required
        />
        <TextField name="value" label={t('outcomes.fields.value')} inputMode="decimal" required />
      </div>
      <LocalizedFields name="unit" label={t('outcomes.fields.unit')} hint={t('outcomes.fields.unitHint')} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <PartialDateField name="date" label={t('outcomes.fields.date')} />
        <EnumField name="theme" label={t('outcomes.fields.theme')} labels="theme" values={themes} placeholder="—" />
      </div>
      <Breakdown
        title={t('outcomes.fields.sex')}
        name="sex"
        keys={['female', 'male']}
        label={(k) => t(`outcomes.sex.${k}`)}
      />
      <Breakdown
        title={t('outcomes.fields.age')}
        name="age"
        keys={ageGroups}
        label={(k) => t('outcomes.ageGroup', { group: k })}
      />
      <LocalizedFields name="note" label={t('outcomes.fields.note')} multiline rows={2} />
    </RecordForm>
  )
}

/** Optional counts by group; the group's own error (adds up to more than the total) sits under it. */
function Breakdown({
  title,
  name,
  keys,
  label,
}: {
  title: string
  name: string
  keys: readonly string[]
  label: (k: string) => string
}) {
  const { errors } = useFormContext()
  const t = useTranslations('manage.outcomes')
  const groupErrors = errors[name] ?? []
  return (
    <fieldset aria-describedby={groupErrors.length ? `${name}-error` : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">{title}</legend>
      <p className="text-xs text-stone-500">{t('breakdownHint')}</p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {keys.map((k) => (
          <TextField key={k} name={`${name}.${k}`} label={label(k)} inputMode="numeric" />
        ))}
      </div>
      <FieldError id={`${name}-error`} keys={groupErrors} />
    </fieldset>
  )
}
