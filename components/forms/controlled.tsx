'use client'

import { useFormContext } from '@/components/forms/action-form'
import { FieldError } from '@/components/forms/fields'

// Inputs whose value lives in the component's state (rows of a list editor: parties, signatories),
// named for the form and showing their own field errors like every other field.

const inputClass =
  'block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500'

/** The label, the error wiring and the error list around one controlled input. */
function Controlled({
  name,
  label,
  children,
}: {
  name: string
  label: string
  children: (a11y: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => React.ReactNode
}) {
  const { errors, formId } = useFormContext()
  const id = `${formId}-${name.replace(/\./g, '_')}`
  const keys = errors[name] ?? []
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-stone-700">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': keys.length ? true : undefined,
        'aria-describedby': keys.length ? `${id}-error` : undefined,
      })}
      <FieldError id={`${id}-error`} keys={keys} />
    </div>
  )
}

export function ControlledText({
  name,
  label,
  value,
  onChange,
  type = 'text',
}: {
  name: string
  label: string
  value: string
  onChange: (v: string) => void
  type?: 'text' | 'date'
}) {
  return (
    <Controlled name={name} label={label}>
      {(a11y) => (
        <input
          {...a11y}
          type={type}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
        />
      )}
    </Controlled>
  )
}

export function ControlledSelect({
  name,
  label,
  value,
  onChange,
  options,
}: {
  name: string
  label: string
  value: string
  onChange: (v: string) => void
  options: { value: string; label: string }[]
}) {
  return (
    <Controlled name={name} label={label}>
      {(a11y) => (
        <select {...a11y} name={name} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
          <option value="">—</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Controlled>
  )
}
