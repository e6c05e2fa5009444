'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { HiddenField, LocalizedFields, SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields'
import { ControlledText } from '@/components/forms/controlled'
import { PartiesEditor, partyRowsFrom } from '@/components/forms/parties-editor'
import { OwnerField, SourceLocaleField } from '@/components/forms/source-locale'
import { TerritoryPicker } from '@/components/forms/territory-picker'
import type { FormValues } from '@/lib/forms/state'
import { enumLabel } from '@/lib/i18n/enums'
import type { OrganizationOption } from '@/lib/organizations/options'
import { CreatePartnershipInput, partnershipStatuses, UpdatePartnershipInput } from '@/lib/partnerships/schema'
import type { TerritoryOption } from '@/lib/territories/picker'
import { themes } from '@/lib/themes'

type Role = { isLead: boolean; role: { ky: string; ru: string; en: string } }

const roleOf = (v: (field: string) => string): Role => ({
  isLead: v('isLead') === 'on',
  role: { ky: v('role.ky'), ru: v('role.ru'), en: v('role.en') },
})

export function PartnershipForm({
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
  const initialThemes = (initialValues['themes[]'] as string[] | undefined) ?? []
  const [places, setPlaces] = useState<string[]>((initialValues['territoryIds[]'] as string[] | undefined) ?? [])
  return (
    <ActionForm
      action={action}
      schema={mode === 'create' ? CreatePartnershipInput : UpdatePartnershipInput}
      initialValues={initialValues}
      aria-label={t('partnerships.formLabel')}
    >
      {mode === 'create' ? (
        <HiddenField name="submissionKey" value={submissionKey!} />
      ) : (
        <HiddenField name="version" value={String(initialValues.version)} />
      )}
      {mode === 'create' && <OwnerField options={owners} />}
      <LocalizedFields name="title" label={t('partnerships.fields.title')} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="status"
          label={t('partnerships.fields.status')}
          options={partnershipStatuses.map((s) => ({ value: s, label: enumLabel(te, 'partnershipStatus', s) }))}
          required
        />
        <SourceLocaleField />
        <TextField name="startDate" label={t('partnerships.fields.startDate')} hint={t('form.partialDateHint')} />
        <TextField name="endDate" label={t('partnerships.fields.endDate')} hint={t('form.partialDateHint')} />
      </div>
      <LocalizedFields name="summary" label={t('partnerships.fields.summary')} multiline />

      <PartiesEditor
        organizations={organizations}
        initial={partyRowsFrom(initialValues, roleOf)}
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

      <fieldset className="space-y-4 rounded-md border border-dashed border-stone-300 p-4">
        <legend className="px-1 text-sm font-semibold text-stone-800">{t('form.privateTitle')}</legend>
        <TextArea name="internalNote" label={t('form.internalNote')} hint={t('form.privateLead')} rows={3} />
      </fieldset>
      <SubmitButton>{mode === 'create' ? t('partnerships.create') : t('form.save')}</SubmitButton>
    </ActionForm>
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
