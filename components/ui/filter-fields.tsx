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
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-stone-700">{label}</span>
      <select
        name={name}
        {...(onChange ? { value, onChange: (e) => onChange(e.target.value) } : { defaultValue: value })}
        disabled={disabled}
        className="min-h-11 rounded border border-stone-300 bg-white px-2 py-1.5 disabled:bg-stone-100 disabled:text-stone-500"
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

/** A year filter of a GET form. */
export function YearField({ name, label, value }: { name: string; label: string; value?: number }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-stone-700">{label}</span>
      <input
        type="number"
        name={name}
        min={1900}
        max={2100}
        inputMode="numeric"
        defaultValue={value ?? ''}
        className="min-h-11 w-full rounded border border-stone-300 px-2 py-1.5"
      />
    </label>
  )
}
