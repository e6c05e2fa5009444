'use client'

import { useTranslations } from 'next-intl'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import {
  CheckboxField,
  HiddenField,
  LocalizedFields,
  SelectField,
  SubmitButton,
  TextField,
} from '@/components/forms/fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { OwnerField } from '@/components/forms/source-locale'
import { CreateGrantInput, UpdateGrantInput } from '@/lib/grants/schema'
import type { FormValues } from '@/lib/forms/state'
import { currencies } from '@/lib/money/minor'
import type { OrganizationOption } from '@/lib/organizations/options'

type Choice = { value: string; label: string }

export function GrantForm({
  action,
  mode,
  initialValues,
  organizations,
  projects,
  programmes,
  owners = [],
  submissionKey,
}: {
  action: FormAction
  mode: 'create' | 'update'
  initialValues: FormValues
  organizations: OrganizationOption[]
  projects: Choice[]
  programmes: Choice[]
  owners?: { id: string; label: string }[]
  submissionKey?: string
}) {
  const t = useTranslations('manage')
  return (
    <ActionForm
      action={action}
      schema={mode === 'create' ? CreateGrantInput : UpdateGrantInput}
      initialValues={initialValues}
      aria-label={t('grants.formLabel')}
    >
      {mode === 'create' ? (
        <HiddenField name="submissionKey" value={submissionKey!} />
      ) : (
        <HiddenField name="version" value={String(initialValues.version)} />
      )}
      {mode === 'create' && <OwnerField options={owners} />}
      <LocalizedFields name="title" label={t('grants.fields.title')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <OrganizationSelect name="funderId" label={t('grants.fields.funder')} options={organizations} required />
        <OrganizationSelect name="recipientId" label={t('grants.fields.recipient')} options={organizations} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="amount"
          label={t('contributions.fields.amount')}
          inputMode="decimal"
          hint={t('contributions.fields.amountHint')}
        />
        <SelectField
          name="currency"
          label={t('contributions.fields.currency')}
          options={currencies.map((c) => ({ value: c, label: c }))}
          placeholder="—"
        />
        <TextField name="valueDate" label={t('grants.fields.valueDate')} hint={t('form.partialDateHint')} />
        <TextField name="startDate" label={t('grants.fields.startDate')} hint={t('form.partialDateHint')} />
        <TextField name="endDate" label={t('grants.fields.endDate')} hint={t('form.partialDateHint')} />
      </div>
      <CheckboxField
        name="amountWithheld"
        label={t('contributions.fields.amountWithheld')}
        hint={t('contributions.fields.amountWithheldHint')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="projectId"
          label={t('grants.fields.project')}
          options={projects}
          placeholder="—"
          hint={t('grants.fields.projectHint')}
        />
        <SelectField name="programmeId" label={t('grants.fields.programme')} options={programmes} placeholder="—" />
      </div>
      <CheckboxField
        name="countInCostShare"
        label={t('grants.fields.countInCostShare')}
        hint={t('grants.fields.countInCostShareHint')}
      />
      <SubmitButton>{mode === 'create' ? t('grants.create') : t('form.save')}</SubmitButton>
    </ActionForm>
  )
}
