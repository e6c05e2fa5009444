import 'server-only'
import { cache } from 'react'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Locale, PartnershipStatus, PartyType } from '@/lib/generated/prisma/enums'
import { contributionSelect, orgRefSelect, outcomeSelect, partyRef, period, periodSelect, place } from './dto'
import { placeSelect, requiredText, text, toPublicContribution, toPublicOutcome } from './dto'
import type { PartialDate, PartyRef, PeriodRow, Place, PublicContribution, PublicOutcome, Text } from './dto'
import { projectHeadSelect, toProjectHead, type ProjectHead } from './lists'
import { confirmedByBoth, confirmingBodies } from './confirmations'
import { memorandumSelect, toPublicMemoranda, type PublicMemorandum } from './memoranda'
import { costShare, fractionOf, type CostShare, type Money } from './totals'
import { published, publicPartnershipWhere, publicProjectWhere } from './where'

// One DTO renders a partnership to the public: its page, the case study that tells it, the API, and
// the manage preview ("what the public will see once it is published"), which builds the same DTO
// with its drafts included and the same masking. components/records/partnership-body.tsx renders it.

/** Which rows of the partnership's contents the view includes. */
type Mode = 'public' | 'preview'

const select = (mode: Mode) => {
  const rows = mode === 'public' ? published : {}
  return {
    id: true,
    ...partnershipHeadSelect,
    publicationStatus: true,
    parties: {
      orderBy: { position: 'asc' },
      select: { id: true, nameAsReported: true, partyType: true, isLead: true, role: true, organization: orgRefSelect },
    },
    territories: {
      orderBy: [{ isPrimary: 'desc' }, { territory: { code: 'asc' } }],
      select: { isPrimary: true, territory: placeSelect },
    },
    projects: {
      where: mode === 'public' ? publicProjectWhere : {},
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: {
        ...projectHeadSelect,
        description: true,
        territories: { select: { territory: placeSelect } },
        contributions: {
          where: rows,
          orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
          select: contributionSelect,
        },
        outcomes: { where: rows, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: outcomeSelect },
      },
    },
    agreements: { where: rows, orderBy: [{ signedDate: 'asc' }, { id: 'asc' }], select: memorandumSelect },
    caseStudies: { where: rows, select: { slug: true, title: true, sourceLocale: true } },
  } satisfies Prisma.PartnershipSelect
}
type Row = Prisma.PartnershipGetPayload<{ select: ReturnType<typeof select> }>

export type PublicProjectOfPartnership = ProjectHead & {
  description: Text | null
  places: Place[]
  contributions: PublicContribution[]
  outcomes: PublicOutcome[]
  costShare: CostShare
}

/** A party's part of what adds up, over all projects of the partnership. */
export type PartyShare = { key: string; party: PartyRef; partyType: PartyType; amount: Money; fraction: number | null }

/** What a partnership shows of itself wherever it is public: its page, the API list and the exports. */
export type PartnershipHead = {
  slug: string
  title: Text
  summary: Text | null
  sourceLocale: Locale
  status: PartnershipStatus
  start: PartialDate | null
  end: PartialDate | null
  themes: string[]
}

export const partnershipHeadSelect = {
  slug: true,
  title: true,
  summary: true,
  sourceLocale: true,
  status: true,
  ...periodSelect,
  themes: true,
} as const

export function toPartnershipHead(
  p: PeriodRow & {
    slug: string
    title: unknown
    summary: unknown
    sourceLocale: Locale
    status: PartnershipStatus
    themes: string[]
  },
): PartnershipHead {
  return {
    slug: p.slug,
    title: requiredText(p.title),
    summary: text(p.summary),
    sourceLocale: p.sourceLocale,
    status: p.status,
    ...period(p),
    themes: p.themes,
  }
}

export type PublicPartnership = PartnershipHead & {
  id: string
  parties: (PartyRef & { id: string; partyType: PartyType; isLead: boolean; role: Text | null })[]
  places: (Place & { isPrimary: boolean })[]
  projects: PublicProjectOfPartnership[]
  agreements: PublicMemorandum[]
  caseStudies: { slug: string; title: Text; sourceLocale: Locale }[]
  costShare: CostShare
  partyShares: PartyShare[]
}

function toPublicPartnership(
  p: Row,
  { memoranda, confirmedLines }: { memoranda: PublicMemorandum[]; confirmedLines: ReadonlySet<string> },
): PublicPartnership {
  const rawLines = p.projects.flatMap((pr) => pr.contributions)
  const projects = p.projects.map((pr) => ({
    ...toProjectHead(pr),
    description: text(pr.description),
    places: pr.territories.map((t) => place(t.territory)),
    contributions: pr.contributions.map((c) => toPublicContribution(c, confirmedLines)),
    outcomes: pr.outcomes.map(toPublicOutcome),
    costShare: costShare(pr.contributions, { forPublic: true }),
  }))
  const total = costShare(rawLines, { forPublic: true })
  return {
    id: p.id,
    ...toPartnershipHead(p),
    parties: p.parties.map((x) => ({
      id: x.id,
      ...partyRef(x.organization, x.nameAsReported),
      partyType: x.partyType,
      isLead: x.isLead,
      role: text(x.role),
    })),
    places: p.territories.map((t) => ({ ...place(t.territory), isPrimary: t.isPrimary })),
    projects,
    agreements: memoranda,
    caseStudies: p.caseStudies.map((c) => ({
      slug: c.slug,
      title: requiredText(c.title),
      sourceLocale: c.sourceLocale,
    })),
    costShare: total,
    partyShares: partyShares(
      projects.flatMap((pr) => pr.contributions),
      rawLines,
      total.total,
    ),
  }
}

/** Counted lines summed per party (a published organization, or the name the source gives). */
function partyShares(lines: PublicContribution[], raw: Row['projects'][number]['contributions'], total: Money | null) {
  const byKey = new Map<string, PartyShare>()
  lines.forEach((c, i) => {
    if (c.class !== 'counted') return
    const r = raw[i]
    const key = c.party.organization?.slug ?? `name:${c.party.asReported ?? c.partyType}`
    const prev = byKey.get(key)
    const add = { kgsMinor: r.amountKgsMinor!, usdMinor: r.amountUsdMinor ?? 0n }
    byKey.set(key, {
      key,
      party: c.party,
      partyType: c.partyType,
      amount: prev
        ? { kgsMinor: prev.amount.kgsMinor + add.kgsMinor, usdMinor: prev.amount.usdMinor + add.usdMinor }
        : add,
      fraction: null,
    })
  })
  return [...byKey.values()]
    .map((s) => ({ ...s, fraction: fractionOf(s.amount, total) }))
    .sort((a, b) => (b.amount.kgsMinor > a.amount.kgsMinor ? 1 : b.amount.kgsMinor < a.amount.kgsMinor ? -1 : 0))
}

/** A public partnership by slug (or id); null when unknown or not public. Once per request. */
export const getPublicPartnership = cache(async (slugOrId: string): Promise<PublicPartnership | null> => {
  if (slugOrId.length > 200) return null
  const row = await prisma.partnership.findFirst({
    where: { AND: [{ OR: [{ slug: slugOrId }, { id: slugOrId }] }, publicPartnershipWhere] },
    select: select('public'),
  })
  return row ? build(row) : null
})

/**
 * The same view of any partnership with its drafts included, as it will look once it is published
 * with its contents: masked exactly like the public view. For the manage preview only; the caller
 * checks that the actor keeps this partnership.
 */
export async function getPartnershipPreview(id: string): Promise<PublicPartnership | null> {
  const row = await prisma.partnership.findUnique({ where: { id }, select: select('preview') })
  return row ? build(row) : null
}

/** The DTO with what needs a second query: confirmations of its lines and memoranda. */
async function build(row: Row): Promise<PublicPartnership> {
  const lines = row.projects.flatMap((pr) => pr.contributions)
  const [memoranda, confirmedLines] = await Promise.all([
    toPublicMemoranda(row.agreements),
    confirmedByBoth('Contribution', confirmingBodies({ entity: 'Contribution', rows: lines })),
  ])
  return toPublicPartnership(row, { memoranda, confirmedLines })
}
