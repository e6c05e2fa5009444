// The cost-share of a set of ledger lines, by party type. Pure, so the manage pages, the public
// preview and the public atlas compute it the same way (ADR 001 and 005):
// - rates, pledges, taxes and conditions never enter totals (a tax or a condition is not a cost share);
// - a withheld amount never enters a public total, and the number of withheld lines is given instead;
// - lines without a conversion (no rate for their currency) are counted, not summed;
// - a grant counts once because sums read ledger lines only (Contribution.grantId is unique).
import type { ContributionNature, PartyType } from '@/lib/generated/prisma/enums'

export type LedgerLine = {
  partyType: PartyType
  amountMinor: bigint | null
  amountKgsMinor: bigint | null
  amountUsdMinor: bigint | null
  basis: 'LUMP_SUM' | 'RATE'
  isPledge: boolean
  amountWithheld: boolean
  fxEstimated: boolean
  /** Absent: a cost share (callers that do not select it keep their lines as before). */
  nature?: ContributionNature
}

export type CostShare = {
  byPartyType: { partyType: PartyType; kgsMinor: bigint; usdMinor: bigint; lines: number }[]
  totalKgsMinor: bigint
  totalUsdMinor: bigint
  /** Lines summed. */
  counted: number
  /** Lines with an amount kept from the public (only when `forPublic`). */
  withheld: number
  unconverted: number
  pledges: number
  rates: number
  /** Lines with an amount that record a tax or a condition, not a cost share. */
  notCostShare: number
  /** Summed lines whose conversion is an estimate. */
  estimated: number
}

export function costShare(lines: readonly LedgerLine[], { forPublic }: { forPublic: boolean }): CostShare {
  const by = new Map<PartyType, { kgsMinor: bigint; usdMinor: bigint; lines: number }>()
  const out: CostShare = {
    byPartyType: [],
    totalKgsMinor: 0n,
    totalUsdMinor: 0n,
    counted: 0,
    withheld: 0,
    unconverted: 0,
    pledges: 0,
    rates: 0,
    notCostShare: 0,
    estimated: 0,
  }
  for (const l of lines) {
    if (l.amountMinor === null) continue // a share or a description only
    if (l.nature !== undefined && l.nature !== 'COST_SHARE') {
      out.notCostShare++
      continue
    }
    if (l.basis === 'RATE') {
      out.rates++
      continue
    }
    if (l.isPledge) {
      out.pledges++
      continue
    }
    if (forPublic && l.amountWithheld) {
      out.withheld++
      continue
    }
    if (l.amountKgsMinor === null) {
      out.unconverted++
      continue
    }
    const g = by.get(l.partyType) ?? { kgsMinor: 0n, usdMinor: 0n, lines: 0 }
    g.kgsMinor += l.amountKgsMinor
    g.usdMinor += l.amountUsdMinor ?? 0n
    g.lines++
    by.set(l.partyType, g)
    out.totalKgsMinor += l.amountKgsMinor
    out.totalUsdMinor += l.amountUsdMinor ?? 0n
    out.counted++
    if (l.fxEstimated) out.estimated++
  }
  out.byPartyType = [...by.entries()]
    .map(([partyType, g]) => ({ partyType, ...g }))
    .sort((a, b) => (b.kgsMinor > a.kgsMinor ? 1 : b.kgsMinor < a.kgsMinor ? -1 : 0))
  return out
}
