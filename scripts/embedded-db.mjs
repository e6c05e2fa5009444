// The embedded database's files: the data directory, its lock and its password.
//
// One data directory is never opened by two processes: whoever opens it holds `<dir>.lock` (created
// exclusively, holding its pid and port). A lock whose pid is gone is stale and is taken over. A port
// probe alone is not a lock: another program may hold the port.
//
// The server asks for a password even on loopback (any local process could connect otherwise). It is
// generated once into `<dir>.password` (mode 0600) beside the data directory, and kept when the
// directory is wiped (PGLITE_FRESH=1), so a client may read it at any time.
import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'

export const passwordFile = (dir) => `${dir}.password`
export const lockFile = (dir) => `${dir}.lock`

/** The password of the embedded database in `dir`, created on first use. */
export function embeddedPassword(dir) {
  const file = passwordFile(dir)
  try {
    return readFileSync(file, 'utf8').trim()
  } catch (e) {
    if (e.code !== 'ENOENT') throw e
  }
  mkdirSync(path.dirname(file), { recursive: true })
  try {
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' })
  } catch (e) {
    if (e.code !== 'EEXIST') throw e // another process created it first: use theirs
  }
  return readFileSync(file, 'utf8').trim()
}

export const embeddedUrl = (port, password) =>
  `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`

/** Opens PGlite on `dir` with the extensions the migrations use (pg_trgm for search). */
export async function openPglite(dir, options = {}) {
  const { PGlite } = await import('@electric-sql/pglite')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  mkdirSync(dir, { recursive: true }) // PGlite creates only the last path segment
  return PGlite.create(dir, { ...options, extensions: { pg_trgm } })
}

/** Takes the lock and returns null, or returns the live owner {pid, port}. */
export function takeLock(file, port) {
  mkdirSync(path.dirname(file), { recursive: true })
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
  throw new Error(`could not take the lock ${file}`)
}

export function releaseLock(file) {
  try {
    if (JSON.parse(readFileSync(file, 'utf8')).pid === process.pid) rmSync(file, { force: true })
  } catch {
    // already gone
  }
}

/** Whether the lock's owner still runs, and is one of ours (a pid can be reused by any process). */
function isAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch (e) {
    if (e.code !== 'EPERM') return false
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    return cmdline.includes('with-db.mjs') || cmdline.includes('db-backup.mjs')
  } catch {
    return true // no /proc (macOS, Windows): trust the signal check
  }
}
