import { Prisma } from '@/lib/generated/prisma/client'

// Shared by the audit trail (lib/audit.ts) and the seed's writer (prisma/seed/apply.ts): both decide
// what changed by comparing rows and store the rows as JSON, and must agree on both.

/** JSON-safe copy: bigint and Decimal as text, dates as ISO text. */
export function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)))
}

/** One text per value, equal for equal values whatever their JS type (Decimal, bigint, Date, JSON). */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'bigint') return `n:${value}`
  if (value instanceof Date) return `d:${value.toISOString()}`
  if (Prisma.Decimal.isDecimal(value)) return `n:${new Prisma.Decimal(value as Prisma.Decimal).toString()}`
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object')
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return `${typeof value}:${String(value)}`
}
