// The shapes the public sees, and the mappers that make them from database rows. Multilingual JSON is
// parsed here, once, so components receive typed text. A withheld amount is masked here together
// with everything it could be derived from (ADR 005): the stated share, the quantity, the rate, the
// value date, the valuation note, the note (which may quote the figure) and every conversion.
import type { Prisma } from '@/lib/generated/prisma/client'
import type {
  ContributionKind,
  DatePrecision,
  OutcomeKind,
  PartyForm,
  PartyType,
  RatePeriod,
  TerritoryKind,
  ValueQualifier,
} from '@/lib/generated/prisma/enums'
import { LocalizedText } from '@/lib/i18n/localized'
import { lineClass, type LineClass } from './totals'
import { parseBreakdown, type Breakdown } from '@/lib/outcomes/breakdown'

/** Multilingual text, parsed: {ky?, ru?, en?} with empty entries dropped. */
export type Text = LocalizedText

/** Parses a multilingual JSON column; anything that is not one is no text. */
export function text(value: unknown): Text | null {
  if (value === null || value === undefined) return null
  const parsed = LocalizedText.safeParse(value)
  return parsed.success && Object.keys(parsed.data).length ? parsed.data : null
}

/** Text that must exist (titles, names): an empty object when the column holds nothing usable. */
export const requiredText = (value: unknown): Text => text(value) ?? {}

export type PartialDate = { date: Date; precision: DatePrecision | null }
export const partialDate = (date: Date | null, precision: DatePrecision | null): PartialDate | null =>
  date ? { date, precision } : null

/** A record's start and end, each a partial date: select `periodSelect`, map with `period`. */
export const periodSelect = { startDate: true, startPrecision: true, endDate: true, endPrecision: true } as const
export type PeriodRow = {
  startDate: Date | null
  startPrecision: DatePrecision | null
  endDate: Date | null
  endPrecision: DatePrecision | null
}
export const period = (r: PeriodRow): { start: PartialDate | null; end: PartialDate | null } => ({
  start: partialDate(r.startDate, r.startPrecision),
  end: partialDate(r.endDate, r.endPrecision),
})

// ---- organizations --------------------------------------------------------------------------------

export const orgRefSelect = { select: { slug: true, name: true, publicationStatus: true } } as const
type OrgRow = { slug: string; name: unknown; publicationStatus: string }

export type OrgRef = { slug: string; name: Text }

/** An organization as a link: only when its own record is published. */
export function orgRef(o: OrgRow | null | undefined): OrgRef | null {
  return o && o.publicationStatus === 'PUBLISHED' ? { slug: o.slug, name: requiredText(o.name) } : null
}

/**
 * A party as the public may name it: a published organization (with the source's own words when
 * they differ), a party known only by name (a community, a person), or, for an organization whose
 * record is not public, nothing but the fact that there is one.
 */
export type PartyRef = {
  organization: OrgRef | null
  /** The source's words; null when they would name an organization that is not public. */
  asReported: string | null
}

export function partyRef(organization: OrgRow | null | undefined, nameAsReported: string | null): PartyRef {
  if (organization) {
    const ref = orgRef(organization)
    // Forms fill the column with one of the organization's own names when it is picked from the list:
    // that is no source's wording, and quoting it ("Kenesh aiyl okmotu" under "Кеңеш айыл өкмөтү") shows
    // a name nobody typed.
    const own = ref && nameAsReported && Object.values(ref.name).some((n) => sameName(n, nameAsReported))
    return { organization: ref, asReported: ref && !own ? nameAsReported : null }
  }
  return { organization: null, asReported: nameAsReported }
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/**
 * A name as the source (or the person entering it) wrote it, as text of no particular language: it is
 * shown as typed in every language, never badged as a fallback from English.
 */
export const reportedName = (name: string): Text => ({ ky: name, ru: name, en: name })

// ---- places -----------------------------------------------------------------------------------------

export const placeSelect = { select: { code: true, path: true, name: true, level: true, kind: true } } as const
export type Place = { code: string; path: string; name: Text; level: number; kind: TerritoryKind }
export const place = (t: { code: string; path: string; name: unknown; level: number; kind: TerritoryKind }): Place => ({
  code: t.code,
  path: t.path,
  name: requiredText(t.name),
  level: t.level,
  kind: t.kind,
})

// ---- contributions ----------------------------------------------------------------------------------

export const contributionSelect = {
  id: true,
  partyForm: true,
  partyNameAsReported: true,
  partyType: true,
  partyOrganization: { select: { slug: true, name: true, publicationStatus: true, kind: true } },
  // Who entered it and about whom: which local self-government confirms it (lib/public/confirmations.ts).
  ownerOrganizationId: true,
  partyOrganizationId: true,
  groupMembers: { select: { organization: orgRefSelect } },
  kind: true,
  nature: true,
  amountMinor: true,
  currency: true,
  valueDate: true,
  valueDatePrecision: true,
  valueDateEstimated: true,
  shareMin: true,
  shareMax: true,
  quantityValue: true,
  quantityUnit: true,
  unitValueMinor: true,
  quantityAsReported: true,
  basis: true,
  rateUnit: true,
  ratePeriod: true,
  isPledge: true,
  amountWithheld: true,
  valuationBasis: true,
  valuationNote: true,
  amountKgsMinor: true,
  amountUsdMinor: true,
  fxRateToKgs: true,
  fxUsdRateToKgs: true,
  fxRateDate: true,
  fxRateSource: true,
  fxEstimated: true,
  grantId: true,
  note: true,
  sourcePage: true,
  sourceDocument: { select: { citation: true } },
  publicationStatus: true,
} as const satisfies Prisma.ContributionSelect
export type ContributionRow = Prisma.ContributionGetPayload<{ select: typeof contributionSelect }>

export type PublicContribution = {
  id: string
  party: PartyRef
  partyForm: PartyForm
  groupMembers: OrgRef[]
  partyType: PartyType
  kind: ContributionKind
  nature: 'COST_SHARE' | 'TAX' | 'CONDITION'
  /** Its organization keeps the amount from the public: every figure below is null. */
  withheld: boolean
  /** How it enters totals (./totals.ts). */
  class: LineClass
  amount: { minor: bigint; currency: string } | null
  converted: {
    kgsMinor: bigint
    usdMinor: bigint | null
    rateToKgs: string | null
    usdRateToKgs: string | null
    rateDate: Date | null
    source: string | null
    estimated: boolean
  } | null
  valueDate: (PartialDate & { estimated: boolean }) | null
  share: { min: number; max: number } | null
  /** `unitValueMinor`: what one unit is worth, in the amount's currency (the amount is their product). */
  quantity: {
    value: number | null
    unit: string | null
    asReported: string | null
    unitValueMinor: bigint | null
  } | null
  rate: { unit: string | null; period: RatePeriod | null } | null
  pledge: boolean
  isGrant: boolean
  valuationBasis: string | null
  valuationNote: Text | null
  note: Text | null
  source: { citation: string; page: number | null } | null
  /** The local self-government it is about has confirmed it since its last change (never derived from a dispute). */
  confirmedByBoth: boolean
}

/** `confirmed`: the lines confirmed by both parties (lib/public/confirmations.ts). */
export function toPublicContribution(
  c: ContributionRow,
  confirmed: ReadonlySet<string> = new Set(),
): PublicContribution {
  const w = c.amountWithheld
  const shown = <T>(v: T): T | null => (w ? null : v)
  return {
    id: c.id,
    party: partyRef(c.partyOrganization, c.partyNameAsReported),
    partyForm: c.partyForm,
    groupMembers: c.groupMembers.flatMap((m) => orgRef(m.organization) ?? []),
    partyType: c.partyType,
    kind: c.kind,
    nature: c.nature,
    withheld: w,
    class: lineClass(c, true),
    amount: shown(c.amountMinor !== null && c.currency ? { minor: c.amountMinor, currency: c.currency } : null),
    converted: shown(
      c.amountKgsMinor !== null
        ? {
            kgsMinor: c.amountKgsMinor,
            usdMinor: c.amountUsdMinor,
            rateToKgs: c.fxRateToKgs?.toString() ?? null,
            usdRateToKgs: c.fxUsdRateToKgs?.toString() ?? null,
            rateDate: c.fxRateDate,
            source: c.fxRateSource,
            estimated: c.fxEstimated,
          }
        : null,
    ),
    valueDate: shown(
      c.valueDate ? { date: c.valueDate, precision: c.valueDatePrecision, estimated: c.valueDateEstimated } : null,
    ),
    share: shown(c.shareMin !== null ? { min: Number(c.shareMin), max: Number(c.shareMax ?? c.shareMin) } : null),
    quantity: shown(
      c.quantityValue !== null || c.quantityAsReported
        ? {
            value: c.quantityValue === null ? null : Number(c.quantityValue),
            unit: c.quantityUnit,
            asReported: c.quantityAsReported,
            unitValueMinor: c.unitValueMinor,
          }
        : null,
    ),
    rate: shown(c.basis === 'RATE' ? { unit: c.rateUnit, period: c.ratePeriod } : null),
    pledge: c.isPledge,
    isGrant: c.grantId !== null,
    valuationBasis: c.valuationBasis,
    valuationNote: shown(text(c.valuationNote)),
    note: shown(text(c.note)),
    source: c.sourceDocument ? { citation: c.sourceDocument.citation, page: c.sourcePage } : null,
    confirmedByBoth: confirmed.has(c.id),
  }
}

// ---- outcomes ---------------------------------------------------------------------------------------

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
  publicationStatus: true,
} as const satisfies Prisma.OutcomeSelect
export type OutcomeRow = Prisma.OutcomeGetPayload<{ select: typeof outcomeSelect }>

export type PublicOutcome = {
  id: string
  indicator: Text
  value: number
  qualifier: ValueQualifier
  unit: Text | null
  kind: OutcomeKind
  date: PartialDate | null
  /** By sex and age group, where the organization gave it. */
  breakdown: Breakdown | null
  note: Text | null
  source: { citation: string; page: number | null } | null
}

export function toPublicOutcome(o: OutcomeRow): PublicOutcome {
  return {
    id: o.id,
    indicator: requiredText(o.indicator),
    value: Number(o.value),
    qualifier: o.qualifier,
    unit: text(o.unit),
    kind: o.kind,
    date: partialDate(o.date, o.datePrecision),
    breakdown: parseBreakdown(o.disaggregation),
    note: text(o.note),
    source: o.sourceDocument ? { citation: o.sourceDocument.citation, page: o.sourcePage } : null,
  }
}

// ---- grants -----------------------------------------------------------------------------------------

export const grantSelect = {
  id: true,
  title: true,
  amountMinor: true,
  currency: true,
  amountWithheld: true,
  funder: orgRefSelect,
  recipient: orgRefSelect,
} as const satisfies Prisma.GrantSelect

export type PublicGrant = {
  id: string
  title: Text | null
  /** Null when withheld or not stated. */
  amount: { minor: bigint; currency: string } | null
  withheld: boolean
  funder: OrgRef | null
  recipient: OrgRef | null
}

export function toPublicGrant(g: Prisma.GrantGetPayload<{ select: typeof grantSelect }>): PublicGrant {
  return {
    id: g.id,
    title: text(g.title),
    amount:
      !g.amountWithheld && g.amountMinor !== null && g.currency ? { minor: g.amountMinor, currency: g.currency } : null,
    withheld: g.amountWithheld,
    funder: orgRef(g.funder),
    recipient: orgRef(g.recipient),
  }
}
