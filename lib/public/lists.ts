// The short forms in which public lists show records (a place's partnerships, an organization's
// projects...; memoranda are lib/public/memoranda.ts): selects and mappers shared by every list, all of public rows only.
import type { Locale } from '@/lib/generated/prisma/enums'
import {
  orgRef,
  orgRefSelect,
  period,
  periodSelect,
  requiredText,
  type OrgRef,
  type PartialDate,
  type PeriodRow,
  type Text,
} from './dto'

export const listedPartnershipSelect = {
  slug: true,
  title: true,
  sourceLocale: true,
  ...periodSelect,
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

export function toListedPartnership(
  p: PeriodRow & {
    slug: string
    title: unknown
    sourceLocale: Locale
    themes: string[]
    parties: { organization: { slug: string; name: unknown; publicationStatus: string } | null }[]
  },
): ListedPartnership {
  return {
    slug: p.slug,
    title: requiredText(p.title),
    sourceLocale: p.sourceLocale,
    ...period(p),
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

/** What every public view of a project shows of it first: its title, language and period (as reported too). */
export type ProjectHead = {
  id: string
  title: Text
  sourceLocale: Locale
  periodAsReported: string | null
  start: PartialDate | null
  end: PartialDate | null
}

export const projectHeadSelect = {
  id: true,
  title: true,
  sourceLocale: true,
  periodAsReported: true,
  ...periodSelect,
} as const

export const toProjectHead = (
  p: PeriodRow & { id: string; title: unknown; sourceLocale: Locale; periodAsReported: string | null },
): ProjectHead => ({
  id: p.id,
  title: requiredText(p.title),
  sourceLocale: p.sourceLocale,
  periodAsReported: p.periodAsReported,
  ...period(p),
})

export type ListedProject = ProjectHead & { partnership: { slug: string; title: Text } | null }

export const listedProjectSelect = {
  ...projectHeadSelect,
  partnership: { select: { slug: true, title: true } },
} as const

/** A row of `listedProjectSelect` of a public project (whose partnership, if any, is therefore public). */
export function toListedProject(
  p: Parameters<typeof toProjectHead>[0] & { partnership: { slug: string; title: unknown } | null },
): ListedProject {
  return {
    ...toProjectHead(p),
    partnership: p.partnership && { slug: p.partnership.slug, title: requiredText(p.partnership.title) },
  }
}
