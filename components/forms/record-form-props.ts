import type { FormValues } from '@/lib/forms/state'
import type { FormAction } from './action-form'
import type { RecordFormProps } from './record-form'

/**
 * A form that creates a record: its action, the values it starts from, and the page's create-form data —
 * the submission key (a second click saves once) and, where the record has an owner to choose, the
 * organizations the actor may enter it for.
 */
export function creating(
  action: FormAction,
  form: { submissionKey: string; owners?: RecordFormProps['owners']; draft?: string },
  initialValues: FormValues = {},
): RecordFormProps {
  const { submissionKey, owners, draft } = form
  return { action, mode: 'create', initialValues, owners, submissionKey, draft }
}

/** A form that changes a record: its action and the record's values (its version among them). */
export function editing(action: FormAction, initialValues: FormValues): RecordFormProps {
  return { action, mode: 'update', initialValues }
}
