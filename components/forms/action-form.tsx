'use client'

import { useTranslations } from 'next-intl'
import {
  createContext,
  startTransition,
  useActionState,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { unstable_rethrow } from 'next/navigation'
import type { z } from 'zod'
import { ACTION_BODY_LIMIT_BYTES, REQUEST_TOO_LARGE_MARKER, submissionSize } from '@/lib/http/body-limit'
import { fieldErrorsOf, formDataToObject, formValues } from '@/lib/forms/parse'
import { idle, type FieldErrors, type FormState, type FormValues } from '@/lib/forms/state'

type FormContextValue = { errors: FieldErrors; values: FormValues; pending: boolean; formId: string }
const FormContext = createContext<FormContextValue>({ errors: {}, values: {}, pending: false, formId: 'form' })
export const useFormContext = () => useContext(FormContext)

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>

/**
 * A form bound to a server action through useActionState. Before sending, the browser checks the
 * same zod schema the server will (instant messages); the server checks again and answers with every
 * field error, the values as typed, or a conflict. Values stay in the inputs after an error: we
 * dispatch the action ourselves, so React does not reset the form.
 */
export function ActionForm({
  action,
  schema,
  initialValues = {},
  children,
  className,
  savedMessage,
  fieldLabels,
  'aria-label': ariaLabel,
  draft,
}: {
  action: FormAction
  schema?: z.ZodType
  initialValues?: FormValues
  children: React.ReactNode
  className?: string
  savedMessage?: string
  /** Labels of the fields by name, for messages that name fields (a conflict says what changed). */
  fieldLabels?: Record<string, string>
  'aria-label'?: string
  /** A copy kept in the browser while typing (components/forms/form-draft.ts): dropped when sent, kept again if the answer is not a save. */
  draft?: { keep: (form: HTMLFormElement) => void; forget: () => void }
}) {
  const guardedAction = useMemo(() => guarded(action), [action])
  const [state, formAction, pending] = useActionState(guardedAction, idle)
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const formId = useId()
  const ref = useRef<HTMLFormElement>(null)
  const serverErrors = state.status === 'invalid' ? state.fieldErrors : {}
  const errors = clientErrors ?? serverErrors
  const values = state.status === 'idle' || state.status === 'saved' ? initialValues : state.values

  // Move focus to the first field in error (or the form message) after each answer.
  useEffect(() => {
    if (state.status === 'idle' || state.status === 'saved' || clientErrors) return
    if (ref.current) draft?.keep(ref.current)
    const first =
      ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      ref.current?.querySelector<HTMLElement>('[data-form-message]')
    first?.focus()
  }, [state, clientErrors, draft])

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return // a second click while saving sends nothing
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter)
    if (schema) {
      const parsed = schema.safeParse(formDataToObject(formData.entries()))
      if (!parsed.success) {
        setClientErrors(fieldErrorsOf(parsed.error))
        requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
        return
      }
    }
    setClientErrors(null)
    draft?.forget()
    startTransition(() => formAction(formData))
  }

  return (
    <FormContext.Provider value={{ errors, values, pending, formId }}>
      <form
        ref={ref}
        action={formAction}
        onSubmit={onSubmit}
        onInput={draft ? (e) => draft.keep(e.currentTarget) : undefined}
        noValidate
        className={className ?? 'space-y-6'}
        aria-label={ariaLabel}
      >
        <FormMessage state={state} clientErrors={clientErrors} savedMessage={savedMessage} fieldLabels={fieldLabels} />
        {children}
      </form>
    </FormContext.Provider>
  )
}

/**
 * The action as the form calls it. A request the server never answered with a form state (a body over
 * the limit, refused with 413 before the action ran; a lost connection; a crash) becomes a message in
 * the form instead of the page's error boundary. Redirects and not-found pass through to Next.
 */
function guarded(action: FormAction): FormAction {
  return async (state, formData) => {
    const values = formValues(formData.entries())
    for (const k of Object.keys(values)) if (/password/i.test(k)) delete values[k]
    // The server would refuse it (413); say so without sending a megabyte for nothing. The previous
    // state travels with the form, so it counts too.
    if (submissionSize(formData, state) > ACTION_BODY_LIMIT_BYTES)
      return { status: 'error', formError: 'requestTooLarge', values }
    try {
      return await action(state, formData)
    } catch (e) {
      unstable_rethrow(e)
      const tooLarge = (e as { message?: unknown }).message === REQUEST_TOO_LARGE_MARKER
      return { status: 'error', formError: tooLarge ? 'requestTooLarge' : 'generic', values }
    }
  }
}

function FormMessage({
  state,
  clientErrors,
  savedMessage,
  fieldLabels,
}: {
  state: FormState
  clientErrors: FieldErrors | null
  savedMessage?: string
  fieldLabels?: Record<string, string>
}) {
  const t = useTranslations('manage')
  let tone: 'error' | 'ok' | null = null
  let text: string | null = null
  const count = clientErrors
    ? Object.keys(clientErrors).length
    : state.status === 'invalid'
      ? Object.keys(state.fieldErrors).length
      : 0
  if (clientErrors || state.status === 'invalid') {
    tone = 'error'
    const formError = !clientErrors && state.status === 'invalid' ? state.formError : undefined
    const minutes = !clientErrors && state.status === 'invalid' ? (state.retryAfterMinutes ?? 1) : 1
    text = formError ? t(`errors.${formError}`, { minutes }) : t('form.fixErrors', { count })
  } else if (state.status === 'conflict' && state.changed?.length) {
    // Someone saved first: say what they changed, so nobody overwrites it without knowing.
    tone = 'error'
    text = t('errors.conflictChanged', {
      fields: state.changed.map((f) => fieldLabels?.[f] ?? f).join(', '),
    })
  } else if (state.status === 'conflict' || state.status === 'error') {
    tone = 'error'
    text = t(`errors.${state.formError}`, { minutes: state.status === 'error' ? (state.retryAfterMinutes ?? 1) : 1 })
  } else if (state.status === 'saved') {
    tone = 'ok'
    text = state.message ?? savedMessage ?? t('form.saved')
  }
  const warnings = state.status === 'saved' ? (state.warnings ?? []) : []
  return (
    <div aria-live="polite">
      {text && (
        <p
          data-form-message
          tabIndex={-1}
          role={tone === 'error' ? 'alert' : 'status'}
          className={
            tone === 'error'
              ? 'rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800'
              : 'rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900'
          }
        >
          {text}
        </p>
      )}
      {warnings.map((w) => (
        <p
          key={w}
          role="status"
          className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t(`warnings.${w}`)}
        </p>
      ))}
      {state.status === 'saved' && state.link && (
        <p
          className="mt-2 rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm break-all"
          data-testid="one-time-link"
        >
          {state.link}
        </p>
      )}
    </div>
  )
}
