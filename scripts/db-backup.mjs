#!/usr/bin/env node
// Usage: node scripts/db-backup.mjs backup [file]     (npm run db:backup -- [file])
//        node scripts/db-backup.mjs restore <file>    (npm run db:restore -- <file>)
//
// With DATABASE_URL: PostgreSQL's own tools, `pg_dump --format=custom` and `pg_restore --clean` (in one
// transaction). Without it: the embedded PGlite's own format, a gzipped tarball of the data directory
// (`dumpDataDir`; Debian's pg_dump 15 cannot read PGlite's PostgreSQL 18). PGlite's files are opened by
// one process only, so stop `npm run dev`/`start` first: the lock says who serves the directory.
// A restore of PGlite keeps the data it replaces in `<dir>.before-restore` until the next restore.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { lockFile, openPglite, releaseLock, takeLock } from './embedded-db.mjs'

try {
  process.loadEnvFile('.env')
} catch {
  // no .env: the environment alone configures the run
}
const [verb, file] = process.argv.slice(2)
if (!['backup', 'restore'].includes(verb) || (verb === 'restore' && !file)) {
  console.error('usage: node scripts/db-backup.mjs backup [file] | restore <file>')
  process.exit(2)
}
const url = process.env.DATABASE_URL
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target =
  file ?? path.join('.data', 'backups', `${url ? 'postgres' : 'pglite'}-${stamp}.${url ? 'dump' : 'tar.gz'}`)

const t0 = performance.now()
if (url) await postgres()
else await pglite()
console.log(`[db] ${verb} ${target} done in ${Math.round(performance.now() - t0)} ms`)

async function postgres() {
  if (verb === 'backup') {
    mkdirSync(path.dirname(target), { recursive: true })
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, `--dbname=${url}`])
  } else {
    // --clean drops what the dump contains before creating it; one transaction: all or nothing.
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${url}`,
      target,
    ])
  }
}

async function pglite() {
  const dir = process.env.PGLITE_DIR ?? '.data/pglite'
  const owner = takeLock(lockFile(dir), 0)
  if (owner) fail(`${dir} is served by process ${owner.pid} (port ${owner.port}): stop it first, then run this again`)
  try {
    if (verb === 'backup') {
      if (!existsSync(path.join(dir, 'PG_VERSION'))) fail(`${dir} holds no database`)
      const db = await openPglite(dir)
      const tarball = await db.dumpDataDir('gzip')
      await db.close()
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, Buffer.from(await tarball.arrayBuffer()))
    } else {
      const tarball = new Blob([readFileSync(target)])
      const aside = `${dir}.before-restore`
      rmSync(aside, { recursive: true, force: true })
      if (existsSync(dir)) renameSync(dir, aside)
      try {
        const db = await openPglite(dir, { loadDataDir: tarball })
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)
        await db.close()
        console.log(`[db] restored ${dir}: ${rows[0].n} tables; the data it replaced is in ${aside}`)
      } catch (e) {
        rmSync(dir, { recursive: true, force: true })
        if (existsSync(aside)) renameSync(aside, dir)
        throw e
      }
    }
  } finally {
    releaseLock(lockFile(dir))
  }
}

function run(cmd, args) {
  return new Promise((resolve, reject) =>
    spawn(cmd, args, { stdio: 'inherit' })
      .on('error', (e) => reject(new Error(`${cmd}: ${e.message} (install the PostgreSQL client tools)`)))
      .on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`)))),
  )
}

function fail(message) {
  console.error(`[db] ${message}`)
  process.exit(1)
}
