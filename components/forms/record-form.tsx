'use client'

import { useTranslations } from 'next-intl'
import type { z } from 'zod'
import type { FormValues } from '@/lib/forms/state'
import { ActionForm, type FormAction } from './action-form'
import { HiddenField, SubmitButton } from './fields'
import { OwnerField } from './source-locale'

/** What a page hands to the form of one record (an organization, a grant, a memorandum, …). */
export type RecordFormProps = {
  action: FormAction
  mode: 'create' | 'update'
  initialValues: FormValues
  /** The organizations the actor may enter a new record for (a choice appears when there are several). */
  owners?: { id: string; label: string }[]
  submissionKey?: string
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
  schemas,
  label,
  createLabel,
  fieldLabels,
  children,
}: RecordFormProps & {
  /** The zod inputs the server parses, checked in the browser first. */
  schemas: { create: z.ZodType; update: z.ZodType }
  /** The form's accessible name. */
  label: string
  /** The button's text when creating (a change says "Save"). */
  createLabel: string
  fieldLabels?: Record<string, string>
  children: React.ReactNode
}) {
  const t = useTranslations('manage.form')
  return (
    <ActionForm
      action={action}
      schema={mode === 'create' ? schemas.create : schemas.update}
      initialValues={initialValues}
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
      <SubmitButton>{mode === 'create' ? createLabel : t('save')}</SubmitButton>
    </ActionForm>
  )
}
