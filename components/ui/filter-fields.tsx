'use client'

import { useId, useState } from 'react'

/**
 * A filter of a GET form: a choice with an "any" option first. With `onChange` the page follows the
 * choice as it is made (the select is controlled); without it, the choice is sent with the form.
 */
export function FilterSelect({
  name,
  label,
  any,
  value,
  options,
  disabled,
  onChange,
}: {
  name: string
  label: string
  any: string
  value: string
  options: { value: string; label: string }[]
  disabled?: boolean
  onChange?: (value: string) => void
}) {
  return (
    <label className="flex min-w-0 flex-col gap-1 text-sm">
      <span className="font-medium text-stone-700">{label}</span>
      <select
        name={name}
        {...(onChange ? { value, onChange: (e) => onChange(e.target.value) } : { defaultValue: value })}
        disabled={disabled}
        className="min-h-11 w-full min-w-0 rounded border border-stone-300 bg-white px-2 py-1.5 disabled:bg-stone-100 disabled:text-stone-500"
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * "From year" and "To year". A range that ends before it starts says so next to the fields as it is
 * typed (and, from the server, when such a range comes in the address: the years are then not applied).
 */
export function YearRange({
  from,
  to,
  labels,
}: {
  from: string
  to: string
  labels: { from: string; to: string; reversed: string }
}) {
  const id = useId()
  const [values, setValues] = useState({ from, to })
  const reversed = isReversed(values.from, values.to)
  const field = (name: 'from' | 'to') => (
    <label className="flex min-w-0 flex-col justify-end gap-1 text-sm">
      <span className="font-medium text-stone-700">{labels[name]}</span>
      <input
        type="number"
        name={name}
        min={1900}
        max={2100}
        inputMode="numeric"
        value={values[name]}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        aria-invalid={reversed || undefined}
        aria-describedby={reversed ? `${id}-reversed` : undefined}
        className="min-h-11 w-full rounded border border-stone-300 px-2 py-1.5 aria-invalid:border-red-700"
      />
    </label>
  )
  return (
    <div className="grid grid-cols-2 gap-2">
      {field('from')}
      {field('to')}
      {reversed ? (
        <p id={`${id}-reversed`} role="alert" className="col-span-2 text-sm text-red-800" data-years-reversed>
          {labels.reversed}
        </p>
      ) : null}
    </div>
  )
}

function isReversed(from: string, to: string) {
  const [a, b] = [Number(from), Number(to)]
  return from.trim() !== '' && to.trim() !== '' && Number.isInteger(a) && Number.isInteger(b) && a > b
}
