'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { matchesOption, optionLabel, type OrganizationOption } from '@/lib/organizations/options'
import { FieldError } from './fields'
import { useFormContext } from './action-form'

/**
 * A select of organizations with a search box above it that narrows the list by name in any of the
 * three languages. The select is the form field (`name`); the search box is not submitted.
 */
export function OrganizationSelect({
  name,
  label,
  options,
  required,
  hint,
  value,
  onChange,
  placeholder,
}: {
  name: string
  label: React.ReactNode
  options: OrganizationOption[]
  required?: boolean
  hint?: React.ReactNode
  /** Controlled use (inside list editors); otherwise the form's values give the default. */
  value?: string
  onChange?: (id: string, option: OrganizationOption | undefined) => void
  placeholder?: string
}) {
  const t = useTranslations('manage.form')
  const locale = useLocale() as Locale
  const { errors, values, formId } = useFormContext()
  const id = `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, '_')}`
  const fieldErrors = errors[name] ?? []
  const [query, setQuery] = useState('')
  const [selected, setSelected] = useState<string>(
    value ?? (typeof values[name] === 'string' ? (values[name] as string) : ''),
  )
  const current = value ?? selected
  // `options` come sorted from the server: collation differs between Node's ICU and the browser's.
  // A long list is cut for speed, but the current choice always stays in it.
  const matching = options.filter((o) => matchesOption(o, query)).slice(0, 300)
  const currentOption = current ? options.find((o) => o.id === current) : undefined
  const shown = currentOption && !matching.includes(currentOption) ? [currentOption, ...matching] : matching
  return (
    <div>
      <div className="mb-1 flex flex-wrap items-baseline gap-x-1">
        <label htmlFor={id} className="text-sm font-medium text-stone-800">
          {label}
        </label>
        {required && (
          <span aria-hidden className="text-xs text-stone-500">
            ({t('required')})
          </span>
        )}
      </div>
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('searchOrganizations')}
        aria-label={t('searchOrganizationsFor', { field: typeof label === 'string' ? label : '' })}
        aria-controls={id}
        className="mb-1 block w-full rounded-md border border-stone-300 bg-stone-50 px-3 py-1.5 text-sm"
      />
      <select
        id={id}
        name={name}
        value={current}
        onChange={(e) => {
          setSelected(e.target.value)
          onChange?.(
            e.target.value,
            options.find((o) => o.id === e.target.value),
          )
        }}
        aria-required={required || undefined}
        aria-invalid={fieldErrors.length ? true : undefined}
        aria-describedby={
          [fieldErrors.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined
        }
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 aria-[invalid=true]:border-red-500"
      >
        <option value="">{placeholder ?? t('chooseOrganization')}</option>
        {shown.map((o) => (
          <option key={o.id} value={o.id}>
            {optionLabel(o, locale)}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} keys={fieldErrors} />
    </div>
  )
}
