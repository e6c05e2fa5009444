import { z } from 'zod'
import type { FunderFilters } from '@/lib/public/funders'
import { themes } from '@/lib/themes'

const year = z.coerce.number().int().min(1900).max(2100)

/** Each filter of "who funds what" parsed on its own from the URL: an invalid one is dropped, the others kept. */
const fields = {
  from: year,
  to: year,
  oblast: z.string().regex(/^KG-[A-Z]{1,2}$/),
  theme: z.enum(themes),
}

export type FunderQuery = FunderFilters & { currency: 'KGS' | 'USD' }

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
  if (out.from !== undefined && out.to !== undefined && out.from > out.to) [out.from, out.to] = [out.to, out.from]
  return out
}

/** The URL query of a set of filters (the currency only when it is not the default). */
export function funderQueryString(q: Partial<FunderQuery>): string {
  const s = new URLSearchParams()
  if (q.from !== undefined) s.set('from', String(q.from))
  if (q.to !== undefined) s.set('to', String(q.to))
  if (q.oblast) s.set('oblast', q.oblast)
  if (q.theme) s.set('theme', q.theme)
  if (q.currency === 'USD') s.set('currency', 'USD')
  return s.size ? `?${s}` : ''
}
