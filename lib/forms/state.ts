import type { ErrorKey, WarningKey } from './errors'

/** Field name (as in the form, e.g. "title.en", "parties.0.role.ky") → error keys. */
export type FieldErrors = Record<string, ErrorKey[]>
/** What the user submitted, as text, so a form can show it again after an error. */
export type FormValues = Record<string, string | string[]>

/** What every form action returns to useActionState. */
export type FormState =
  | { status: 'idle' }
  | {
      status: 'invalid'
      fieldErrors: FieldErrors
      formError?: ErrorKey
      retryAfterMinutes?: number
      values: FormValues
    }
  | { status: 'conflict'; formError: 'conflict'; values: FormValues; changed?: string[] }
  | { status: 'error'; formError: ErrorKey; retryAfterMinutes?: number; values: FormValues }
  | {
      status: 'saved'
      warnings?: WarningKey[]
      message?: string
      link?: string
      /** What the page shows beyond "saved" (the import's report): plain JSON. */
      data?: unknown
    }

export const idle: FormState = { status: 'idle' }
