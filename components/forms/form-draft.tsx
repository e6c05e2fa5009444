'use client'

import { type ComponentType, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { RecordFormProps } from '@/components/forms/record-form'
import { DRAFT_PREFIX } from '@/lib/forms/draft-key'
import { formValues } from '@/lib/forms/parse'
import type { FormValues } from '@/lib/forms/state'

// A long form's text kept in this browser while it is being typed, so a dropped connection or a closed tab
// loses nothing. The key names the user and the organization the record belongs to (a draft never
// holds another organization's data); signing out and a successful save remove it.

/** Removes every kept draft (on sign-out). */
export function clearAllDrafts() {
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith(DRAFT_PREFIX)) localStorage.removeItem(k)
  } catch {
    // Storage may be unavailable (private mode, quota): there is nothing to clear then.
  }
}

function read(key: string): FormValues | null {
  try {
    const raw = localStorage.getItem(key)
    const parsed = raw ? (JSON.parse(raw) as { values?: FormValues }) : null
    return parsed?.values && Object.keys(parsed.values).length ? parsed.values : null
  } catch {
    return null
  }
}

// Fields that belong to this copy of the page, never to a draft: a new copy brings its own.
const ownFields = new Set(['submissionKey', 'version'])

/**
 * Keeps the form's values under `key` as they are typed. `restored` holds a kept draft found on arrival
 * (the form remounts with it); `discard` forgets it; `saved` is called once the server accepted the form.
 */
export function useFormDraft(key: string | undefined) {
  const [restored, setRestored] = useState<FormValues | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    // After hydration only: the server never sees the browser's storage (read once, on arrival).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- an external store read once after hydration
    if (key) setRestored(read(key))
  }, [key])
  const keep = useCallback(
    (form: HTMLFormElement) => {
      if (!key) return
      clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        const values = formValues(new FormData(form).entries())
        for (const k of ownFields) delete values[k]
        try {
          localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), values }))
        } catch {
          // A full or blocked storage only means no draft is kept.
        }
      }, 400)
    },
    [key],
  )
  const forget = useCallback(() => {
    clearTimeout(timer.current)
    if (key)
      try {
        localStorage.removeItem(key)
      } catch {}
  }, [key])
  const discard = useCallback(() => {
    forget()
    setRestored(null)
  }, [forget])
  // Stable while the key is: the form re-runs its answer effect only on a new answer.
  const api = useMemo(() => ({ keep, forget }), [keep, forget])
  return { restored, discard, api }
}

export type KeptDraft = ReturnType<typeof useFormDraft>

/**
 * A record form that keeps a new record's typing in the browser: a draft found on arrival restarts the
 * whole form (its own choices included) from the kept values, and the form shows a notice with a discard button.
 */
export function withDraft<P extends RecordFormProps>(Form: ComponentType<P>) {
  return function Drafted(props: P) {
    const kept = useFormDraft(props.mode === 'create' ? props.draft : undefined)
    const initialValues = kept.restored ? { ...props.initialValues, ...kept.restored } : props.initialValues
    return <Form key={kept.restored ? 'restored' : 'page'} {...props} initialValues={initialValues} kept={kept} />
  }
}
