import 'server-only'
import { costShare, type CostShare } from '@/lib/contributions/cost-share'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

// What the public sees of a partnership: published rows, public fields only, withheld amounts
// replaced by a flag (ADR 005). The manage preview renders the same DTO "as if published", so what an
// editor previews is exactly what visitors will get. Contacts, internal notes, owners and people are
// never selected here.

const publicSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  sourceLocale: true,
  status: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  themes: true,
  publicationStatus: true,
  parties: {
    orderBy: { position: 'asc' },
    select: {
      nameAsReported: true,
      partyType: true,
      isLead: true,
      role: true,
      organization: { select: { slug: true, name: true, publicationStatus: true } },
    },
  },
  territories: {
    orderBy: [{ isPrimary: 'desc' }, { territoryId: 'asc' }],
    select: { territory: { select: { code: true, name: true, path: true } } },
  },
  projects: {
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      title: true,
      description: true,
      sourceLocale: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
      publicationStatus: true,
      territories: { select: { territory: { select: { code: true, name: true, path: true } } } },
      contributions: {
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          partyNameAsReported: true,
          partyType: true,
          partyOrganization: { select: { name: true, publicationStatus: true } },
          kind: true,
          amountMinor: true,
          currency: true,
          amountKgsMinor: true,
          amountUsdMinor: true,
          fxEstimated: true,
          valueDate: true,
          valueDatePrecision: true,
          valueDateEstimated: true,
          shareMin: true,
          shareMax: true,
          basis: true,
          isPledge: true,
          amountWithheld: true,
          valuationBasis: true,
          valuationNote: true,
          grantId: true,
          note: true,
          publicationStatus: true,
        },
      },
      outcomes: {
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          indicator: true,
          kind: true,
          value: true,
          qualifier: true,
          unit: true,
          date: true,
          datePrecision: true,
          disaggregation: true,
          note: true,
          publicationStatus: true,
        },
      },
    },
  },
} satisfies Prisma.PartnershipSelect

type Row = Prisma.PartnershipGetPayload<{ select: typeof publicSelect }>
type Place = { code: string; name: unknown; path: string }

export type PublicLedgerLine = {
  id: string
  partyName: unknown
  partyType: Row['projects'][number]['contributions'][number]['partyType']
  kind: string
  /** Null when withheld (or when the line has no amount). */
  amount: { minor: bigint; currency: string; kgsMinor: bigint | null; estimated: boolean } | null
  withheld: boolean
  /** Null when withheld: a share beside the other figures would reveal the amount. */
  share: { min: string; max: string } | null
  valueDate: { date: Date; precision: 'YEAR' | 'MONTH' | 'DAY' | null; estimated: boolean } | null
  valuationBasis: string | null
  valuationNote: unknown
  isPledge: boolean
  isRate: boolean
  isGrant: boolean
  note: unknown
}

export type PublicPartnership = {
  id: string
  slug: string
  title: unknown
  summary: unknown
  sourceLocale: Row['sourceLocale']
  status: Row['status']
  start: { date: Date; precision: Row['startPrecision'] } | null
  end: { date: Date; precision: Row['endPrecision'] } | null
  themes: string[]
  parties: { name: unknown; partyType: string; isLead: boolean; role: unknown; slug: string | null }[]
  places: Place[]
  projects: {
    id: string
    title: unknown
    description: unknown
    sourceLocale: Row['sourceLocale']
    start: { date: Date; precision: Row['startPrecision'] } | null
    end: { date: Date; precision: Row['endPrecision'] } | null
    places: Place[]
    ledger: PublicLedgerLine[]
    costShare: CostShare
    outcomes: Row['projects'][number]['outcomes']
  }[]
  /** Cost-share of all its projects together (withheld amounts excluded and counted). */
  costShare: CostShare
}

const period = (date: Date | null, precision: Row['startPrecision']) => (date ? { date, precision } : null)

/** The public DTO. `asIfPublished`: the preview of a draft — every row is treated as published. */
export function toPublicPartnership(p: Row, { asIfPublished }: { asIfPublished: boolean }): PublicPartnership {
  const shown = <T extends { publicationStatus: string }>(rows: T[]) =>
    asIfPublished ? rows : rows.filter((r) => r.publicationStatus === 'PUBLISHED')
  const projects = shown(p.projects).map((pr) => {
    const lines = shown(pr.contributions)
    const ledger: PublicLedgerLine[] = lines.map((c) => ({
      id: c.id,
      partyName:
        c.partyOrganization && (asIfPublished || c.partyOrganization.publicationStatus === 'PUBLISHED')
          ? c.partyOrganization.name
          : { en: c.partyNameAsReported },
      partyType: c.partyType,
      kind: c.kind,
      amount:
        c.amountWithheld || c.amountMinor === null || !c.currency
          ? null
          : { minor: c.amountMinor, currency: c.currency, kgsMinor: c.amountKgsMinor, estimated: c.fxEstimated },
      withheld: c.amountWithheld && c.amountMinor !== null,
      share:
        c.amountWithheld || c.shareMin === null
          ? null
          : { min: c.shareMin.toString(), max: (c.shareMax ?? c.shareMin).toString() },
      valueDate:
        c.valueDate && !c.amountWithheld
          ? { date: c.valueDate, precision: c.valueDatePrecision, estimated: c.valueDateEstimated }
          : null,
      valuationBasis: c.valuationBasis,
      valuationNote: c.amountWithheld ? null : c.valuationNote, // may quote the figure
      isPledge: c.isPledge,
      isRate: c.basis === 'RATE',
      isGrant: c.grantId !== null,
      note: c.note,
    }))
    return {
      id: pr.id,
      title: pr.title,
      description: pr.description,
      sourceLocale: pr.sourceLocale,
      start: period(pr.startDate, pr.startPrecision),
      end: period(pr.endDate, pr.endPrecision),
      places: pr.territories.map((t) => t.territory),
      ledger,
      costShare: costShare(lines, { forPublic: true }),
      outcomes: shown(pr.outcomes),
    }
  })
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    sourceLocale: p.sourceLocale,
    status: p.status,
    start: period(p.startDate, p.startPrecision),
    end: period(p.endDate, p.endPrecision),
    themes: p.themes,
    parties: p.parties.map((x) => {
      const visible = x.organization && (asIfPublished || x.organization.publicationStatus === 'PUBLISHED')
      return {
        name: visible ? x.organization!.name : { en: x.nameAsReported },
        partyType: x.partyType,
        isLead: x.isLead,
        role: x.role,
        slug: visible ? x.organization!.slug : null,
      }
    }),
    places: p.territories.map((t) => t.territory),
    projects,
    costShare: costShare(
      projects.flatMap((pr) => shown(p.projects.find((x) => x.id === pr.id)!.contributions)),
      { forPublic: true },
    ),
  }
}

/** A published partnership as the public sees it; null when it does not exist or is not published. */
export async function getPublicPartnership(id: string): Promise<PublicPartnership | null> {
  const row = await prisma.partnership.findUnique({ where: { id }, select: publicSelect })
  return row && row.publicationStatus === 'PUBLISHED' ? toPublicPartnership(row, { asIfPublished: false }) : null
}

/** The same view of any partnership, as if it and its contents were published (for the manage preview; the caller checks access). */
export async function getPartnershipPreview(id: string): Promise<PublicPartnership | null> {
  const row = await prisma.partnership.findUnique({ where: { id }, select: publicSelect })
  return row ? toPublicPartnership(row, { asIfPublished: true }) : null
}
