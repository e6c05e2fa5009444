'use client'

import { EnumField } from '@/components/forms/enum-field'
import { useTranslations } from 'next-intl'
import { useFormContext } from '@/components/forms/action-form'
import { ControlledText } from '@/components/forms/controlled'
import { FieldError, LocalizedFields, PartialDateField, SelectField, TextField } from '@/components/forms/fields'
import { PartiesEditor, partyRowsFrom } from '@/components/forms/parties-editor'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { SourceLocaleField } from '@/components/forms/source-locale'
import { listValue } from '@/components/forms/values'
import { enumLabel } from '@/lib/i18n/enums'
import {
  agreementKinds,
  agreementStatuses,
  CreateMemorandumInput,
  formStatuses,
  UpdateMemorandumInput,
} from '@/lib/memoranda/schema'
import type { OrganizationOption } from '@/lib/organizations/options'

type Signatory = { signatoryName: string; signatoryTitle: string; signedDate: string }
type Option = { value: string; label: string }

const signatoryOf = (v: (field: string) => string): Signatory => ({
  signatoryName: v('signatoryName'),
  signatoryTitle: v('signatoryTitle'),
  signedDate: v('signedDate'),
})

/** The fields of a memorandum by name, for the message that says what someone else changed. */
export function useMemorandumFieldLabels(): Record<string, string> {
  const t = useTranslations('memoranda.fields')
  const names = [
    'kind',
    'subject',
    'status',
    'sourceLocale',
    'signedDate',
    'effectiveDate',
    'expiryDate',
    'documentRef',
    'partnershipId',
    'projects',
    'parties',
    'amendments',
    'terminatedDate',
    'terminationReason',
    'publicationStatus',
  ] as const
  const labels: Record<string, string> = Object.fromEntries(names.map((n) => [n, t(n)]))
  // A date's precision changes with it.
  for (const d of ['signed', 'effective', 'expiry']) labels[`${d}Precision`] = labels[`${d}Date`]
  return labels
}

export function MemorandumForm({
  organizations,
  partnerships,
  projects,
  ...form
}: RecordFormProps & { organizations: OrganizationOption[]; partnerships: Option[]; projects: Option[] }) {
  const t = useTranslations('memoranda')
  const te = useTranslations('enums')
  const fieldLabels = useMemorandumFieldLabels()
  // Terminated and superseded memoranda keep their status: it changes through its own steps only.
  const stored = form.initialValues.status
  const lockedStatus = agreementStatuses.find((st) => st === stored && !formStatuses.some((f) => f === st))
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreateMemorandumInput, update: UpdateMemorandumInput }}
      label={t('formLabel')}
      createLabel={t('create')}
      fieldLabels={fieldLabels}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <EnumField name="kind" label={t('fields.kind')} labels="agreementKind" values={agreementKinds} required />
        {lockedStatus ? (
          <p className="text-sm text-stone-700" data-locked-status>
            <span className="mb-1 block font-medium text-stone-800">{t('fields.status')}</span>
            {t('fields.statusLocked', { status: enumLabel(te, 'agreementStatus', lockedStatus) })}
          </p>
        ) : (
          <EnumField
            name="status"
            label={t('fields.status')}
            hint={t('fields.statusHint')}
            labels="agreementStatus"
            values={formStatuses}
            required
          />
        )}
      </div>
      <LocalizedFields name="subject" label={t('fields.subject')} hint={t('fields.subjectHint')} required multiline />
      <SourceLocaleField />
      <div className="grid gap-4 sm:grid-cols-3">
        <PartialDateField name="signedDate" label={t('fields.signedDate')} />
        <PartialDateField name="effectiveDate" label={t('fields.effectiveDate')} />
        <PartialDateField name="expiryDate" label={t('fields.expiryDate')} hint={t('fields.expiryHint')} />
      </div>
      <TextField name="documentRef" label={t('fields.documentRef')} hint={t('fields.documentRefHint')} />

      <PartiesEditor
        organizations={organizations}
        initial={partyRowsFrom(form.initialValues, signatoryOf)}
        blank={() => ({ signatoryName: '', signatoryTitle: '', signedDate: '' })}
        legend={t('fields.parties')}
        hint={t('fields.partiesHint')}
        renderExtra={(extra, p, update) => (
          <div className="mt-3 grid gap-2 sm:grid-cols-3">
            <ControlledText
              name={`${p}.signatoryName`}
              label={t('fields.signatoryName')}
              value={extra.signatoryName}
              onChange={(v) => update({ signatoryName: v })}
            />
            <ControlledText
              name={`${p}.signatoryTitle`}
              label={t('fields.signatoryTitle')}
              value={extra.signatoryTitle}
              onChange={(v) => update({ signatoryTitle: v })}
            />
            <ControlledText
              name={`${p}.signedDate`}
              label={t('fields.partySignedDate')}
              value={extra.signedDate}
              onChange={(v) => update({ signedDate: v })}
            />
          </div>
        )}
      />

      <SelectField
        name="partnershipId"
        label={t('fields.partnershipId')}
        hint={t('fields.partnershipHint')}
        options={partnerships}
        placeholder={t('fields.noPartnership')}
      />
      <ProjectChoices projects={projects} chosen={listValue(form.initialValues, 'projectIds[]')} />
    </RecordForm>
  )
}

/** The projects the memorandum covers, among those the actor may change. */
function ProjectChoices({ projects, chosen }: { projects: Option[]; chosen: string[] }) {
  const t = useTranslations('memoranda')
  const { errors } = useFormContext()
  if (!projects.length) return null
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-stone-800">{t('fields.projects')}</legend>
      <p className="mb-2 text-xs text-stone-500">{t('fields.projectsHint')}</p>
      <div className="grid max-h-64 gap-1 overflow-y-auto rounded-md border border-stone-200 p-2 sm:grid-cols-2">
        {projects.map((pr) => (
          <label key={pr.value} className="flex items-start gap-2 text-sm text-stone-800">
            <input
              type="checkbox"
              name="projectIds[]"
              value={pr.value}
              defaultChecked={chosen.includes(pr.value)}
              className="mt-0.5 h-4 w-4"
            />
            {pr.label}
          </label>
        ))}
      </div>
      <FieldError id="projectIds-error" keys={errors['projectIds'] ?? []} />
    </fieldset>
  )
}
