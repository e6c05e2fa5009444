'use client'

import { useSearchParams } from 'next/navigation'
import { useState, useTransition } from 'react'
import { FilterSelect } from '@/components/ui/filter-fields'
import { usePathname, useRouter } from '@/lib/i18n/navigation'

/** A unit in the place filter: its code, its parent's code and its name in the reader's language. */
export type PlaceFilterOption = { code: string; parentCode: string | null; label: string }

type PlaceLabels = {
  oblast: string
  rayon: string
  /** Only with `depth` 3. */
  aiylOkmot?: string
  any: string
  chooseOblastFirst: string
  /** Only with `depth` 3. */
  chooseRayonFirst?: string
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
  depth = 3,
}: {
  oblasts: PlaceFilterOption[]
  rayons: PlaceFilterOption[]
  aiylOkmots: PlaceFilterOption[]
  selected: { oblast: string | null; rayon: string | null; ao: string | null }
  labels: PlaceLabels
  /** 2: oblast and rayon only (the funder's view counts money no lower than the rayon). */
  depth?: 2 | 3
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

  const values = { oblast, rayon, ao }
  const options = { oblast: oblasts, rayon: rayonOptions, ao: aoOptions }
  const label = { oblast: labels.oblast, rayon: labels.rayon, ao: labels.aiylOkmot ?? '' }
  const firstChoose = { oblast: labels.any, rayon: labels.chooseOblastFirst, ao: labels.chooseRayonFirst ?? '' }
  return LEVELS.slice(0, depth).map((level, i) => {
    const above = i === 0 || Boolean(values[LEVELS[i - 1]])
    return (
      <FilterSelect
        key={level}
        name={level}
        label={label[level]}
        any={above ? labels.any : firstChoose[level]}
        value={values[level]}
        options={options[level].map((o) => ({ value: o.code, label: o.label }))}
        onChange={(v) => choose(level, v)}
        disabled={!above}
      />
    )
  })
}
