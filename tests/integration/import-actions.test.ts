// The import page's actions through the authorization matrix's own rows (tests/setup/matrix-rows.ts),
// role by role, as the full matrix runs them: refused calls change no row, allowed calls succeed. A
// quick check of the three rows the importer added; the full matrix covers every action.
import '../setup/mock-next-boundary'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, matrixChecksums } from '../setup/db'
import { ROLES, type MatrixWorld } from '../setup/matrix-world'
import { callAction, matrixContext, type matrixRows } from '../setup/matrix-rows'
import * as importActionModule from '@/lib/import/actions'
import type { CallableAction } from '../setup/server-actions'

const prisma = connect()
let w: MatrixWorld
let m: ReturnType<typeof matrixRows>
beforeAll(async () => {
  ;({ w, m } = await matrixContext(prisma))
})
afterAll(async () => {
  await w?.cleanup()
  await prisma.$disconnect()
})

describe('import actions × roles', () => {
  it('refuses (rows unchanged) or allows each role as its matrix row says', async () => {
    const actions = { ...importActionModule } as unknown as Record<string, CallableAction>
    const rows = m.rows.filter((r) => r.action in actions)
    expect(rows.map((r) => r.action).sort()).toEqual(Object.keys(actions).sort())
    const violations: string[] = []
    for (const row of rows)
      for (const role of ROLES) {
        const c = await row.prepare(role)
        const allowed = row.allowed.includes(role)
        const before = allowed ? {} : await matrixChecksums(prisma)
        const entry = { module: 'lib/import/actions.ts', name: row.action, action: actions[row.action] }
        const result = await callAction(prisma, w, entry, role, c)
        if (allowed !== result.ok) violations.push(`${row.action} as ${role}: ${result.what}`)
        if (!allowed) {
          const after = await matrixChecksums(prisma)
          const changed = Object.keys(after).filter((t) => after[t] !== before[t])
          if (changed.length) violations.push(`${row.action} as ${role}: refused but changed ${changed.join(', ')}`)
        }
      }
    expect(violations).toEqual([])
  })
})
