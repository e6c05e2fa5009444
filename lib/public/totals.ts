// The one rule of what adds up (ADR 001, 005, 008). Every ledger line falls in exactly one class, and
// only 'counted' lines enter a total or a share:
// - noAmount:     no amount (a share, a quantity or a description only);
// - notCostShare: a tax or a condition (Contribution.nature), never a share of the cost;
// - rate:         an amount per unit of time or work, not a sum;
// - pledge:       promised, not given;
// - withheld:     kept from the public by its organization (public figures only);
// - unconverted:  in a currency without a rate to som;
// - counted:      everything else.
// `lineClass` decides it for lines in memory (a record's ledger); `lineClassSql` is the same rule for
// aggregates in the database. tests/integration/public-boundary.test.ts checks that both agree on
// every line of the seeded data and of the planted-secrets fixture.
import { Prisma } from '@/lib/generated/prisma/client'
import type { PartyType } from '@/lib/generated/prisma/enums'

export const lineClasses = ['noAmount', 'notCostShare', 'rate', 'pledge', 'withheld', 'unconverted', 'counted'] as const
export type LineClass = (typeof lineClasses)[number]

export type TotalsLine = {
  partyType: PartyType
  amountMinor: bigint | null
  amountKgsMinor: bigint | null
  amountUsdMinor: bigint | null
  basis: 'LUMP_SUM' | 'RATE'
  isPledge: boolean
  amountWithheld: boolean
  nature: 'COST_SHARE' | 'TAX' | 'CONDITION'
  fxEstimated: boolean
}

export function lineClass(
  l: Omit<TotalsLine, 'partyType' | 'fxEstimated' | 'amountUsdMinor'>,
  forPublic: boolean,
): LineClass {
  if (l.amountMinor === null) return 'noAmount'
  if (l.nature !== 'COST_SHARE') return 'notCostShare'
  if (l.basis === 'RATE') return 'rate'
  if (l.isPledge) return 'pledge'
  if (forPublic && l.amountWithheld) return 'withheld'
  if (l.amountKgsMinor === null) return 'unconverted'
  return 'counted'
}

/** The same rule for Contribution `c` in SQL: a text column with the class name. */
export function lineClassSql(alias: string, forPublic = true): Prisma.Sql {
  if (!/^[a-z][a-z0-9_]*$/.test(alias)) throw new Error(`not an SQL alias: ${alias}`)
  const c = Prisma.raw(alias)
  return Prisma.sql`(CASE
    WHEN ${c}."amountMinor" IS NULL THEN 'noAmount'
    WHEN ${c}.nature <> 'COST_SHARE' THEN 'notCostShare'
    WHEN ${c}.basis = 'RATE' THEN 'rate'
    WHEN ${c}."isPledge" THEN 'pledge'
    ${forPublic ? Prisma.sql`WHEN ${c}."amountWithheld" THEN 'withheld'` : Prisma.empty}
    WHEN ${c}."amountKgsMinor" IS NULL THEN 'unconverted'
    ELSE 'counted' END)`
}

export type Money = { kgsMinor: bigint; usdMinor: bigint }

/** What a set of lines adds up to, by party type, with how many lines of each class it rests on. */
export type CostShare = {
  /** One row per party type that has lines; `amount` is null when none of its lines is counted. */
  byPartyType: { partyType: PartyType; amount: Money | null; lines: number; counted: number }[]
  /** Null when no line is counted: an unknown total, not zero. */
  total: Money | null
  lines: number
  classes: Record<LineClass, number>
  /** Counted lines whose conversion is an estimate. */
  estimated: number
}

export function costShare(lines: readonly TotalsLine[], { forPublic }: { forPublic: boolean }): CostShare {
  const classes = Object.fromEntries(lineClasses.map((k) => [k, 0])) as Record<LineClass, number>
  const by = new Map<PartyType, { amount: Money | null; lines: number; counted: number }>()
  let total: Money | null = null
  let estimated = 0
  for (const l of lines) {
    const cls = lineClass(l, forPublic)
    classes[cls]++
    const g = by.get(l.partyType) ?? { amount: null, lines: 0, counted: 0 }
    g.lines++
    if (cls === 'counted') {
      const add = { kgsMinor: l.amountKgsMinor!, usdMinor: l.amountUsdMinor ?? 0n }
      g.amount = plus(g.amount, add)
      g.counted++
      total = plus(total, add)
      if (l.fxEstimated) estimated++
    }
    by.set(l.partyType, g)
  }
  const byPartyType = [...by.entries()]
    .map(([partyType, g]) => ({ partyType, ...g }))
    .sort((a, b) => compareMoney(b.amount, a.amount))
  return { byPartyType, total, lines: lines.length, classes, estimated }
}

/** A part of a total as a fraction (exact to 1e-6), or null when either is unknown. */
export function fractionOf(part: Money | null, whole: Money | null): number | null {
  if (!part || !whole || whole.kgsMinor <= 0n) return null
  return Number((part.kgsMinor * 1_000_000n) / whole.kgsMinor) / 1_000_000
}

function plus(a: Money | null, b: Money): Money {
  return a ? { kgsMinor: a.kgsMinor + b.kgsMinor, usdMinor: a.usdMinor + b.usdMinor } : b
}

function compareMoney(a: Money | null, b: Money | null): number {
  const x = a?.kgsMinor ?? -1n
  const y = b?.kgsMinor ?? -1n
  return x > y ? 1 : x < y ? -1 : 0
}
