// The app's database client sets its session up the same way on every connection (lib/db.ts,
// SESSION_OPTIONS): JIT compilation off, because on the public aggregates it costs more than the
// queries themselves (docs/decisions/029-no-jit.md). PGlite is built without JIT (and ignores the
// option), so there the check is that JIT cannot run at all; on PostgreSQL (CI's second integration run)
// that the setting arrived.
import { afterAll, describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db'

afterAll(() => prisma.$disconnect())

describe('the app database session', () => {
  it('never JIT-compiles a query', async () => {
    const connections = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          prisma.$queryRaw<{ available: boolean; jit: string }[]>`
          SELECT pg_jit_available() AS available, current_setting('jit') AS jit`,
      ),
    )
    for (const [row] of connections) {
      if (row.available) expect(row.jit).toBe('off')
      else expect(row.available).toBe(false)
    }
  })

  it('plans an expensive aggregate without JIT', async () => {
    // A cross join big enough to pass jit_above_cost (100,000): with JIT on, EXPLAIN shows a "JIT" section.
    const plan = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT count(*) FROM generate_series(1, 1000000) a, generate_series(1, 1000) b WHERE a + b > 3`,
    )
    const text = plan.map((r) => r['QUERY PLAN']).join('\n')
    expect(text).toMatch(/Aggregate/)
    expect(text).not.toMatch(/JIT/)
  })
})
