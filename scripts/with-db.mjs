#!/usr/bin/env node
// Usage: node scripts/with-db.mjs <command...>   e.g. `next dev`, `next start`, `prisma migrate dev`, `vitest run`
//
// With DATABASE_URL set (environment or .env) the command runs against that PostgreSQL unchanged.
// Without it, an embedded PostgreSQL (PGlite, WebAssembly) is served on 127.0.0.1 over the wire protocol:
// data in .data/pglite (PGLITE_DIR), a shadow instance beside it for `prisma migrate dev`.
//
// One data directory is never opened by two processes (scripts/embedded-db.mjs): the launcher that
// serves it holds `<dir>.lock`. A second launcher that finds a live owner connects to the owner's server
// instead of opening the files. Clients authenticate with the password in `<dir>.password`.
//
// Before `next ...` the launcher applies pending migrations and, on an empty database, loads the
// reference data (territories, LSG bodies) and, unless SEED_CASEBOOK=0, the 25 handbook case studies.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import net from 'node:net'
import { embeddedPassword, embeddedUrl, lockFile, openPglite, releaseLock, takeLock } from './embedded-db.mjs'
import { startPgliteServer } from './pglite-server.mjs'

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
  const password = embeddedPassword(dir)
  env.EMBEDDED_DB = 'pglite'
  refuseEmbeddedInProduction()

  const owner = takeLock(lockFile(dir), port)
  if (owner) {
    if (env.PGLITE_FRESH === '1') fail(`${dir} is in use by process ${owner.pid}; cannot start afresh`)
    if (!(await portInUse(owner.port)))
      fail(`${dir} is locked by process ${owner.pid}, which is not serving :${owner.port}`)
    console.log(`[db] ${dir} is served by process ${owner.pid} on :${owner.port}; connecting to it`)
    env.DATABASE_URL = embeddedUrl(owner.port, password)
    env.SHADOW_DATABASE_URL = embeddedUrl(owner.port + 1, password)
    return
  }
  if (await portInUse(port)) {
    releaseLock(lockFile(dir))
    fail(`port ${port} is taken by another program; set PGLITE_PORT to a free port`)
  }
  stops.push(async () => releaseLock(lockFile(dir)))

  if (env.PGLITE_FRESH === '1') for (const d of [dir, `${dir}-shadow`]) rmSync(d, { recursive: true, force: true })
  const t0 = performance.now()
  for (const [path, p] of [
    [dir, port],
    [`${dir}-shadow`, port + 1],
  ]) {
    const db = await openPglite(path)
    // PGlite is one PostgreSQL session: the server gives it to one client connection at a time, for a
    // whole transaction or extended-query group, and the others wait (docs/decisions/011-embedded-database-sessions.md).
    const server = await startPgliteServer(db, { port: p, password })
    stops.unshift(async () => {
      await server.stop()
      await db.close()
    })
  }
  env.DATABASE_URL = embeddedUrl(port, password)
  env.SHADOW_DATABASE_URL = embeddedUrl(port + 1, password)
  console.log(`[db] embedded PostgreSQL (PGlite) ${dir} on :${port} ready in ${Math.round(performance.now() - t0)} ms`)
}

/**
 * Production on the embedded database is a choice, not the accident of a missing DATABASE_URL: one
 * session in the launcher's process for all requests, no replica, backups only while it is stopped.
 */
function refuseEmbeddedInProduction() {
  if (cmd !== 'next' || args[0] !== 'start' || env.REGISTRY_TEST_MODE === '1') return
  if (env.EMBEDDED_DB_IN_PRODUCTION !== '1')
    fail(
      'DATABASE_URL is not set, so `next start` (production) would run on the embedded database. Set DATABASE_URL ' +
        'to your PostgreSQL, or EMBEDDED_DB_IN_PRODUCTION=1 to run on the embedded one on purpose (README, Configuration).',
    )
  console.warn(
    '[db] WARNING: production on the embedded database (EMBEDDED_DB_IN_PRODUCTION=1): one session for all ' +
      'requests, no replica; back it up with `npm run db:backup` while the server is stopped.',
  )
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
