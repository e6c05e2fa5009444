'use client'

import { useTranslations } from 'next-intl'
import { useRef, useState } from 'react'
import { ActionForm, useFormContext, type FormAction } from '@/components/forms/action-form'
import { FieldError, HiddenField, LocalizedFields, SelectField, SubmitButton } from '@/components/forms/fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { OwnerField, SourceLocaleField } from '@/components/forms/source-locale'
import {
  CreateCaseStudyInput,
  sectionKinds,
  translationStatuses,
  UpdateCaseStudyInput,
} from '@/lib/case-studies/schema'
import type { FormValues } from '@/lib/forms/state'
import { enumLabel } from '@/lib/i18n/enums'
import type { OrganizationOption } from '@/lib/organizations/options'

type Section = {
  key: number
  kind: string
  body: Record<'ky' | 'ru' | 'en', string>
  status: Record<'ky' | 'ru' | 'en', string>
}
const LANGS = ['ky', 'ru', 'en'] as const

function sectionsFrom(values: FormValues): Section[] {
  const idx = [...new Set(Object.keys(values).flatMap((k) => /^sections\.(\d+)\./.exec(k)?.[1] ?? []))]
    .map(Number)
    .sort((a, b) => a - b)
  const v = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '')
  return idx.map((i, key) => ({
    key,
    kind: v(`sections.${i}.kind`) || 'SUMMARY',
    body: { ky: v(`sections.${i}.body.ky`), ru: v(`sections.${i}.body.ru`), en: v(`sections.${i}.body.en`) },
    status: { ky: v(`sections.${i}.status.ky`), ru: v(`sections.${i}.status.ru`), en: v(`sections.${i}.status.en`) },
  }))
}

export function CaseStudyForm({
  action,
  mode,
  initialValues,
  organizations,
  partnerships,
  owners = [],
  submissionKey,
}: {
  action: FormAction
  mode: 'create' | 'update'
  initialValues: FormValues
  organizations: OrganizationOption[]
  partnerships: { value: string; label: string }[]
  owners?: { id: string; label: string }[]
  submissionKey?: string
}) {
  const t = useTranslations('manage')
  return (
    <ActionForm
      action={action}
      schema={mode === 'create' ? CreateCaseStudyInput : UpdateCaseStudyInput}
      initialValues={initialValues}
      aria-label={t('caseStudies.formLabel')}
    >
      {mode === 'create' ? (
        <HiddenField name="submissionKey" value={submissionKey!} />
      ) : (
        <HiddenField name="version" value={String(initialValues.version)} />
      )}
      {mode === 'create' && <OwnerField options={owners} />}
      <LocalizedFields name="title" label={t('caseStudies.fields.title')} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <SourceLocaleField />
        <SelectField
          name="partnershipId"
          label={t('caseStudies.fields.partnership')}
          options={partnerships}
          placeholder="—"
        />
      </div>
      <OrganizationSelect
        name="organizationId"
        label={t('caseStudies.fields.organization')}
        options={organizations}
        hint={t('caseStudies.fields.organizationHint')}
      />
      <Sections initial={sectionsFrom(initialValues)} />
      <SubmitButton>{mode === 'create' ? t('caseStudies.create') : t('form.save')}</SubmitButton>
    </ActionForm>
  )
}

function Sections({ initial }: { initial: Section[] }) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  const { errors, formId } = useFormContext()
  const next = useRef(initial.length + 1)
  const blank = (key: number): Section => ({
    key,
    kind: 'SUMMARY',
    body: { ky: '', ru: '', en: '' },
    status: { ky: '', ru: '', en: '' },
  })
  const [rows, setRows] = useState<Section[]>(() => (initial.length ? initial : [blank(0)]))
  const set = (key: number, patch: Partial<Section>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-stone-900">{t('caseStudies.fields.sections')}</legend>
      <p className="text-xs text-stone-500">{t('caseStudies.fields.sectionsHint')}</p>
      <FieldError id="sections-error" keys={errors['sections'] ?? []} />
      {rows.map((row, i) => (
        <div
          key={row.key}
          className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3"
          data-section-row={i}
        >
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <label
                htmlFor={`${formId}-section-${row.key}-kind`}
                className="mb-1 block text-sm font-medium text-stone-800"
              >
                {t('caseStudies.fields.kind')}
              </label>
              <select
                id={`${formId}-section-${row.key}-kind`}
                name={`sections.${i}.kind`}
                value={row.kind}
                onChange={(e) => set(row.key, { kind: e.target.value })}
                className="rounded-md border border-stone-300 bg-white px-3 py-2"
              >
                {sectionKinds.map((k) => (
                  <option key={k} value={k}>
                    {enumLabel(te, 'caseStudySectionKind', k)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
              className="text-sm font-medium text-red-700 hover:underline"
            >
              {t('caseStudies.removeSection', { n: i + 1 })}
            </button>
          </div>
          <FieldError id={`${formId}-section-${row.key}-body-error`} keys={errors[`sections.${i}.body`] ?? []} />
          {LANGS.map((l) => {
            const id = `${formId}-section-${row.key}-${l}`
            const keys = [...(errors[`sections.${i}.body.${l}`] ?? []), ...(errors[`sections.${i}.status.${l}`] ?? [])]
            return (
              <div key={l} className="grid gap-2 sm:grid-cols-[1fr_12rem]">
                <div>
                  <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-800" lang={l}>
                    {enumLabel(te, 'locale', l)}
                  </label>
                  <textarea
                    id={id}
                    name={`sections.${i}.body.${l}`}
                    rows={4}
                    value={row.body[l]}
                    onChange={(e) => set(row.key, { body: { ...row.body, [l]: e.target.value } })}
                    aria-invalid={keys.length ? true : undefined}
                    aria-describedby={keys.length ? `${id}-error` : undefined}
                    className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
                  />
                  <FieldError id={`${id}-error`} keys={keys} />
                </div>
                <div>
                  <label htmlFor={`${id}-status`} className="mb-1 block text-sm font-medium text-stone-800">
                    {t('caseStudies.fields.translationStatus')}
                  </label>
                  <select
                    id={`${id}-status`}
                    name={`sections.${i}.status.${l}`}
                    value={row.status[l]}
                    onChange={(e) => set(row.key, { status: { ...row.status, [l]: e.target.value } })}
                    className="block w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-sm"
                  >
                    <option value="">{t('caseStudies.statusAuto')}</option>
                    {translationStatuses.map((s) => (
                      <option key={s} value={s}>
                        {enumLabel(te, 'translationStatus', s)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            )
          })}
        </div>
      ))}
      <button
        type="button"
        onClick={() => setRows((rs) => [...rs, blank(next.current++)])}
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
      >
        {t('caseStudies.addSection')}
      </button>
    </fieldset>
  )
}
