#!/usr/bin/env node
// Usage: node scripts/with-db.mjs <command...>   e.g. `next dev`, `next start`, `prisma migrate dev`, `vitest run`
//
// With DATABASE_URL set (environment or .env) the command runs against that PostgreSQL unchanged.
// Without it, an embedded PostgreSQL (PGlite, WebAssembly) is served on 127.0.0.1 over the wire protocol:
// data in .data/pglite (PGLITE_DIR), a shadow instance beside it for `prisma migrate dev`.
//
// One data directory is never opened by two processes: the launcher that serves it holds
// `<dir>.lock` (created exclusively, holding its pid and port). A second launcher that finds a live
// owner connects to the owner's server instead of opening the files; a lock whose pid is gone is stale
// and is taken over. A port probe alone is not a lock: another program may hold the port.
//
// Before `next ...` the launcher applies pending migrations and, on an empty database, loads the
// reference data (territories, LSG bodies) and, unless SEED_CASEBOOK=0, the 25 handbook case studies.
import { spawn } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import net from 'node:net'

try {
  process.loadEnvFile('.env')
} catch {
  // no .env: the environment alone configures the run
}
const [cmd, ...args] = process.argv.slice(2)
if (!cmd) {
  console.error('usage: node scripts/with-db.mjs <command> [args...]')
  process.exit(2)
}
// No phoning home: Next.js telemetry, Prisma CLI update checks.
const env = {
  ...process.env,
  PATH: `node_modules/.bin:${process.env.PATH}`,
  NEXT_TELEMETRY_DISABLED: '1',
  CHECKPOINT_DISABLE: '1',
}
const stops = []

if (!env.DATABASE_URL) await serveEmbedded()

// Never spawnSync here: PGlite is served from this process's event loop.
const run = (c, a) =>
  new Promise((resolve) => spawn(c, a, { stdio: 'inherit', env }).on('exit', (code) => resolve(code ?? 1)))

if (cmd === 'next' && env.SKIP_MIGRATE !== '1') {
  const migrated = await run('prisma', ['migrate', 'deploy'])
  if (migrated !== 0) await exit(migrated)
  const seeded = await run('tsx', ['prisma/seed.ts', '--if-empty'])
  if (seeded !== 0) await exit(seeded)
}
const child = spawn(cmd, args, { stdio: 'inherit', env })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code, signal) => exit(code ?? (signal ? 1 : 0)))

async function serveEmbedded() {
  const port = Number(env.PGLITE_PORT ?? 5488)
  const dir = env.PGLITE_DIR ?? '.data/pglite'
  const url = (p) => `postgresql://postgres@127.0.0.1:${p}/postgres`
  env.EMBEDDED_DB = 'pglite'

  const owner = takeLock(`${dir}.lock`, port)
  if (owner) {
    if (env.PGLITE_FRESH === '1') fail(`${dir} is in use by process ${owner.pid}; cannot start afresh`)
    if (!(await portInUse(owner.port)))
      fail(`${dir} is locked by process ${owner.pid}, which is not serving :${owner.port}`)
    console.log(`[db] ${dir} is served by process ${owner.pid} on :${owner.port}; connecting to it`)
    env.DATABASE_URL = url(owner.port)
    env.SHADOW_DATABASE_URL = url(owner.port + 1)
    return
  }
  if (await portInUse(port)) {
    releaseLock(`${dir}.lock`)
    fail(`port ${port} is taken by another program; set PGLITE_PORT to a free port`)
  }
  stops.push(async () => releaseLock(`${dir}.lock`))

  const { PGlite } = await import('@electric-sql/pglite')
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket')
  // Trigram matching for search (the migration enables it where the server has it).
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  if (env.PGLITE_FRESH === '1') for (const d of [dir, `${dir}-shadow`]) rmSync(d, { recursive: true, force: true })
  const t0 = performance.now()
  for (const [path, p] of [
    [dir, port],
    [`${dir}-shadow`, port + 1],
  ]) {
    mkdirSync(path, { recursive: true }) // PGlite creates only the last path segment
    const db = await PGlite.create(path, { extensions: { pg_trgm } })
    // PGlite is one Postgres session shared by all client connections; connections beyond
    // maxConnections are refused, not queued, so the app pool (DB_POOL_MAX) plus CLI tools stay below it.
    const server = new PGLiteSocketServer({ db, port: p, host: '127.0.0.1', maxConnections: 20 })
    await server.start()
    stops.unshift(async () => {
      await server.stop()
      await db.close()
    })
  }
  env.DATABASE_URL = url(port)
  env.SHADOW_DATABASE_URL = url(port + 1)
  console.log(`[db] embedded PostgreSQL (PGlite) ${dir} on :${port} ready in ${Math.round(performance.now() - t0)} ms`)
}

/** Takes the lock and returns null, or returns the live owner {pid, port}. */
function takeLock(file, port) {
  mkdirSync(file.slice(0, file.lastIndexOf('/')) || '.', { recursive: true })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, JSON.stringify({ pid: process.pid, port }))
      closeSync(fd)
      return null
    } catch (e) {
      if (e.code !== 'EEXIST') throw e
      let owner
      try {
        owner = JSON.parse(readFileSync(file, 'utf8'))
      } catch {
        owner = {} // half-written or garbled: treat as stale
      }
      if (owner.pid && owner.pid !== process.pid && isAlive(owner.pid)) return owner
      console.log(`[db] removing stale lock ${file} (process ${owner.pid ?? '?'} is gone)`)
      rmSync(file, { force: true })
    }
  }
  fail(`could not take the lock ${file}`)
}

function releaseLock(file) {
  try {
    if (JSON.parse(readFileSync(file, 'utf8')).pid === process.pid) rmSync(file, { force: true })
  } catch {
    // already gone
  }
}

/** Whether the lock's owner still runs, and is a launcher (a pid can be reused by any process). */
function isAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch (e) {
    if (e.code !== 'EPERM') return false
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('with-db.mjs')
  } catch {
    return true // no /proc (macOS, Windows): trust the signal check
  }
}

function portInUse(port) {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' }, () => {
      s.destroy()
      resolve(true)
    })
    s.on('error', () => resolve(false))
  })
}

function fail(message) {
  console.error(`[db] ${message}`)
  process.exit(1)
}

async function exit(code) {
  for (const stop of stops) await stop().catch(() => {})
  process.exit(code)
}
