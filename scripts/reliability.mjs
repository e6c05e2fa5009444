#!/usr/bin/env node
// `npm run test:reliability`: load, crash and backup runs against the production build, bounded to a few
// minutes (docs/RELIABILITY.md has the figures of the last run).
//
// 1. Concurrency, on the embedded PGlite and on PostgreSQL 15: `next start` through the launcher in the
//    test mode; 50 writers (parent + child in one transaction, straight through the same database
//    server with pg) and 200 HTTP readers (the API and public pages, each answer checked to be the one
//    asked for) for RELIABILITY_SECONDS (30). Then: 0 errors, 0 foreign answers, rows = acknowledged writes.
// 2. Crash, on PGlite: kill -9 of the whole process group we started (launcher, Next, the embedded
//    server) during a write burst, three times; after each restart on the same data directory every
//    acknowledged write is there and no parent is without its child.
// 3. Backup and restore: `scripts/db-backup.mjs` round trip (backup → wipe → restore) on both, with
//    identical row counts and per-table checksums.
// PostgreSQL: a database of our own on RELIABILITY_PG_URL (default the machine's 127.0.0.1:5432), dropped
// at the end; never the server itself. RELIABILITY_SKIP_POSTGRES=1 skips its half.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import pg from 'pg'
import { embeddedUrl } from './embedded-db.mjs'
import { loadTestEnv } from './load-test-env.mjs'

const SECONDS = Number(process.env.RELIABILITY_SECONDS ?? 30)
const PGLITE_PORT = Number(process.env.RELIABILITY_PGLITE_PORT ?? 5702)
const APP_PORT = Number(process.env.RELIABILITY_APP_PORT ?? 3702)
const PG_URL = process.env.RELIABILITY_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const DIR = '.data/reliability/pglite'
const WRITERS = 50
const READERS = 200

const base = loadTestEnv({
  DATABASE_URL: '',
  PGLITE_DIR: DIR,
  PGLITE_PORT: String(PGLITE_PORT),
})
const started = new Set()
const figures = {}
const violations = []
process.on('exit', () => {
  for (const child of started) killGroup(child, 'SIGKILL')
})

const t0 = performance.now()
if (!existsSync('.next/BUILD_ID')) {
  step('next build (no build found)')
  if ((await exec('next', ['build'])) !== 0) finish('next build failed')
}

step('PGlite: concurrency')
rmSync('.data/reliability', { recursive: true, force: true })
let app = await startApp({ PGLITE_FRESH: '1' })
const pgliteUrl = () => embeddedUrl(PGLITE_PORT, readFileSync(`${DIR}.password`, 'utf8').trim())
figures.pglite = await load(pgliteUrl())

step('PGlite: crash during a write burst (kill -9 of launcher, Next and the embedded server)')
figures.crash = []
figures.crash.push(await crash(app, pgliteUrl()))
for (let run = 2; run <= 3; run++) figures.crash.push(await crash(await startDatabase(), pgliteUrl()))

step('PGlite: backup, wipe, restore')
figures.pgliteBackup = await roundTrip({
  url: pgliteUrl,
  start: startDatabase,
  wipe: () => rmSync(DIR, { recursive: true, force: true }),
  env: {},
})

if (process.env.RELIABILITY_SKIP_POSTGRES === '1') console.log('PostgreSQL half skipped (RELIABILITY_SKIP_POSTGRES=1)')
else {
  const name = `registry_reliability_${process.pid}`
  const dbUrl = Object.assign(new URL(PG_URL), { pathname: `/${name}` }).href
  const admin = async (sql) => {
    const c = new pg.Client({ connectionString: PG_URL })
    await c.connect()
    try {
      await c.query(sql)
    } finally {
      await c.end()
    }
  }
  await admin(`CREATE DATABASE "${name}"`)
  try {
    step(`PostgreSQL: concurrency (database ${name}, migrated and seeded by the launcher)`)
    app = await startApp({ DATABASE_URL: dbUrl })
    figures.postgres = await load(dbUrl)
    await stop(app)
    step('PostgreSQL: backup, wipe (drop and create the database), restore')
    figures.postgresBackup = await roundTrip({
      url: () => dbUrl,
      start: null,
      wipe: async () => {
        await admin(`DROP DATABASE "${name}" WITH (FORCE)`)
        await admin(`CREATE DATABASE "${name}"`)
      },
      env: { DATABASE_URL: dbUrl },
    })
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
}
finish()

// ---------------------------------------------------------------------------------------------------

async function load(dbUrl) {
  const origin = `http://127.0.0.1:${APP_PORT}`
  const pool = new pg.Pool({ connectionString: dbUrl, max: 20 })
  await createTables(pool)
  const before = Number((await pool.query('SELECT count(*) FROM reliability_parent')).rows[0].count)
  const territories = []
  for (const level of [1, 2, 3]) territories.push(...(await getJson(`${origin}/api/v1/territories?level=${level}`)))
  const caseStudies = await getJson(`${origin}/api/v1/case-studies`)
  const s = { writes: 0, reads: 0, errors: 0, foreign: 0, samples: [], latency: [] }
  const fail = (kind, message) => {
    if (kind === 'foreign') s.foreign++
    else s.errors++
    if (s.samples.length < 10) s.samples.push(`${kind}: ${message}`)
  }
  const acked = new Set()
  const deadline = Date.now() + SECONDS * 1000
  const writer = async (w) => {
    while (Date.now() < deadline) {
      const token = randomUUID()
      try {
        if (await writePair(pool, token, w)) acked.add(token)
        else fail('foreign', `write ${token} got another row back`)
      } catch (e) {
        fail('error', `write: ${e.message}`)
      }
    }
  }
  const reader = async () => {
    while (Date.now() < deadline) {
      const t = territories[Math.floor(Math.random() * territories.length)]
      const c = caseStudies[Math.floor(Math.random() * caseStudies.length)]
      const pick = Math.random()
      const started = performance.now()
      try {
        if (pick < 0.5) {
          const body = await getJson(`${origin}/api/v1/territories/${t.code}`)
          if (body.code !== t.code) fail('foreign', `territory ${t.code} answered ${body.code}`)
        } else if (pick < 0.7) {
          const body = await getJson(`${origin}/api/v1/case-studies/${c.id}`)
          if (body.id !== c.id) fail('foreign', `case study ${c.id} answered ${body.id}`)
        } else if (pick < 0.95) {
          const res = await fetch(new URL(t.url, origin))
          const html = await res.text()
          if (res.status !== 200) fail('error', `${t.url}: ${res.status}`)
          else if (!html.includes(escapeHtml(t.names.en))) fail('foreign', `${t.url} does not name ${t.names.en}`)
        } else {
          const body = await getJson(`${origin}/api/health`)
          if (body.status !== 'ok' || body.database?.status !== 'up') fail('error', `health: ${JSON.stringify(body)}`)
        }
        s.reads++
        s.latency.push(performance.now() - started)
      } catch (e) {
        fail('error', `read: ${e.message}`)
      }
    }
  }
  const t = performance.now()
  await Promise.all([
    ...Array.from({ length: WRITERS }, (_, w) => writer(w)),
    ...Array.from({ length: READERS }, () => reader()),
  ])
  const elapsed = (performance.now() - t) / 1000
  const rows = await counts(pool)
  await pool.end()
  s.writes = acked.size
  if (rows.parents - before !== acked.size)
    fail('rows', `${rows.parents - before} new rows for ${acked.size} acknowledged writes`)
  if (rows.childless || rows.parents !== rows.children) fail('rows', `half-written pairs: ${JSON.stringify(rows)}`)
  s.latency.sort((a, b) => a - b)
  const result = {
    seconds: Math.round(elapsed),
    writes: s.writes,
    writesPerSecond: Math.round(s.writes / elapsed),
    reads: s.reads,
    readsPerSecond: Math.round(s.reads / elapsed),
    readP50ms: Math.round(s.latency[Math.floor(s.latency.length / 2)] ?? 0),
    readP95ms: Math.round(s.latency[Math.floor(s.latency.length * 0.95)] ?? 0),
    errors: s.errors,
    foreign: s.foreign,
    samples: s.samples,
  }
  console.log(result)
  if (s.errors || s.foreign) violations.push(`concurrency: ${s.errors} errors, ${s.foreign} foreign answers`)
  return result
}

async function crash(server, dbUrl) {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 20 })
  // The kill cuts every connection, idle or in use: those writes are in doubt, not acknowledged.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  await createTables(pool)
  const acked = []
  let stopped = false
  const burst = Array.from({ length: 20 }, async (_, w) => {
    while (!stopped) {
      const token = randomUUID()
      try {
        if (await writePair(pool, token, 1000 + w)) acked.push(token)
      } catch {
        return // the connection died with the server: this write is in doubt, not acknowledged
      }
    }
  })
  await new Promise((r) => setTimeout(r, 2000 + Math.random() * 2000))
  killGroup(server, 'SIGKILL')
  await new Promise((r) => server.once('exit', r))
  stopped = true
  await Promise.all(burst)
  await pool.end().catch(() => {})

  const restarted = await startDatabase()
  const client = new pg.Client({ connectionString: pgliteUrl() })
  await client.connect()
  const { rows } = await client.query('SELECT token FROM reliability_parent WHERE token = ANY($1)', [acked])
  const after = await counts(client)
  await client.end()
  await stop(restarted)
  const lost = acked.length - rows.length
  const result = { acknowledged: acked.length, lost, halfWritten: after.childless + (after.parents - after.children) }
  console.log(result)
  if (lost || result.halfWritten)
    violations.push(`crash: ${lost} acknowledged writes lost, ${result.halfWritten} half-written`)
  return result
}

async function roundTrip({ url, start, wipe, env }) {
  const server = start ? await startDatabase() : null
  const before = await fingerprint(url())
  if (server) await stop(server)
  const file = `.data/reliability/backup-${start ? 'pglite.tar.gz' : 'postgres.dump'}`
  const t = performance.now()
  if ((await exec('node', ['scripts/db-backup.mjs', 'backup', file], env)) !== 0) finish('backup failed')
  const backupMs = Math.round(performance.now() - t)
  await wipe()
  const t2 = performance.now()
  if ((await exec('node', ['scripts/db-backup.mjs', 'restore', file], env)) !== 0) finish('restore failed')
  const restoreMs = Math.round(performance.now() - t2)
  const again = start ? await startDatabase() : null
  const after = await fingerprint(url())
  if (again) await stop(again)
  const differ = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t])
  const rows = Object.values(before).reduce((n, f) => n + Number(f.split(':')[0]), 0)
  const result = { tables: Object.keys(before).length, rows, backupMs, restoreMs, differ }
  console.log(result)
  if (differ.length) violations.push(`backup round trip: tables differ: ${differ.join(', ')}`)
  return result
}

async function createTables(db) {
  await db.query(`CREATE TABLE IF NOT EXISTS reliability_parent (
    id bigserial PRIMARY KEY, token text NOT NULL UNIQUE, writer int NOT NULL, at timestamptz NOT NULL DEFAULT now())`)
  await db.query(`CREATE TABLE IF NOT EXISTS reliability_child (
    parent bigint NOT NULL REFERENCES reliability_parent, token text NOT NULL)`)
}

/** One acknowledged write: a parent and its child in one transaction. True when the rows read back are ours. */
async function writePair(pool, token, writer) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query(
      'INSERT INTO reliability_parent (token, writer) VALUES ($1, $2) RETURNING id, token',
      [token, writer],
    )
    await client.query('INSERT INTO reliability_child (parent, token) VALUES ($1, $2)', [rows[0].id, token])
    await client.query('COMMIT')
    return rows[0].token === token
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    client.release()
  }
}

async function counts(db) {
  const { rows } = await db.query(`SELECT
    (SELECT count(*) FROM reliability_parent)::int AS parents,
    (SELECT count(*) FROM reliability_child)::int AS children,
    (SELECT count(*) FROM reliability_parent p WHERE NOT EXISTS
      (SELECT 1 FROM reliability_child c WHERE c.parent = p.id AND c.token = p.token))::int AS childless`)
  return rows[0]
}

/** Row count and checksum of every table (rows in a stable order, as text). */
async function fingerprint(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(`SET TimeZone = 'UTC'`)
  const { rows: tables } = await client.query(`SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)
  const out = {}
  for (const { name } of tables) {
    const q = `"${name.replaceAll('"', '""')}"`
    const { rows } = await client.query(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM ${q} t`,
    )
    out[name] = `${rows[0].n}:${rows[0].h ?? '-'}`
  }
  await client.end()
  return out
}

// --- processes -------------------------------------------------------------------------------------

/** `next start` through the launcher, in a process group of its own; resolves when /api/health answers. */
async function startApp(env) {
  const child = launch(['next', 'start', '-p', String(APP_PORT)], env)
  const t = performance.now()
  for (;;) {
    if (child.exitCode !== null) finish(`the app exited (${child.exitCode}):\n${child.output()}`)
    try {
      const res = await fetch(`http://127.0.0.1:${APP_PORT}/api/health`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (performance.now() - t > 300_000) finish(`the app did not start:\n${child.output()}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  console.log(`app ready in ${Math.round((performance.now() - t) / 1000)} s (migrations and seed included)`)
  return child
}

/** The embedded database alone (the launcher running an idle command). */
async function startDatabase() {
  const child = launch(['node', '-e', 'setInterval(() => {}, 1 << 30)'], {})
  for (;;) {
    if (child.output().includes('ready in')) return child
    if (child.exitCode !== null) finish(`the embedded database did not start:\n${child.output()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

function launch(args, env) {
  const child = spawn('node', ['scripts/with-db.mjs', ...args], {
    env: { ...base, ...env },
    detached: true, // its own process group: kill -9 reaches the launcher and everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  child.output = () => out
  started.add(child)
  child.on('exit', () => started.delete(child))
  return child
}

async function stop(child) {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  killGroup(child, 'SIGTERM')
  await exited
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

function exec(cmd, args, env = {}) {
  return new Promise((resolve) =>
    spawn(cmd, args, { stdio: 'inherit', env: { ...base, ...env } }).on('exit', (code) => resolve(code ?? 1)),
  )
}

async function getJson(url) {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: ${res.status}`)
  return res.json()
}

function escapeHtml(s) {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
}

function step(title) {
  console.log(`\n=== ${title} (${Math.round((performance.now() - t0) / 1000)} s)`)
}

function finish(error) {
  if (error) violations.push(error)
  console.log(`\nreliability figures:\n${JSON.stringify(figures, null, 2)}`)
  console.log(`\ntotal ${Math.round((performance.now() - t0) / 1000)} s`)
  if (violations.length) {
    console.error(`\nFAILED:\n- ${violations.join('\n- ')}`)
    process.exit(1)
  }
  console.log('reliability: 0 violations')
  process.exit(0)
}
