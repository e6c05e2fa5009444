'use client'

import { useSearchParams } from 'next/navigation'
import { useId, useState, useTransition } from 'react'
import { usePathname, useRouter } from '@/lib/i18n/navigation'

/** A unit in the place filter: its code, its parent's code and its name in the reader's language. */
export type PlaceFilterOption = { code: string; parentCode: string | null; label: string }

type PlaceLabels = {
  oblast: string
  rayon: string
  aiylOkmot: string
  any: string
  chooseOblastFirst: string
  chooseRayonFirst: string
}

const LEVELS = ['oblast', 'rayon', 'ao'] as const

/**
 * Oblast → rayon → aiyl okmot. Choosing a unit offers its children at once and shows its case studies
 * without reloading the page: the choice goes into the address (the other filters stay there), and the
 * page's results follow it. Without JavaScript the selects are the form's, sent with "Show"; the
 * server then offers the children of what was chosen.
 */
export function PlaceFilter({
  oblasts,
  rayons,
  aiylOkmots,
  selected,
  labels,
}: {
  oblasts: PlaceFilterOption[]
  rayons: PlaceFilterOption[]
  aiylOkmots: PlaceFilterOption[]
  selected: { oblast: string | null; rayon: string | null; ao: string | null }
  labels: PlaceLabels
}) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [, startTransition] = useTransition()
  const [oblast, setOblast] = useState(selected.oblast ?? '')
  const [rayon, setRayon] = useState(selected.rayon ?? '')
  const [ao, setAo] = useState(selected.ao ?? '')
  const rayonOptions = oblast ? rayons.filter((r) => r.parentCode === oblast) : []
  const aoOptions = rayon ? aiylOkmots.filter((a) => a.parentCode === rayon) : []

  const choose = (level: (typeof LEVELS)[number], code: string) => {
    const next = {
      oblast: level === 'oblast' ? code : oblast,
      rayon: level === 'oblast' ? '' : level === 'rayon' ? code : rayon,
      ao: level === 'ao' ? code : '',
    }
    setOblast(next.oblast)
    setRayon(next.rayon)
    setAo(next.ao)
    const query = new URLSearchParams(params.toString())
    for (const k of LEVELS) {
      if (next[k]) query.set(k, next[k])
      else query.delete(k)
    }
    const search = query.toString()
    startTransition(() => router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false }))
  }

  return (
    <>
      <FilterSelect
        name="oblast"
        label={labels.oblast}
        any={labels.any}
        value={oblast}
        options={oblasts}
        onChange={(v) => choose('oblast', v)}
      />
      <FilterSelect
        name="rayon"
        label={labels.rayon}
        any={oblast ? labels.any : labels.chooseOblastFirst}
        value={rayon}
        options={rayonOptions}
        onChange={(v) => choose('rayon', v)}
        disabled={!oblast}
      />
      <FilterSelect
        name="ao"
        label={labels.aiylOkmot}
        any={rayon ? labels.any : labels.chooseRayonFirst}
        value={ao}
        options={aoOptions}
        onChange={(v) => choose('ao', v)}
        disabled={!rayon}
      />
    </>
  )
}

function FilterSelect({
  name,
  label,
  any,
  value,
  options,
  onChange,
  disabled,
}: {
  name: string
  label: string
  any: string
  value: string
  options: PlaceFilterOption[]
  onChange: (value: string) => void
  disabled?: boolean
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-stone-700">{label}</span>
      <select
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        className="min-h-11 rounded border border-stone-300 bg-white px-2 py-1.5 disabled:bg-stone-100 disabled:text-stone-500"
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
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
    <label className="flex flex-col gap-1 text-sm">
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
