import { z } from 'zod'
import { partyTypes } from '@/lib/organizations/kinds'
import { themes } from '@/lib/themes'
import type { CaseStudyFilters } from '@/lib/public/case-studies'

const year = z.coerce.number().int().min(1900).max(2100)

/** Each filter parsed on its own: an invalid one is dropped, the others are kept. */
const fields = {
  territory: z.string().regex(/^KG(-[A-Z]{1,2}|\d{11})$/),
  theme: z.enum(themes),
  partyType: z.enum(partyTypes),
  donor: z.string().regex(/^[a-z0-9-]{1,120}$/),
  yearFrom: year,
  yearTo: year,
  q: z.string().trim().min(1).max(200),
}

export function parseCaseStudyFilters(raw: Record<string, string | string[] | undefined>): CaseStudyFilters {
  const value = (k: string) => {
    const v = raw[k]
    return Array.isArray(v) ? v[0] : v
  }
  // The URL uses short names for the years.
  const input: Record<keyof typeof fields, string | undefined> = {
    territory: value('territory'),
    theme: value('theme'),
    partyType: value('partyType'),
    donor: value('donor'),
    yearFrom: value('from'),
    yearTo: value('to'),
    q: value('q'),
  }
  const out: CaseStudyFilters = {}
  for (const [k, schema] of Object.entries(fields) as [keyof typeof fields, z.ZodType][]) {
    const parsed = schema.safeParse(input[k])
    if (parsed.success && input[k] !== undefined && input[k] !== '') (out as Record<string, unknown>)[k] = parsed.data
  }
  // A range that ends before it starts is not a range: neither year applies (the page says so).
  if (yearsReversed(out)) {
    delete out.yearFrom
    delete out.yearTo
  }
  return out
}

const yearsReversed = (f: CaseStudyFilters) => !!(f.yearFrom && f.yearTo && f.yearFrom > f.yearTo)
