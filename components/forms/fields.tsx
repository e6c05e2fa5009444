'use client'

import { useTranslations } from 'next-intl'
import { enumLabel } from '@/lib/i18n/enums'
import { useFormContext } from './action-form'

const inputClass =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm placeholder:text-stone-400 focus:border-brand-600 aria-[invalid=true]:border-red-500 aria-[invalid=true]:bg-red-50/40'

type FieldOptions = { required?: boolean; hint?: unknown }

/** The ids, errors and value of one field, and the attributes its input carries (id, name, aria wiring). */
function useField(name: string, { required, hint }: FieldOptions = {}) {
  const { errors, values, formId } = useFormContext()
  const id = `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, '_')}`
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const fieldErrors = errors[name] ?? []
  const value = values[name]
  return {
    id,
    errorId,
    hintId,
    fieldErrors,
    value: typeof value === 'string' ? value : undefined,
    values: Array.isArray(value) ? value : [],
    control: {
      id,
      name,
      'aria-required': required || undefined,
      'aria-invalid': fieldErrors.length ? (true as const) : undefined,
      'aria-describedby':
        [fieldErrors.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined,
    },
  }
}

type Field = ReturnType<typeof useField>

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

/** The hint and the errors under a field's input, with the ids its aria-describedby names. */
function FieldNotes({ field, hint, hintClassName }: { field: Field; hint: React.ReactNode; hintClassName: string }) {
  return (
    <>
      {hint && (
        <p id={field.hintId} className={hintClassName}>
          {hint}
        </p>
      )}
      <FieldError id={field.errorId} keys={field.fieldErrors} />
    </>
  )
}

type Common = { name: string; label: React.ReactNode; hint?: React.ReactNode; required?: boolean; className?: string }

/** A field laid out the usual way: label (and "required") above the input, hint and errors below it. */
function LabelledField({
  field,
  label,
  hint,
  required,
  className,
  children,
}: Omit<Common, 'name'> & { field: Field; children: React.ReactNode }) {
  return (
    <div className={className}>
      <Label htmlFor={field.id} required={required}>
        {label}
      </Label>
      {children}
      <FieldNotes field={field} hint={hint} hintClassName="mt-1 text-xs text-stone-500" />
    </div>
  )
}

export function TextField({
  name,
  type = 'text',
  autoComplete,
  placeholder,
  inputMode,
  ...common
}: Common & {
  type?: 'text' | 'email' | 'password' | 'url' | 'tel'
  autoComplete?: string
  placeholder?: string
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email'
}) {
  const f = useField(name, common)
  return (
    <LabelledField field={f} {...common}>
      <input
        {...f.control}
        type={type}
        defaultValue={type === 'password' ? undefined : f.value}
        autoComplete={autoComplete}
        placeholder={placeholder}
        inputMode={inputMode}
        className={inputClass}
      />
    </LabelledField>
  )
}

/** A date as precise as it is known: a year, a month or a day (the hint says so unless told otherwise). */
export function PartialDateField({ hint, ...field }: Common) {
  const t = useTranslations('manage.form')
  return <TextField {...field} hint={hint ?? t('partialDateHint')} />
}

export function TextArea({ name, rows = 4, ...common }: Common & { rows?: number }) {
  const f = useField(name, common)
  return (
    <LabelledField field={f} {...common}>
      <textarea {...f.control} rows={rows} defaultValue={f.value} className={inputClass} />
    </LabelledField>
  )
}

export function SelectField({
  name,
  options,
  placeholder,
  onChange,
  ...common
}: Common & {
  options: readonly { value: string; label: string }[]
  placeholder?: string
  onChange?: (value: string) => void
}) {
  const f = useField(name, common)
  return (
    <LabelledField field={f} {...common}>
      <select
        {...f.control}
        defaultValue={f.value ?? ''}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  )
}

export function CheckboxField({ name, label, hint, className }: Omit<Common, 'required'>) {
  const f = useField(name, { hint })
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          {...f.control}
          type="checkbox"
          defaultChecked={f.value === 'on' || f.value === 'true'}
          className="mt-1 h-4 w-4 rounded border-stone-400 text-brand-700"
        />
        <label htmlFor={f.id} className="text-sm text-stone-800">
          {label}
        </label>
      </div>
      <FieldNotes field={f} hint={hint} hintClassName="mt-1 ml-6 text-xs text-stone-500" />
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
