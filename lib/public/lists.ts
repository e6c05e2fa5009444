// The short forms in which public lists show records (a place's partnerships, an organization's
// projects...; memoranda are lib/public/memoranda.ts): selects and mappers shared by every list, all of public rows only.
import type { Locale } from '@/lib/generated/prisma/enums'
import { orgRef, orgRefSelect, partialDate, requiredText, type OrgRef, type PartialDate, type Text } from './dto'

export const listedPartnershipSelect = {
  slug: true,
  title: true,
  sourceLocale: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  themes: true,
  parties: { where: { isLead: true }, select: { organization: orgRefSelect }, take: 1 },
} as const

export type ListedPartnership = {
  slug: string
  title: Text
  sourceLocale: Locale
  start: PartialDate | null
  end: PartialDate | null
  themes: string[]
  lead: OrgRef | null
}

export function toListedPartnership(p: {
  slug: string
  title: unknown
  sourceLocale: Locale
  startDate: Date | null
  startPrecision: PartialDate['precision']
  endDate: Date | null
  endPrecision: PartialDate['precision']
  themes: string[]
  parties: { organization: { slug: string; name: unknown; publicationStatus: string } | null }[]
}): ListedPartnership {
  return {
    slug: p.slug,
    title: requiredText(p.title),
    sourceLocale: p.sourceLocale,
    start: partialDate(p.startDate, p.startPrecision),
    end: partialDate(p.endDate, p.endPrecision),
    themes: p.themes,
    lead: orgRef(p.parties[0]?.organization),
  }
}

export type ListedRecord = { slug: string; title: Text; sourceLocale: Locale }
export const listedRecordSelect = { slug: true, title: true, sourceLocale: true } as const
export const toListedRecord = (r: { slug: string; title: unknown; sourceLocale: Locale }): ListedRecord => ({
  slug: r.slug,
  title: requiredText(r.title),
  sourceLocale: r.sourceLocale,
})

export type ListedProject = {
  id: string
  title: Text
  sourceLocale: Locale
  periodAsReported: string | null
  start: PartialDate | null
  end: PartialDate | null
  partnership: { slug: string; title: Text } | null
}

export const listedProjectSelect = {
  id: true,
  title: true,
  sourceLocale: true,
  periodAsReported: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  partnership: { select: { slug: true, title: true } },
} as const

/** A row of `listedProjectSelect` of a public project (whose partnership, if any, is therefore public). */
export function toListedProject(p: {
  id: string
  title: unknown
  sourceLocale: Locale
  periodAsReported: string | null
  startDate: Date | null
  startPrecision: PartialDate['precision']
  endDate: Date | null
  endPrecision: PartialDate['precision']
  partnership: { slug: string; title: unknown } | null
}): ListedProject {
  return {
    id: p.id,
    title: requiredText(p.title),
    sourceLocale: p.sourceLocale,
    periodAsReported: p.periodAsReported,
    start: partialDate(p.startDate, p.startPrecision),
    end: partialDate(p.endDate, p.endPrecision),
    partnership: p.partnership && { slug: p.partnership.slug, title: requiredText(p.partnership.title) },
  }
}
