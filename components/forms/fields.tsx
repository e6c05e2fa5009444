'use client'

import { useTranslations } from 'next-intl'
import { enumLabel } from '@/lib/i18n/enums'
import { useFormContext } from './action-form'

const inputClass =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm placeholder:text-stone-400 focus:border-brand-600 aria-[invalid=true]:border-red-500 aria-[invalid=true]:bg-red-50/40'

function useField(name: string) {
  const { errors, values, formId } = useFormContext()
  const id = `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, '_')}`
  const fieldErrors = errors[name] ?? []
  const value = values[name]
  return {
    id,
    errorId: `${id}-error`,
    hintId: `${id}-hint`,
    fieldErrors,
    value: typeof value === 'string' ? value : undefined,
    values: Array.isArray(value) ? value : [],
  }
}

export function FieldError({ id, keys }: { id: string; keys: readonly string[] }) {
  const t = useTranslations('manage.errors')
  if (!keys.length) return null
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {keys.map((k) => t(k)).join(' ')}
    </p>
  )
}

function Label({ htmlFor, children, required }: { htmlFor: string; children: React.ReactNode; required?: boolean }) {
  const t = useTranslations('manage.form')
  return (
    <div className="mb-1 flex flex-wrap items-baseline gap-x-1">
      <label htmlFor={htmlFor} className="text-sm font-medium text-stone-800">
        {children}
      </label>
      {/* Outside the label and hidden from screen readers: the input says aria-required itself. */}
      {required && (
        <span aria-hidden className="text-xs text-stone-500">
          ({t('required')})
        </span>
      )}
    </div>
  )
}

type Common = { name: string; label: React.ReactNode; hint?: React.ReactNode; required?: boolean; className?: string }

function describedBy(f: ReturnType<typeof useField>, hint: unknown) {
  return [f.fieldErrors.length ? f.errorId : null, hint ? f.hintId : null].filter(Boolean).join(' ') || undefined
}

export function TextField({
  name,
  label,
  hint,
  required,
  className,
  type = 'text',
  autoComplete,
  placeholder,
  inputMode,
}: Common & {
  type?: 'text' | 'email' | 'password' | 'url' | 'tel'
  autoComplete?: string
  placeholder?: string
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email'
}) {
  const f = useField(name)
  return (
    <div className={className}>
      <Label htmlFor={f.id} required={required}>
        {label}
      </Label>
      <input
        id={f.id}
        name={name}
        type={type}
        defaultValue={type === 'password' ? undefined : f.value}
        autoComplete={autoComplete}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-required={required || undefined}
        aria-invalid={f.fieldErrors.length ? true : undefined}
        aria-describedby={describedBy(f, hint)}
        className={inputClass}
      />
      {hint && (
        <p id={f.hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <FieldError id={f.errorId} keys={f.fieldErrors} />
    </div>
  )
}

export function TextArea({ name, label, hint, required, className, rows = 4 }: Common & { rows?: number }) {
  const f = useField(name)
  return (
    <div className={className}>
      <Label htmlFor={f.id} required={required}>
        {label}
      </Label>
      <textarea
        id={f.id}
        name={name}
        rows={rows}
        defaultValue={f.value}
        aria-required={required || undefined}
        aria-invalid={f.fieldErrors.length ? true : undefined}
        aria-describedby={describedBy(f, hint)}
        className={inputClass}
      />
      {hint && (
        <p id={f.hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <FieldError id={f.errorId} keys={f.fieldErrors} />
    </div>
  )
}

export function SelectField({
  name,
  label,
  hint,
  required,
  className,
  options,
  placeholder,
  onChange,
}: Common & {
  options: readonly { value: string; label: string }[]
  placeholder?: string
  onChange?: (value: string) => void
}) {
  const f = useField(name)
  return (
    <div className={className}>
      <Label htmlFor={f.id} required={required}>
        {label}
      </Label>
      <select
        id={f.id}
        name={name}
        defaultValue={f.value ?? ''}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        aria-required={required || undefined}
        aria-invalid={f.fieldErrors.length ? true : undefined}
        aria-describedby={describedBy(f, hint)}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={f.hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <FieldError id={f.errorId} keys={f.fieldErrors} />
    </div>
  )
}

export function CheckboxField({ name, label, hint, className }: Omit<Common, 'required'>) {
  const f = useField(name)
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          id={f.id}
          name={name}
          type="checkbox"
          defaultChecked={f.value === 'on' || f.value === 'true'}
          aria-invalid={f.fieldErrors.length ? true : undefined}
          aria-describedby={describedBy(f, hint)}
          className="mt-1 h-4 w-4 rounded border-stone-400 text-brand-700"
        />
        <label htmlFor={f.id} className="text-sm text-stone-800">
          {label}
        </label>
      </div>
      {hint && (
        <p id={f.hintId} className="mt-1 ml-6 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <FieldError id={f.errorId} keys={f.fieldErrors} />
    </div>
  )
}

/** One text in each language (name.ky, name.ru, name.en), with the group's own error (e.g. none given). */
export function LocalizedFields({
  name,
  label,
  hint,
  required,
  multiline = false,
  rows = 3,
}: Common & { multiline?: boolean; rows?: number }) {
  const t = useTranslations()
  const te = useTranslations('enums')
  const group = useField(name)
  return (
    <fieldset aria-describedby={group.fieldErrors.length ? group.errorId : undefined} className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-stone-800">
        {label}
        {required && (
          <span aria-hidden className="ml-1 text-xs font-normal text-stone-500">
            ({t('manage.form.requiredOneLanguage')})
          </span>
        )}
      </legend>
      {hint && <p className="text-xs text-stone-500">{hint}</p>}
      <div className={multiline ? 'space-y-2' : 'grid gap-2 sm:grid-cols-3'}>
        {(['ky', 'ru', 'en'] as const).map((l) =>
          multiline ? (
            <TextArea
              key={l}
              name={`${name}.${l}`}
              rows={rows}
              label={<span lang={l}>{enumLabel(te, 'locale', l)}</span>}
            />
          ) : (
            <TextField key={l} name={`${name}.${l}`} label={<span lang={l}>{enumLabel(te, 'locale', l)}</span>} />
          ),
        )}
      </div>
      <FieldError id={group.errorId} keys={group.fieldErrors} />
    </fieldset>
  )
}

export function HiddenField({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />
}

export function SubmitButton({
  children,
  variant = 'primary',
  name,
  value,
}: {
  children: React.ReactNode
  variant?: 'primary' | 'danger' | 'secondary'
  name?: string
  value?: string
}) {
  const { pending } = useFormContext()
  const t = useTranslations('manage.form')
  const cls = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800',
    danger: 'bg-red-700 text-white hover:bg-red-800',
    secondary: 'border border-stone-300 bg-white text-stone-800 hover:bg-stone-100',
  }[variant]
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:cursor-wait disabled:opacity-60 ${cls}`}
    >
      {pending ? t('saving') : children}
    </button>
  )
}
