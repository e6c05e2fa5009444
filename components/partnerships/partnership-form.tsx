'use client'

import { useTranslations } from 'next-intl'
import { useMemo, useRef, useState } from 'react'
import { ActionForm, useFormContext, type FormAction } from '@/components/forms/action-form'
import {
  FieldError,
  HiddenField,
  LocalizedFields,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '@/components/forms/fields'
import { ControlledSelect, ControlledText } from '@/components/forms/controlled'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { OwnerField, SourceLocaleField } from '@/components/forms/source-locale'
import { TerritoryPicker } from '@/components/forms/territory-picker'
import type { FormValues } from '@/lib/forms/state'
import { enumLabel } from '@/lib/i18n/enums'
import { partyTypes } from '@/lib/organizations/kinds'
import type { OrganizationOption } from '@/lib/organizations/options'
import { CreatePartnershipInput, partnershipStatuses, UpdatePartnershipInput } from '@/lib/partnerships/schema'
import type { TerritoryOption } from '@/lib/territories/picker'
import { themes } from '@/lib/themes'

type PartyRow = {
  key: number
  id: string
  organizationId: string
  outside: boolean
  nameAsReported: string
  partyType: string
  isLead: boolean
  role: { ky: string; ru: string; en: string }
}

/** Party rows from form values ("parties.0.organizationId", …). */
function rowsFrom(values: FormValues): PartyRow[] {
  const indexes = [...new Set(Object.keys(values).flatMap((k) => /^parties\.(\d+)\./.exec(k)?.[1] ?? []))]
    .map(Number)
    .sort((a, b) => a - b)
  const v = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '')
  return indexes.map((i, key) => ({
    key,
    id: v(`parties.${i}.id`),
    organizationId: v(`parties.${i}.organizationId`),
    outside: !v(`parties.${i}.organizationId`) && Boolean(v(`parties.${i}.nameAsReported`)),
    nameAsReported: v(`parties.${i}.nameAsReported`),
    partyType: v(`parties.${i}.partyType`),
    isLead: v(`parties.${i}.isLead`) === 'on',
    role: { ky: v(`parties.${i}.role.ky`), ru: v(`parties.${i}.role.ru`), en: v(`parties.${i}.role.en`) },
  }))
}

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
        initial={rowsFrom(initialValues)}
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

function PartiesEditor({
  organizations,
  initial,
  onLsgChosen,
}: {
  organizations: OrganizationOption[]
  initial: PartyRow[]
  onLsgChosen: (territoryId: string) => void
}) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  const { errors } = useFormContext()
  const nextKey = useRef(Math.max(initial.length, 2))
  const [rows, setRows] = useState<PartyRow[]>(() => (initial.length ? initial : [blankParty(0), blankParty(1)]))
  const byId = useMemo(() => new Map(organizations.map((o) => [o.id, o])), [organizations])
  const update = (key: number, patch: Partial<PartyRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  const groupErrors = errors['parties'] ?? []

  return (
    <fieldset className="space-y-3" aria-describedby={groupErrors.length ? 'parties-error' : undefined}>
      <legend className="text-sm font-medium text-stone-800">{t('partnerships.fields.parties')}</legend>
      <p className="text-xs text-stone-500">{t('partnerships.fields.partiesHint')}</p>
      <FieldError id="parties-error" keys={groupErrors} />
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const org = byId.get(row.organizationId)
          const p = `parties.${i}`
          return (
            <li key={row.key} className="rounded-md border border-stone-200 bg-stone-50 p-3" data-party-row={i}>
              {row.id && <input type="hidden" name={`${p}.id`} value={row.id} />}
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm font-semibold text-stone-700">
                  {t('partnerships.partyNumber', { n: i + 1 })}
                </span>
                <div className="flex gap-3">
                  <label className="flex items-center gap-1 text-sm">
                    <input
                      type="checkbox"
                      checked={row.outside}
                      onChange={(e) => update(row.key, { outside: e.target.checked, organizationId: '' })}
                    />
                    {t('partnerships.outsideRegistry')}
                  </label>
                  <button
                    type="button"
                    onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                    className="text-sm font-medium text-red-700 hover:underline"
                  >
                    {t('partnerships.removeParty', { n: i + 1 })}
                  </button>
                </div>
              </div>
              {row.outside ? (
                <div className="grid gap-3 sm:grid-cols-2">
                  <ControlledText
                    name={`${p}.nameAsReported`}
                    label={t('partnerships.fields.partyName')}
                    value={row.nameAsReported}
                    onChange={(v) => update(row.key, { nameAsReported: v })}
                  />
                  <ControlledSelect
                    name={`${p}.partyType`}
                    label={t('partnerships.fields.partyType')}
                    value={row.partyType}
                    onChange={(v) => update(row.key, { partyType: v })}
                    options={partyTypes.map((pt) => ({ value: pt, label: enumLabel(te, 'partyType', pt) }))}
                  />
                </div>
              ) : (
                <OrganizationSelect
                  name={`${p}.organizationId`}
                  label={t('partnerships.fields.organization')}
                  options={organizations}
                  value={row.organizationId}
                  onChange={(id, o) => {
                    update(row.key, { organizationId: id })
                    if (o?.partyType === 'LSG' && o.governsTerritoryId) onLsgChosen(o.governsTerritoryId)
                  }}
                  hint={
                    org ? t('partnerships.partyTypeIs', { type: enumLabel(te, 'partyType', org.partyType) }) : undefined
                  }
                />
              )}
              <div className="mt-3 grid gap-2 sm:grid-cols-3">
                {(['ky', 'ru', 'en'] as const).map((l) => (
                  <ControlledText
                    key={l}
                    name={`${p}.role.${l}`}
                    label={`${t('partnerships.fields.role')} (${enumLabel(te, 'locale', l)})`}
                    value={row.role[l]}
                    onChange={(v) => update(row.key, { role: { ...row.role, [l]: v } })}
                  />
                ))}
              </div>
              <label className="mt-2 flex items-center gap-2 text-sm text-stone-800">
                <input
                  type="checkbox"
                  name={`${p}.isLead`}
                  checked={row.isLead}
                  onChange={(e) => update(row.key, { isLead: e.target.checked })}
                />
                {t('partnerships.fields.isLead')}
              </label>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        onClick={() => setRows((rs) => [...rs, blankParty(nextKey.current++)])}
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
      >
        {t('partnerships.addParty')}
      </button>
    </fieldset>
  )
}

const blankParty = (key: number): PartyRow => ({
  key,
  id: '',
  organizationId: '',
  outside: false,
  nameAsReported: '',
  partyType: '',
  isLead: false,
  role: { ky: '', ru: '', en: '' },
})
