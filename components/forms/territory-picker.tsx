'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useId, useMemo, useState } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { isPlace, matchesTerritory, territoryLabel, type TerritoryOption } from '@/lib/territories/picker'
import { useFormContext } from './action-form'
import { FieldError } from './fields'

/**
 * Places of a record: cascading oblast → rayon → aiyl okmot selects, and a search by name in any of the
 * three languages. Each chosen place is a hidden `name` input (e.g. "territoryIds[]"). Controlled, so
 * the form can add places itself (the unit an LSG party governs).
 */
export function TerritoryPicker({
  name,
  label,
  hint,
  territories,
  selected,
  onChange,
  single = false,
  anyLevel = false,
  startAt,
}: {
  name: string
  label: React.ReactNode
  hint?: React.ReactNode
  territories: TerritoryOption[]
  /** The chosen places, when the form needs them (otherwise the picker keeps them, starting from the form's values). */
  selected?: string[]
  onChange?: (ids: string[]) => void
  /** One place only (adding replaces it). */
  single?: boolean
  /** Oblasts may be chosen too (an organization's home), not only rayons and below. */
  anyLevel?: boolean
  /** A place the cascade opens at: its oblast and rayon are already chosen (the next place is often next door). */
  startAt?: string
}) {
  const t = useTranslations('manage.territoryPicker')
  const locale = useLocale() as Locale
  const { errors, values } = useFormContext()
  const [own, setOwn] = useState<string[]>(() => {
    const value = values[name]
    return Array.isArray(value) ? value : value ? [value] : []
  })
  const places = selected ?? own
  const setPlaces = onChange ?? setOwn
  const fieldErrors = errors[name.replace(/\[\]$/, '')] ?? []
  const uid = useId()
  const byId = useMemo(() => new Map(territories.map((x) => [x.id, x])), [territories])
  const childrenOf = useMemo(() => {
    const m = new Map<string | null, TerritoryOption[]>()
    for (const x of territories) m.set(x.parentId, [...(m.get(x.parentId) ?? []), x])
    return m
  }, [territories])
  const start = useMemo(() => cascadeStart(startAt, byId, childrenOf), [startAt, byId, childrenOf])
  const [oblast, setOblast] = useState(start.oblast)
  const [rayon, setRayon] = useState(start.rayon)
  const [unit, setUnit] = useState('')
  const [query, setQuery] = useState('')

  const path = (x: TerritoryOption) => {
    const names: string[] = []
    for (let p = x.parentId ? byId.get(x.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined)
      names.push(territoryLabel(p, locale))
    return names.join(', ')
  }
  const add = (id: string) => {
    if (id && !places.includes(id)) setPlaces(single ? [id] : [...places, id])
  }
  const chosen = unit || rayon || (oblast && (anyLevel || byId.get(oblast)?.kind === 'REPUBLICAN_CITY') ? oblast : '')
  const matches =
    query.trim().length >= 2
      ? territories.filter((x) => (anyLevel || isPlace(x)) && matchesTerritory(x, query)).slice(0, 12)
      : []
  const top = childrenOf.get(null) ?? []

  return (
    <fieldset className="space-y-3" aria-describedby={fieldErrors.length ? `${uid}-error` : undefined}>
      <legend className="text-sm font-medium text-stone-800">{label}</legend>
      {hint && <p className="text-xs text-stone-500">{hint}</p>}

      <ul aria-label={t('chosen')} className="flex flex-wrap gap-2">
        {places.length === 0 && <li className="text-sm text-stone-500">{t('none')}</li>}
        {places.map((id) => {
          const x = byId.get(id)
          return (
            <li
              key={id}
              className="flex items-center gap-2 rounded-full border border-brand-600 bg-brand-50 py-1 pr-1 pl-3 text-sm"
              data-territory-chosen={x?.code}
            >
              <input type="hidden" name={name} value={id} />
              <span>
                <span className="font-medium">{x ? territoryLabel(x, locale) : id}</span>
                {x && <span className="text-stone-600"> · {path(x)}</span>}
                {x?.abolished && <span className="ml-1 text-amber-800">({t('abolished')})</span>}
              </span>
              <button
                type="button"
                onClick={() => setPlaces(places.filter((s) => s !== id))}
                className="rounded-full px-2 text-stone-600 hover:bg-white hover:text-red-700"
                aria-label={t('remove', { name: x ? territoryLabel(x, locale) : id })}
              >
                ×
              </button>
            </li>
          )
        })}
      </ul>

      <div className="grid gap-2 rounded-md border border-stone-200 bg-stone-50 p-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <LevelSelect
          id={`${uid}-oblast`}
          label={t('oblast')}
          value={oblast}
          onChange={(id) => (setOblast(id), setRayon(''), setUnit(''))}
          options={top}
        />
        <LevelSelect
          id={`${uid}-rayon`}
          label={t('rayon')}
          value={rayon}
          onChange={(id) => (setRayon(id), setUnit(''))}
          options={childrenOf.get(oblast) ?? []}
          disabled={!childrenOf.get(oblast)?.length}
          markAbolished
        />
        <LevelSelect
          id={`${uid}-unit`}
          label={t('aiylOkmot')}
          value={unit}
          onChange={setUnit}
          options={childrenOf.get(rayon) ?? []}
          disabled={!childrenOf.get(rayon)?.length}
          markAbolished
        />
        <button
          type="button"
          disabled={!chosen}
          onClick={() => (add(chosen), setUnit(''))}
          className="rounded-md border border-brand-700 bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-50"
        >
          {t('add')}
        </button>
      </div>

      <div>
        <label htmlFor={`${uid}-search`} className="mb-1 block text-xs font-medium text-stone-700">
          {t('search')}
        </label>
        <input
          id={`${uid}-search`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          placeholder={t('searchPlaceholder')}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
        />
        {matches.length > 0 && (
          <ul
            className="mt-1 divide-y divide-stone-100 rounded-md border border-stone-200 bg-white"
            aria-label={t('results')}
          >
            {matches.map((x) => (
              <li key={x.id}>
                <button
                  type="button"
                  onClick={() => (add(x.id), setQuery(''))}
                  disabled={places.includes(x.id)}
                  className="block w-full px-3 py-2 text-left text-sm hover:bg-brand-50 disabled:text-stone-400"
                >
                  {t('addNamed', { name: territoryLabel(x, locale) })}{' '}
                  <span className="text-stone-500">· {path(x)}</span>
                  {x.abolished && <span className="ml-1 text-amber-800">({t('abolished')})</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        {query.trim().length >= 2 && matches.length === 0 && (
          <p className="mt-1 text-sm text-stone-500">{t('noResults')}</p>
        )}
      </div>
      <FieldError id={`${uid}-error`} keys={fieldErrors} />
    </fieldset>
  )
}

/** One level of the cascade (oblast, rayon, aiyl okmot): a select that only narrows, never a form field. */
function LevelSelect({
  id,
  label,
  value,
  onChange,
  options,
  disabled,
  markAbolished = false,
}: {
  id: string
  label: string
  value: string
  onChange: (id: string) => void
  options: TerritoryOption[]
  disabled?: boolean
  /** Say "(abolished)" after a unit that no longer exists. */
  markAbolished?: boolean
}) {
  const t = useTranslations('manage.territoryPicker')
  const locale = useLocale() as Locale
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-stone-700">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        className="block w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-sm"
      >
        <option value="">—</option>
        {options.map((x) => (
          <option key={x.id} value={x.id}>
            {territoryLabel(x, locale)}
            {markAbolished && x.abolished ? ` (${t('abolished')})` : ''}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The oblast and rayon above a place (a rayon only when it has aiyl okmots or towns to choose among). */
function cascadeStart(
  id: string | undefined,
  byId: Map<string, TerritoryOption>,
  childrenOf: Map<string | null, TerritoryOption[]>,
): { oblast: string; rayon: string } {
  const chain: TerritoryOption[] = []
  for (let x = id ? byId.get(id) : undefined; x; x = x.parentId ? byId.get(x.parentId) : undefined) chain.push(x)
  const oblast = chain.at(-1)?.id ?? ''
  const rayon = chain.at(-2)?.id ?? ''
  return { oblast, rayon: rayon && childrenOf.get(rayon)?.length ? rayon : '' }
}
