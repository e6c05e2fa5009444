'use client'

import { useTranslations } from 'next-intl'
import { useFormContext } from '@/components/forms/action-form'
import { CheckboxField, FieldError, LocalizedFields, PartialDateField } from '@/components/forms/fields'
import { MoneyFields } from '@/components/forms/money-fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { AddRowButton, RemoveRowButton, useRows } from '@/components/forms/rows'
import { SourceLocaleField } from '@/components/forms/source-locale'
import { TerritoryPicker } from '@/components/forms/territory-picker'
import { ThemeChoices } from '@/components/forms/theme-choices'
import { listValue, rowIndexes, textValue } from '@/components/forms/values'
import type { FormValues } from '@/lib/forms/state'
import { enumLabel } from '@/lib/i18n/enums'
import type { OrganizationOption } from '@/lib/organizations/options'
import { CreateProgrammeInput, programmeRoles, UpdateProgrammeInput } from '@/lib/programmes/schema'
import type { TerritoryOption } from '@/lib/territories/picker'

type Row = { key: number; organizationId: string; role: string }

function rowsFrom(values: FormValues): Row[] {
  return rowIndexes(values, 'parties').map((i, key) => ({
    key,
    organizationId: textValue(values, `parties.${i}.organizationId`),
    role: textValue(values, `parties.${i}.role`) || 'DONOR',
  }))
}

export function ProgrammeForm({
  organizations,
  territories,
  ...form
}: RecordFormProps & { organizations: OrganizationOption[]; territories: TerritoryOption[] }) {
  const t = useTranslations('manage')
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreateProgrammeInput, update: UpdateProgrammeInput }}
      label={t('programmes.formLabel')}
      createLabel={t('programmes.create')}
    >
      <LocalizedFields name="title" label={t('programmes.fields.title')} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <SourceLocaleField />
        <PartialDateField name="startDate" label={t('projects.fields.startDate')} />
        <PartialDateField name="endDate" label={t('projects.fields.endDate')} />
        <MoneyFields amountName="budget" currencyName="budgetCurrency" amountLabel={t('programmes.fields.budget')} />
      </div>
      <LocalizedFields name="description" label={t('projects.fields.description')} multiline rows={3} />
      <Parties organizations={organizations} initial={rowsFrom(form.initialValues)} />
      <CheckboxField
        name="national"
        label={t('programmes.fields.national')}
        hint={t('programmes.fields.nationalHint')}
      />
      <TerritoryPicker name="territoryIds[]" label={t('projects.fields.places')} territories={territories} />
      <ThemeChoices chosen={listValue(form.initialValues, 'themes[]')} />
    </RecordForm>
  )
}

function Parties({ organizations, initial }: { organizations: OrganizationOption[]; initial: Row[] }) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  const { errors } = useFormContext()
  const { rows, add, remove, update } = useRows<Row>(
    initial.length ? initial : [{ key: 0, organizationId: '', role: 'DONOR' }],
    (key) => ({ key, organizationId: '', role: 'IMPLEMENTER' }),
  )
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-stone-800">{t('programmes.fields.parties')}</legend>
      <FieldError id="programme-parties-error" keys={errors['parties'] ?? []} />
      {rows.map((row, i) => (
        <div
          key={row.key}
          className="grid gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
        >
          <OrganizationSelect
            name={`parties.${i}.organizationId`}
            label={t('partnerships.fields.organization')}
            options={organizations}
            value={row.organizationId}
            onChange={(id) => update(row.key, { organizationId: id })}
          />
          <div>
            <label htmlFor={`programme-role-${row.key}`} className="mb-1 block text-sm font-medium text-stone-800">
              {t('programmes.fields.role')}
            </label>
            <select
              id={`programme-role-${row.key}`}
              name={`parties.${i}.role`}
              value={row.role}
              onChange={(e) => update(row.key, { role: e.target.value })}
              className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2"
            >
              {programmeRoles.map((r) => (
                <option key={r} value={r}>
                  {enumLabel(te, 'programmeRole', r)}
                </option>
              ))}
            </select>
          </div>
          <RemoveRowButton onClick={() => remove(row.key)} alignWithInputs>
            {t('partnerships.removeParty', { n: i + 1 })}
          </RemoveRowButton>
        </div>
      ))}
      <AddRowButton onClick={add}>{t('partnerships.addParty')}</AddRowButton>
    </fieldset>
  )
}
