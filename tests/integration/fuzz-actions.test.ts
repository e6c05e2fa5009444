// Fuzzing through the actions (issue 10, item 8b): for every server action, a few dozen generated calls
// in-process against the database, through the real action wrapper — the matrix's valid call for a
// fresh target (tests/setup/matrix-rows.ts), with some form fields replaced by generated values
// (tests/setup/fuzz-forms.ts) and now and then a forged bound argument, as an admin mostly (who gets
// furthest) and as the other roles. Every call must end as a success, a refusal or field errors: an
// unexpected exception (anything the wrapper does not know: a generic error, a log line, a throw) fails
// the test, and so does any row written in the run that breaks the invariants (invisible or control
// characters in text, amounts out of bounds, dates out of range or in the wrong order).
import '../setup/mock-next-boundary'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { idle, type FormState } from '@/lib/forms/state'
import { connect } from '../setup/db'
import { callShape, rowsWritten } from '../setup/fuzz-calls'
import { invariantsBroken, mutatedForm, validForms } from '../setup/fuzz-forms'
import { matrixContext, type matrixRows } from '../setup/matrix-rows'
import { PARTY_AO, type MatrixWorld } from '../setup/matrix-world'
import { actAs, RedirectSignal } from '../setup/next-boundary'
import { loadServerActions, type ServerActionEntry } from '../setup/server-actions'

/** Calls per action (the issue allows up to 50); FUZZ_CALLS raises it, FUZZ_SEED replays a run. */
const CALLS = Math.min(50, Number(process.env.FUZZ_CALLS ?? 24))
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))

const prisma = connect()
let w: MatrixWorld
let m: ReturnType<typeof matrixRows>
let actions: ServerActionEntry[]
let forms: ReturnType<typeof validForms>
let startedAt: Date

afterAll(async () => {
  await w?.cleanup()
  await prisma.$disconnect()
})

beforeAll(async () => {
  ;({ w, m } = await matrixContext(prisma))
  const territory = await prisma.territory.findUniqueOrThrow({ where: { code: PARTY_AO } })
  forms = validForms({
    org: w.orgs.owner.id,
    otherOrg: w.orgs.unrelated.id,
    lsg: w.orgs.partyAo.id,
    donor: w.orgs.donor.id,
    territory: territory.id,
  })
  actions = await loadServerActions()
  startedAt = new Date()
})

describe('server actions under fuzzing', () => {
  it(`end in success, refusal or field errors, and store only valid rows (${CALLS} calls per action)`, async () => {
    const logged: string[] = []
    const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
      logged.push(a.map(String).join(' ').slice(0, 300))
    })
    const totals = { actions: 0, calls: 0, succeeded: 0, refused: 0, invalid: 0, unexpected: 0 }
    const unexpected: string[] = []
    const shapes = fc.sample(callShape, { numRuns: CALLS * actions.length, seed: SEED })
    try {
      for (const entry of actions) {
        const row = m.rows.find((r) => r.action === entry.name)
        expect(row, `${entry.name} has no row in the matrix`).toBeDefined()
        totals.actions++
        for (let i = 0; i < CALLS; i++) {
          const shape = shapes[totals.calls++]
          const c = await row!.prepare(shape.role)
          const args = [...c.args]
          if (shape.forge && args.length) args[shape.forge[0] % args.length] = shape.forge[1]
          const base = { ...(forms[entry.name]?.() ?? {}), ...(c.form ?? {}) }
          const [fields] = fc.sample(
            mutatedForm(() => base),
            { numRuns: 1, seed: shape.formSeed },
          )
          const fd = new FormData()
          for (const [name, value] of fields) fd.append(name, value)
          const before = logged.length
          if (shape.role === 'anonymous') actAs(null)
          else actAs(await prisma.user.findUniqueOrThrow({ where: { id: w.users[shape.role].id } }))
          let what: string
          try {
            const state: FormState = await entry.action(...args, idle, fd)
            what = state.status === 'error' ? `error:${state.formError}` : state.status
          } catch (e) {
            // A redirect goes to a path of this app, never elsewhere (an open redirect is unexpected too).
            if (e instanceof RedirectSignal && (!e.href.startsWith('/') || e.href.startsWith('//')))
              what = `threw redirect off the site: ${e.href}`
            else what = e instanceof RedirectSignal ? (e.toSignIn ? 'error:signIn' : 'saved') : `threw ${String(e)}`
          } finally {
            actAs(null)
          }
          const label = `${entry.name} as ${shape.role} (seed ${SEED}, call ${totals.calls})`
          if (what.startsWith('threw') || what === 'error:generic' || logged.length > before) {
            totals.unexpected++
            unexpected.push(`${label}: ${what} ${logged.slice(before).join(' | ')}`)
          } else if (what === 'saved' || what === 'idle') totals.succeeded++
          else if (what === 'invalid' || what === 'conflict') totals.invalid++
          else totals.refused++
        }
      }
    } finally {
      spy.mockRestore()
    }
    const written = await rowsWritten(prisma, startedAt)
    const invalidRows = written.flatMap(({ table, row }) =>
      invariantsBroken(row).map((b) => `${table} ${(row as { id?: string }).id}: ${b}`),
    )
    console.info(
      `[fuzz-actions] seed: ${SEED}, actions: ${totals.actions}, calls: ${totals.calls}, succeeded: ${totals.succeeded}, ` +
        `refused: ${totals.refused}, invalid input: ${totals.invalid}, unexpected: ${totals.unexpected}, ` +
        `rows written: ${written.length}, invalid rows: ${invalidRows.length}`,
    )
    expect(unexpected).toEqual([])
    expect(invalidRows).toEqual([])
    expect(
      totals.succeeded,
      'some generated calls must get through (the fuzzing reaches the database)',
    ).toBeGreaterThan(actions.length)
  })
})
