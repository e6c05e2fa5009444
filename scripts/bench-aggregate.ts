// The national cost-share aggregate for `npm run bench` (issue 14), uncached: the app's own readers
// called directly, no data cache in between. `getMoneyFigures({ kind: 'national' })` is what the home
// page shows (read from the cost-share rollup, ADR 023); `getMoneyFiguresFromLedger` computes the same
// figures from every public ledger line, the rollup's definition. Each is timed several times in a row
// (the first includes the connection); the two must agree, or the run says so.
//
// Run by scripts/bench.mjs with `tsx --conditions=react-server`: DATABASE_URL (the benchmark database,
// its server running). Prints one JSON line: { rollup: ms[], ledger: ms[], lines, equal } or { error }.
import { getMoneyFigures, getMoneyFiguresFromLedger } from '@/lib/public/money'
import { prisma } from '@/lib/db'

const ROLLUP_RUNS = 7
const LEDGER_RUNS = 3

async function timed<T>(fn: () => Promise<T>, runs: number): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = []
  let last: T | undefined
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    last = await fn()
    ms.push(Math.round((performance.now() - t) * 10) / 10)
  }
  return { ms, last: last as T }
}

/** The figures as text (bigints as digits, the party rows in a fixed order) for the comparison. */
function canonical(f: Awaited<ReturnType<typeof getMoneyFigures>>): string {
  const rows = [...f.rows].sort((a, b) => a.partyType.localeCompare(b.partyType))
  return JSON.stringify({ ...f, rows }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
}

try {
  const rollup = await timed(() => getMoneyFigures({ kind: 'national' }), ROLLUP_RUNS)
  const ledger = await timed(() => getMoneyFiguresFromLedger({ kind: 'national' }), LEDGER_RUNS)
  console.log(
    JSON.stringify({
      rollup: rollup.ms,
      ledger: ledger.ms,
      lines: rollup.last.lines,
      counted: rollup.last.counted,
      equal: canonical(rollup.last) === canonical(ledger.last),
    }),
  )
} catch (e) {
  console.log(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }))
  process.exitCode = 1
} finally {
  await prisma.$disconnect()
}
