'use client'

import { useTranslations } from 'next-intl'
import { useFormContext } from '@/components/forms/action-form'
import { FieldError, LocalizedFields, SelectField } from '@/components/forms/fields'
import { OrganizationSelect } from '@/components/forms/organization-select'
import { RecordForm, type RecordFormProps } from '@/components/forms/record-form'
import { AddRowButton, RemoveRowButton, useRows } from '@/components/forms/rows'
import { SourceLocaleField } from '@/components/forms/source-locale'
import { rowIndexes, textValue } from '@/components/forms/values'
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
  return rowIndexes(values, 'sections').map((i, key) => {
    const v = (field: string) => textValue(values, `sections.${i}.${field}`)
    return {
      key,
      kind: v('kind') || 'SUMMARY',
      body: { ky: v('body.ky'), ru: v('body.ru'), en: v('body.en') },
      status: { ky: v('status.ky'), ru: v('status.ru'), en: v('status.en') },
    }
  })
}

const blankSection = (key: number): Section => ({
  key,
  kind: 'SUMMARY',
  body: { ky: '', ru: '', en: '' },
  status: { ky: '', ru: '', en: '' },
})

export function CaseStudyForm({
  organizations,
  partnerships,
  ...form
}: RecordFormProps & { organizations: OrganizationOption[]; partnerships: { value: string; label: string }[] }) {
  const t = useTranslations('manage')
  return (
    <RecordForm
      {...form}
      schemas={{ create: CreateCaseStudyInput, update: UpdateCaseStudyInput }}
      label={t('caseStudies.formLabel')}
      createLabel={t('caseStudies.create')}
    >
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
      <Sections initial={sectionsFrom(form.initialValues)} />
    </RecordForm>
  )
}

function Sections({ initial }: { initial: Section[] }) {
  const t = useTranslations('manage')
  const te = useTranslations('enums')
  const { errors, formId } = useFormContext()
  const { rows, add, remove, update } = useRows(initial.length ? initial : [blankSection(0)], blankSection)
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
                onChange={(e) => update(row.key, { kind: e.target.value })}
                className="rounded-md border border-stone-300 bg-white px-3 py-2"
              >
                {sectionKinds.map((k) => (
                  <option key={k} value={k}>
                    {enumLabel(te, 'caseStudySectionKind', k)}
                  </option>
                ))}
              </select>
            </div>
            <RemoveRowButton onClick={() => remove(row.key)}>
              {t('caseStudies.removeSection', { n: i + 1 })}
            </RemoveRowButton>
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
                    onChange={(e) => update(row.key, { body: { ...row.body, [l]: e.target.value } })}
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
                    onChange={(e) => update(row.key, { status: { ...row.status, [l]: e.target.value } })}
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
      <AddRowButton onClick={add}>{t('caseStudies.addSection')}</AddRowButton>
    </fieldset>
  )
}
