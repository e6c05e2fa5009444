// Freshness for `npm run bench` (issue 14): how long after a write through the app the public oblast page
// shows it. The write is a real server action over HTTP, as the browser sends it (the build's action id,
// Next's own encoder: tests/e2e/http-actions.ts), signed in through Auth.js as a bench administrator:
// withdraw one published partnership of the oblast (setPublicationAction → DRAFT), poll the oblast page
// on every reader instance until its partnership count drops by one, then publish it again and poll
// until the count is back. The data ends as it began, except the partnership's version and the
// audit/history rows of the two changes, and the bench administrator's account (kept for the next run).
//
// Run by scripts/bench.mjs with tsx: DATABASE_URL (the benchmark database), FRESH_WRITER (the origin
// the action is posted to), FRESH_READERS (comma-separated origins polled), FRESH_OBLAST (the oblast's
// path), NEXT_DIST_DIR (the build). Prints one JSON line: { samples: [...] } or { error }.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { hashPassword } from '../lib/auth/password'
import { builtActions, encodeActionBody, pageUrlFor, readActionResponse } from '../tests/e2e/http-actions'

const BENCH_ADMIN = 'bench-freshness@bench.invalid'
const POLL_LIMIT_MS = Number(process.env.FRESH_POLL_LIMIT_MS ?? 120_000)
const writer = process.env.FRESH_WRITER ?? ''
const readers = (process.env.FRESH_READERS ?? writer).split(',').filter(Boolean)
const oblast = process.env.FRESH_OBLAST ?? 'kg-t'

type Sample = { change: string; reader: string; ms: number | null; polls: number; lastPollMs: number }

const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
try {
  await db.connect()
  console.log(JSON.stringify(await run()))
} catch (e) {
  console.log(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }))
  process.exitCode = 1
} finally {
  await db.end()
}

async function run() {
  const target = await pickPartnership()
  const session = await signIn(await ensureAdmin())
  const action = builtActions(process.env.NEXT_DIST_DIR || '.next').find((a) => a.name === 'setPublicationAction')
  if (!action) throw new Error('setPublicationAction is not in the build')
  const before = await Promise.all(readers.map(async (r) => (await countOn(r)).count))
  const samples: Sample[] = []
  let withdrawn = false
  try {
    await publish(action, session, target, 'DRAFT')
    withdrawn = true
    samples.push(
      ...(await pollAll(
        'withdraw',
        before.map((n) => n - 1),
      )),
    )
    await publish(action, session, target, 'PUBLISHED')
    withdrawn = false
    samples.push(...(await pollAll('publish again', before)))
  } finally {
    if (withdrawn) await publish(action, session, target, 'PUBLISHED')
  }
  return { partnership: target.slug, before, samples }
}

/** A published partnership of the oblast with a seed id (bound ids must be cuid-shaped; bench ids are not). */
async function pickPartnership() {
  const { rows } = await db.query<{ id: string; slug: string }>(
    `SELECT DISTINCT p.id, p.slug FROM "Partnership" p
       JOIN "PartnershipTerritory" pt ON pt."partnershipId" = p.id
       JOIN "Territory" t ON t.id = pt."territoryId"
     WHERE (t.path = $1 OR t.path LIKE $1 || '/%') AND p."publicationStatus" = 'PUBLISHED'
       AND p.id ~ '^c[a-z0-9]{24}$'
     ORDER BY p.slug LIMIT 1`,
    [oblast],
  )
  if (!rows[0]) throw new Error(`no published seed partnership in ${oblast}`)
  return rows[0]
}

async function version(id: string): Promise<number> {
  const { rows } = await db.query<{ version: number }>('SELECT version FROM "Partnership" WHERE id = $1', [id])
  return rows[0].version
}

/** The bench administrator, with a fresh random password each run (nothing to keep secret afterwards). */
async function ensureAdmin(): Promise<string> {
  const password = randomBytes(18).toString('base64url')
  const id = `c${randomBytes(16).toString('hex').slice(0, 24)}`
  await db.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "globalRole", locale, "updatedAt")
     VALUES ($1, $2, 'Benchmark', $3, 'ADMIN', 'en', now())
     ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "disabledAt" = NULL`,
    [id, BENCH_ADMIN, await hashPassword(password)],
  )
  return password
}

/** Signs in through Auth.js's credentials callback, as the sign-in page does; returns the Cookie header. */
async function signIn(password: string): Promise<string> {
  const jar: Record<string, string> = {}
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [name, ...value] = c.split(';')[0].split('=')
      jar[name.trim()] = value.join('=')
    }
  }
  const header = () =>
    Object.entries(jar)
      .map((kv) => kv.join('='))
      .join('; ')
  const csrf = await fetch(`${writer}/api/auth/csrf`)
  keep(csrf)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const res = await fetch(`${writer}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({ email: BENCH_ADMIN, password, csrfToken, callbackUrl: '/en' }),
  })
  keep(res)
  if (!Object.keys(jar).some((k) => k.endsWith('authjs.session-token')))
    throw new Error(`the bench administrator could not sign in: ${res.status} ${res.headers.get('location')}`)
  return header()
}

async function publish(
  action: ReturnType<typeof builtActions>[number],
  cookie: string,
  target: { id: string },
  to: 'DRAFT' | 'PUBLISHED',
) {
  const args = ['Partnership', target.id, await version(target.id), to, false, `/manage/partnerships/${target.id}`]
  const body = await encodeActionBody(action.id, [...args, new FormData()])
  const res = await fetch(`${writer}${pageUrlFor(action, 'en')}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      accept: 'text/x-component',
      'next-action': action.id,
      origin: writer,
      cookie,
      ...(typeof body === 'string' ? { 'content-type': 'text/plain;charset=UTF-8' } : {}),
    },
    body,
  })
  const r = await readActionResponse(res)
  if (!r.redirect?.includes(to === 'DRAFT' ? 'withdrawn=' : 'published='))
    throw new Error(`the action did not succeed: ${r.status} ${r.redirect ?? JSON.stringify(r.result)}`)
}

/** The oblast page's partnership count (the `data-count="partnerships"` figure). */
async function countOn(origin: string): Promise<{ count: number; ms: number }> {
  const t = performance.now()
  const res = await fetch(`${origin}/en/places/${oblast}`, { signal: AbortSignal.timeout(POLL_LIMIT_MS) })
  const html = await res.text()
  const m = /data-count="partnerships"[^>]*>(?:<!-- -->)?([\d,]+)/.exec(html)
  if (!m) throw new Error(`${origin}: no partnership count on the oblast page (${res.status})`)
  return { count: Number(m[1].replace(/,/g, '')), ms: performance.now() - t }
}

/** From the write's answer until each reader's page shows `expected` (one poll after another, no pause). */
async function pollAll(change: string, expected: number[]): Promise<Sample[]> {
  const written = performance.now()
  return Promise.all(
    readers.map(async (reader, i) => {
      let polls = 0
      let lastPollMs = 0
      while (performance.now() - written < POLL_LIMIT_MS) {
        const { count, ms } = await countOn(reader)
        polls++
        lastPollMs = Math.round(ms)
        if (count === expected[i])
          return { change, reader, ms: Math.round(performance.now() - written), polls, lastPollMs }
      }
      return { change, reader, ms: null, polls, lastPollMs }
    }),
  )
}
