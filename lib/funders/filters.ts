import { z } from 'zod'
import type { FunderFilters } from '@/lib/public/funders'
import { themes } from '@/lib/themes'

const year = z.coerce.number().int().min(1900).max(2100)

/** Each filter of the funder's view parsed on its own from the URL: an invalid one is dropped, the others kept. */
const fields = {
  from: year,
  to: year,
  oblast: z.string().regex(/^KG-[A-Z]{1,2}$/),
  // A rayon counts only inside its oblast: the page checks that it belongs to the chosen one.
  rayon: z.string().regex(/^KG\d{11}$/),
  theme: z.enum(themes),
}

export type FunderQuery = FunderFilters & {
  currency: 'KGS' | 'USD'
  /** "From" is after "to": neither year applies, and the page says so. */
  yearsReversed?: true
}

export function parseFunderQuery(raw: Record<string, string | string[] | undefined>): FunderQuery {
  const value = (k: string) => {
    const v = raw[k]
    return Array.isArray(v) ? v[0] : v
  }
  const out: FunderQuery = { currency: value('currency') === 'USD' ? 'USD' : 'KGS' }
  for (const [k, schema] of Object.entries(fields) as [keyof typeof fields, z.ZodType][]) {
    const input = value(k)
    const parsed = schema.safeParse(input)
    if (parsed.success && input !== undefined && input !== '') (out as Record<string, unknown>)[k] = parsed.data
  }
  if (!out.oblast) delete out.rayon
  // A range that ends before it starts is not a range (as in the case-study filter): no year applies.
  if (out.from !== undefined && out.to !== undefined && out.from > out.to) {
    delete out.from
    delete out.to
    out.yearsReversed = true
  }
  return out
}

/** The filters without the currency and the reversed-years flag: what the loaders take. */
export function funderFilters({ from, to, oblast, rayon, theme }: FunderQuery): FunderFilters {
  return Object.fromEntries(
    Object.entries({ from, to, oblast, rayon, theme }).filter(([, v]) => v !== undefined),
  ) as FunderFilters
}

/** The URL query of a set of filters (the currency only when it is not the default). */
export function funderQueryString(q: Partial<FunderQuery>): string {
  const s = new URLSearchParams()
  if (q.from !== undefined) s.set('from', String(q.from))
  if (q.to !== undefined) s.set('to', String(q.to))
  if (q.oblast) s.set('oblast', q.oblast)
  if (q.oblast && q.rayon) s.set('rayon', q.rayon)
  if (q.theme) s.set('theme', q.theme)
  if (q.currency === 'USD') s.set('currency', 'USD')
  return s.size ? `?${s}` : ''
}
