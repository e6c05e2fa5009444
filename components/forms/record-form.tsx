'use client'

import { useTranslations } from 'next-intl'
import type { z } from 'zod'
import type { FormValues } from '@/lib/forms/state'
import { ActionForm, type FormAction } from './action-form'
import { HiddenField, SubmitButton } from './fields'
import { OwnerField } from './source-locale'
import type { KeptDraft } from './form-draft'
import { ADD_ANOTHER } from '@/lib/forms/add-another'

/** What a page hands to the form of one record (an organization, a grant, a memorandum, …). */
export type RecordFormProps = {
  action: FormAction
  mode: 'create' | 'update'
  initialValues: FormValues
  /** The organizations the actor may enter a new record for (a choice appears when there are several). */
  owners?: { id: string; label: string }[]
  submissionKey?: string
  /** Where a new record's typing is kept in this browser (`draftKey(user, organization, form)`). */
  draft?: string
  /** The draft kept for it, when the form is wrapped in `withDraft`. */
  kept?: KeptDraft
}

/**
 * The frame every record's form shares. A new record carries its submission key (a second click saves
 * it once) and, when the actor acts for several organizations, whose it is; a change carries the version
 * it was read at (so a save over someone else's is caught). The fields come between, the button last.
 */
export function RecordForm({
  action,
  mode,
  initialValues,
  owners = [],
  submissionKey,
  kept,
  schemas,
  label,
  createLabel,
  addAnotherLabel,
  fieldLabels,
  children,
}: RecordFormProps & {
  /** The zod inputs the server parses, checked in the browser first. */
  schemas: { create: z.ZodType; update: z.ZodType }
  /** The form's accessible name. */
  label: string
  /** The button's text when creating (a change says "Save"). */
  createLabel: string
  /** A second button when creating: save, then the same form again, empty, for the next record (`then=another`). */
  addAnotherLabel?: string
  fieldLabels?: Record<string, string>
  children: React.ReactNode
}) {
  const t = useTranslations('manage.form')
  return (
    <>
      {kept?.restored && (
        <div
          role="status"
          className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {/* The sentence takes the line it needs (basis ≈ 40 characters); on a narrow screen the button
              goes under it rather than squeezing it into a column of two or three words a line. */}
          <span className="min-w-0 flex-[1_1_16rem]">{t('draftRestored')}</span>
          <button
            type="button"
            onClick={kept.discard}
            className="shrink-0 rounded-md border border-amber-400 bg-white px-3 py-1.5 font-semibold"
          >
            {t('draftDiscard')}
          </button>
        </div>
      )}
      <ActionForm
        action={action}
        schema={mode === 'create' ? schemas.create : schemas.update}
        initialValues={initialValues}
        draft={mode === 'create' ? kept?.api : undefined}
        fieldLabels={fieldLabels}
        aria-label={label}
      >
        {mode === 'create' ? (
          <HiddenField name="submissionKey" value={submissionKey!} />
        ) : (
          <HiddenField name="version" value={String(initialValues.version)} />
        )}
        {mode === 'create' && <OwnerField options={owners} />}
        {children}
        <div className="flex flex-wrap gap-3">
          <SubmitButton>{mode === 'create' ? createLabel : t('save')}</SubmitButton>
          {mode === 'create' && addAnotherLabel && (
            <SubmitButton variant="secondary" name={ADD_ANOTHER.name} value={ADD_ANOTHER.value}>
              {addAnotherLabel}
            </SubmitButton>
          )}
        </div>
      </ActionForm>
    </>
  )
}
