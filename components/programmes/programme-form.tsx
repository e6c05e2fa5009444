'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState } from 'react'
import { ActionForm, useFormContext, type FormAction } from '@/components/forms/action-form'
import {
  FieldError,
  HiddenField,
  LocalizedFields,
  SelectField,
  SubmitButton,
  TextField,
} from '@/components/forms/fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { OwnerField, SourceLocaleField } from '@/components/forms/source-locale'
import { TerritoryPicker } from '@/components/forms/territory-picker'
import type { FormValues } from '@/lib/forms/state'
import { enumLabel } from '@/lib/i18n/enums'
import { currencies } from '@/lib/money/minor'
import type { OrganizationOption } from '@/lib/organizations/options'
import { CreateProgrammeInput, programmeRoles, UpdateProgrammeInput } from '@/lib/programmes/schema'
import type { TerritoryOption } from '@/lib/territories/picker'
import { themes } from '@/lib/themes'

type Row = { key: number; organizationId: string; role: string }

function rowsFrom(values: FormValues): Row[] {
  const idx = [...new Set(Object.keys(values).flatMap((k) => /^parties\.(\d+)\./.exec(k)?.[1] ?? []))]
    .map(Number)
    .sort((a, b) => a - b)
  return idx.map((i, key) => ({
    key,
    organizationId: String(values[`parties.${i}.organizationId`] ?? ''),
    role: String(values[`parties.${i}.role`] ?? 'DONOR'),
  }))
}

export function ProgrammeForm({
  action,
  mode,
  initialValues,
  organizations,
  territories,
  owners = [],
  submissionKey,
}: {
  action: FormAction
  mode: 'create' | 'update'
  initialValues: FormValues
  organizations: OrganizationOption[]
  territories: TerritoryOption[]
  owners?: { id: string; label: string }[]
  submissionKey?: string
}) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  const [places, setPlaces] = useState<string[]>((initialValues['territoryIds[]'] as string[] | undefined) ?? [])
  const initialThemes = (initialValues['themes[]'] as string[] | undefined) ?? []
  return (
    <ActionForm
      action={action}
      schema={mode === 'create' ? CreateProgrammeInput : UpdateProgrammeInput}
      initialValues={initialValues}
      aria-label={t('programmes.formLabel')}
    >
      {mode === 'create' ? (
        <HiddenField name="submissionKey" value={submissionKey!} />
      ) : (
        <HiddenField name="version" value={String(initialValues.version)} />
      )}
      {mode === 'create' && <OwnerField options={owners} />}
      <LocalizedFields name="title" label={t('programmes.fields.title')} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <SourceLocaleField />
        <TextField name="startDate" label={t('projects.fields.startDate')} hint={t('form.partialDateHint')} />
        <TextField name="endDate" label={t('projects.fields.endDate')} hint={t('form.partialDateHint')} />
        <TextField name="budget" label={t('programmes.fields.budget')} inputMode="decimal" />
        <SelectField
          name="budgetCurrency"
          label={t('contributions.fields.currency')}
          options={currencies.map((c) => ({ value: c, label: c }))}
          placeholder="—"
        />
      </div>
      <LocalizedFields name="description" label={t('projects.fields.description')} multiline rows={3} />
      <Parties organizations={organizations} initial={rowsFrom(initialValues)} />
      <TerritoryPicker
        name="territoryIds[]"
        label={t('projects.fields.places')}
        territories={territories}
        selected={places}
        onChange={setPlaces}
      />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-stone-800">{t('partnerships.fields.themes')}</legend>
        <div className="grid gap-1 sm:grid-cols-3">
          {themes.map((theme) => (
            <label key={theme} className="flex items-center gap-2 text-sm text-stone-800">
              <input
                type="checkbox"
                name="themes[]"
                value={theme}
                defaultChecked={initialThemes.includes(theme)}
                className="h-4 w-4"
              />
              {enumLabel(te, 'theme', theme)}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton>{mode === 'create' ? t('programmes.create') : t('form.save')}</SubmitButton>
    </ActionForm>
  )
}

function Parties({ organizations, initial }: { organizations: OrganizationOption[]; initial: Row[] }) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  const { errors } = useFormContext()
  const next = useRef(initial.length + 1)
  const [rows, setRows] = useState<Row[]>(() =>
    initial.length ? initial : [{ key: 0, organizationId: '', role: 'DONOR' }],
  )
  const set = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)))
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
            onChange={(id) => set(row.key, { organizationId: id })}
          />
          <div>
            <label htmlFor={`programme-role-${row.key}`} className="mb-1 block text-sm font-medium text-stone-800">
              {t('programmes.fields.role')}
            </label>
            <select
              id={`programme-role-${row.key}`}
              name={`parties.${i}.role`}
              value={row.role}
              onChange={(e) => set(row.key, { role: e.target.value })}
              className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2"
            >
              {programmeRoles.map((r) => (
                <option key={r} value={r}>
                  {enumLabel(te, 'programmeRole', r)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
            className="pb-2 text-sm font-medium text-red-700 hover:underline"
          >
            {t('partnerships.removeParty', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => setRows((rs) => [...rs, { key: next.current++, organizationId: '', role: 'IMPLEMENTER' }])}
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
      >
        {t('partnerships.addParty')}
      </button>
    </fieldset>
  )
}
