// What public pages and the public API may read of each record: published rows, public fields only
// (no contacts, no internal notes, no withheld amounts). Every public query builds on these.
import type { Prisma } from '@/lib/generated/prisma/client'

export const published = { publicationStatus: 'PUBLISHED' } as const

export const orgRef = { select: { slug: true, name: true, kind: true, publicationStatus: true } } as const

export const contributionSelect = {
  id: true,
  partyForm: true,
  partyNameAsReported: true,
  partyType: true,
  partyOrganization: orgRef,
  groupMembers: { select: { organization: orgRef } },
  kind: true,
  amountMinor: true,
  currency: true,
  valueDate: true,
  valueDatePrecision: true,
  valueDateEstimated: true,
  shareMin: true,
  shareMax: true,
  quantityValue: true,
  quantityUnit: true,
  quantityAsReported: true,
  basis: true,
  rateUnit: true,
  ratePeriod: true,
  isPledge: true,
  amountWithheld: true,
  amountKgsMinor: true,
  amountUsdMinor: true,
  fxRateToKgs: true,
  fxUsdRateToKgs: true,
  fxRateDate: true,
  fxRateSource: true,
  fxEstimated: true,
  note: true,
  sourcePage: true,
  sourceDocument: { select: { citation: true } },
} as const satisfies Prisma.ContributionSelect

export const outcomeSelect = {
  id: true,
  indicator: true,
  value: true,
  qualifier: true,
  unit: true,
  kind: true,
  date: true,
  datePrecision: true,
  disaggregation: true,
  note: true,
  sourcePage: true,
  sourceDocument: { select: { citation: true } },
} as const satisfies Prisma.OutcomeSelect

type ContributionRow = Prisma.ContributionGetPayload<{ select: typeof contributionSelect }>
type OutcomeRow = Prisma.OutcomeGetPayload<{ select: typeof outcomeSelect }>

/** A contribution as the public sees it: a withheld amount is gone, with every figure derived from it. */
export function toPublicContribution(c: ContributionRow) {
  const withheld = c.amountWithheld
  return {
    id: c.id,
    partyForm: c.partyForm,
    party: c.partyNameAsReported,
    partyType: c.partyType,
    organization:
      c.partyOrganization?.publicationStatus === 'PUBLISHED'
        ? { slug: c.partyOrganization.slug, name: c.partyOrganization.name }
        : null,
    groupMembers: c.groupMembers
      .filter((m) => m.organization.publicationStatus === 'PUBLISHED')
      .map((m) => ({ slug: m.organization.slug, name: m.organization.name })),
    kind: c.kind,
    amountWithheld: withheld,
    amountMinor: withheld ? null : c.amountMinor,
    currency: withheld ? null : c.currency,
    valueDate: withheld ? null : c.valueDate,
    valueDatePrecision: withheld ? null : c.valueDatePrecision,
    valueDateEstimated: withheld ? false : c.valueDateEstimated,
    amountKgsMinor: withheld ? null : c.amountKgsMinor,
    amountUsdMinor: withheld ? null : c.amountUsdMinor,
    fxRateToKgs: withheld ? null : (c.fxRateToKgs?.toString() ?? null),
    fxUsdRateToKgs: withheld ? null : (c.fxUsdRateToKgs?.toString() ?? null),
    fxRateDate: withheld ? null : c.fxRateDate,
    fxRateSource: withheld ? null : c.fxRateSource,
    fxEstimated: withheld ? false : c.fxEstimated,
    shareMin: c.shareMin === null ? null : Number(c.shareMin),
    shareMax: c.shareMax === null ? null : Number(c.shareMax),
    quantityValue: c.quantityValue === null ? null : Number(c.quantityValue),
    quantityUnit: c.quantityUnit,
    quantityAsReported: c.quantityAsReported,
    basis: c.basis,
    rateUnit: c.rateUnit,
    ratePeriod: c.ratePeriod,
    isPledge: c.isPledge,
    note: c.note,
    source: c.sourceDocument ? { citation: c.sourceDocument.citation, page: c.sourcePage } : null,
  }
}
export type PublicContribution = ReturnType<typeof toPublicContribution>

export function toPublicOutcome(o: OutcomeRow) {
  return {
    id: o.id,
    indicator: o.indicator,
    value: Number(o.value),
    qualifier: o.qualifier,
    unit: o.unit,
    kind: o.kind,
    date: o.date,
    datePrecision: o.datePrecision,
    disaggregation: o.disaggregation,
    note: o.note,
    source: o.sourceDocument ? { citation: o.sourceDocument.citation, page: o.sourcePage } : null,
  }
}
export type PublicOutcome = ReturnType<typeof toPublicOutcome>
