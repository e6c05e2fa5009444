'use client'

import { useTranslations } from 'next-intl'
import { CheckboxField, LocalizedFields, PartialDateField, SelectField } from '@/components/forms/fields'
import { MoneyFields, WithheldAmountField } from '@/components/forms/money-fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { CreateGrantInput, UpdateGrantInput } from '@/lib/grants/schema'
import type { OrganizationOption } from '@/lib/organizations/options'

type Choice = { value: string; label: string }

export function GrantForm({
  organizations,
  projects,
  programmes,
  ...form
}: RecordFormProps & { organizations: OrganizationOption[]; projects: Choice[]; programmes: Choice[] }) {
  const t = useTranslations('manage')
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreateGrantInput, update: UpdateGrantInput }}
      label={t('grants.formLabel')}
      createLabel={t('grants.create')}
    >
      <LocalizedFields name="title" label={t('grants.fields.title')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <OrganizationSelect name="funderId" label={t('grants.fields.funder')} options={organizations} required />
        <OrganizationSelect name="recipientId" label={t('grants.fields.recipient')} options={organizations} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <MoneyFields amountHint={t('contributions.fields.amountHint')} />
        <PartialDateField name="valueDate" label={t('grants.fields.valueDate')} />
        <PartialDateField name="startDate" label={t('grants.fields.startDate')} />
        <PartialDateField name="endDate" label={t('grants.fields.endDate')} />
      </div>
      <WithheldAmountField />
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
    </RecordForm>
  )
}
