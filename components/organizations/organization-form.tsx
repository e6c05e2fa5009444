'use client'

import { EnumField } from '@/components/forms/enum-field'
import { useTranslations } from 'next-intl'
import { LocalizedFields, TextArea, TextField } from '@/components/forms/fields'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { SourceLocaleField } from '@/components/forms/source-locale'
import { TerritoryPicker } from '@/components/forms/territory-picker'
import { CreateOrganizationInput, organizationKinds, UpdateOrganizationInput } from '@/lib/organizations/schema'
import type { TerritoryOption } from '@/lib/territories/picker'

export function OrganizationForm({ territories, ...form }: RecordFormProps & { territories: TerritoryOption[] }) {
  const t = useTranslations('manage')
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreateOrganizationInput, update: UpdateOrganizationInput }}
      label={t('organizations.formLabel')}
      createLabel={t('organizations.create')}
    >
      <LocalizedFields name="name" label={t('organizations.fields.name')} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <EnumField
          name="kind"
          label={t('organizations.fields.kind')}
          labels="organizationKind"
          values={organizationKinds}
          placeholder="—"
          required
        />
        <SourceLocaleField />
      </div>
      <TerritoryPicker
        name="homeTerritoryId"
        label={t('organizations.fields.home')}
        hint={t('organizations.fields.homeHint')}
        territories={territories}
        single
        anyLevel
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="tin"
          label={t('organizations.fields.tin')}
          inputMode="numeric"
          hint={t('organizations.fields.tinHint')}
        />
        <TextField name="okpo" label={t('organizations.fields.okpo')} inputMode="numeric" />
        <TextField name="foundedYear" label={t('organizations.fields.foundedYear')} inputMode="numeric" />
      </div>
      <fieldset className="space-y-4 rounded-md border border-dashed border-stone-300 p-4">
        <legend className="px-1 text-sm font-semibold text-stone-800">{t('form.privateTitle')}</legend>
        <p className="text-xs text-stone-600">{t('form.privateLead')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="contactEmail" type="email" label={t('organizations.fields.contactEmail')} />
          <TextField name="contactPhone" type="tel" label={t('organizations.fields.contactPhone')} />
        </div>
        <TextField name="contactAddress" label={t('organizations.fields.contactAddress')} />
        <TextArea name="internalNote" label={t('form.internalNote')} rows={3} />
      </fieldset>
    </RecordForm>
  )
}
