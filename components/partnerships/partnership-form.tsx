'use client'

import { EnumField } from '@/components/forms/enum-field'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { LocalizedFields, PartialDateField, TextArea } from '@/components/forms/fields'
import { ControlledText } from '@/components/forms/controlled'
import { PartiesEditor, partyRowsFrom } from '@/components/forms/parties-editor'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { SourceLocaleField } from '@/components/forms/source-locale'
import { TerritoryPicker } from '@/components/forms/territory-picker'
import { ThemeChoices } from '@/components/forms/theme-choices'
import { listValue } from '@/components/forms/values'
import { enumLabel } from '@/lib/i18n/enums'
import type { OrganizationOption } from '@/lib/organizations/options'
import { CreatePartnershipInput, partnershipStatuses, UpdatePartnershipInput } from '@/lib/partnerships/schema'
import type { TerritoryOption } from '@/lib/territories/picker'

type Role = { isLead: boolean; role: { ky: string; ru: string; en: string } }

const roleOf = (v: (field: string) => string): Role => ({
  isLead: v('isLead') === 'on',
  role: { ky: v('role.ky'), ru: v('role.ru'), en: v('role.en') },
})

export function PartnershipForm({
  organizations,
  territories,
  ...form
}: RecordFormProps & { organizations: OrganizationOption[]; territories: TerritoryOption[] }) {
  const t = useTranslations('manage')
  const [places, setPlaces] = useState<string[]>(listValue(form.initialValues, 'territoryIds[]'))
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreatePartnershipInput, update: UpdatePartnershipInput }}
      label={t('partnerships.formLabel')}
      createLabel={t('partnerships.create')}
    >
      <LocalizedFields name="title" label={t('partnerships.fields.title')} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <EnumField
          name="status"
          label={t('partnerships.fields.status')}
          labels="partnershipStatus"
          values={partnershipStatuses}
          required
        />
        <SourceLocaleField />
        <PartialDateField name="startDate" label={t('partnerships.fields.startDate')} />
        <PartialDateField name="endDate" label={t('partnerships.fields.endDate')} />
      </div>
      <LocalizedFields name="summary" label={t('partnerships.fields.summary')} multiline />

      <PartiesEditor
        organizations={organizations}
        initial={partyRowsFrom(form.initialValues, roleOf)}
        blank={() => ({ isLead: false, role: { ky: '', ru: '', en: '' } })}
        legend={t('partnerships.fields.parties')}
        hint={t('partnerships.fields.partiesHint')}
        renderExtra={(extra, p, update) => <RoleFields extra={extra} prefix={p} update={update} />}
        onLsgChosen={(territoryId) => setPlaces((p) => (p.includes(territoryId) ? p : [...p, territoryId]))}
      />

      <TerritoryPicker
        name="territoryIds[]"
        label={t('partnerships.fields.places')}
        hint={t('partnerships.fields.placesHint')}
        territories={territories}
        selected={places}
        onChange={setPlaces}
      />

      <ThemeChoices chosen={listValue(form.initialValues, 'themes[]')} />

      <fieldset className="space-y-4 rounded-md border border-dashed border-stone-300 p-4">
        <legend className="px-1 text-sm font-semibold text-stone-800">{t('form.privateTitle')}</legend>
        <TextArea name="internalNote" label={t('form.internalNote')} hint={t('form.privateLead')} rows={3} />
      </fieldset>
    </RecordForm>
  )
}

/** A party's role in the partnership (three languages) and whether it leads. */
function RoleFields({
  extra,
  prefix,
  update,
}: {
  extra: Role
  prefix: string
  update: (patch: Partial<Role>) => void
}) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  return (
    <>
      <div className="mt-3 grid gap-2 sm:grid-cols-3">
        {(['ky', 'ru', 'en'] as const).map((l) => (
          <ControlledText
            key={l}
            name={`${prefix}.role.${l}`}
            label={`${t('partnerships.fields.role')} (${enumLabel(te, 'locale', l)})`}
            value={extra.role[l]}
            onChange={(v) => update({ role: { ...extra.role, [l]: v } })}
          />
        ))}
      </div>
      <label className="mt-2 flex items-center gap-2 text-sm text-stone-800">
        <input
          type="checkbox"
          name={`${prefix}.isLead`}
          checked={extra.isLead}
          onChange={(e) => update({ isLead: e.target.checked })}
        />
        {t('partnerships.fields.isLead')}
      </label>
    </>
  )
}
