// One database per integration worker, so that test files run in parallel and never see each other's
// rows (as epic-stack does). Worker 1 uses the database the run was given; the others get their own:
// - on PostgreSQL, a copy of the migrated and seeded database (CREATE DATABASE … TEMPLATE), dropped at
//   the end;
// - on the embedded PGlite, which is one session in one process, a launcher process each (its own
//   thread), migrated and seeded alongside the first.
import { spawn, type ChildProcess } from 'node:child_process'
import pg from 'pg'
import { run } from './processes'

export type WorkerDatabases = { urls: string[]; stop: () => Promise<void> }

/** Migrates and seeds a database in child processes (the seed is the one `npm run db:seed` runs). */
export async function prepareDatabase(url: string): Promise<void> {
  const migrated = await run('prisma', ['migrate', 'deploy'], { DATABASE_URL: url })
  if (migrated.code !== 0) throw new Error(`prisma migrate deploy failed on ${redact(url)}:\n${migrated.output}`)
  const seeded = await run('tsx', ['prisma/seed.ts'], { DATABASE_URL: url })
  if (seeded.code !== 0) throw new Error(`the seed failed on ${redact(url)}:\n${seeded.output}`)
}

/** Starts `count` more embedded databases, each served by its own launcher on its own port and directory. */
export async function startEmbeddedDatabases(count: number, basePort: number): Promise<WorkerDatabases> {
  const children: ChildProcess[] = []
  const stop = async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null) return resolve()
            c.once('exit', () => resolve())
            c.kill('SIGTERM')
          }),
      ),
    )
  }
  try {
    const urls = await Promise.all(
      Array.from({ length: count }, (_, i) => {
        // Each launcher takes its port and the next (the shadow database): leave a gap of two.
        const port = basePort + 10 + 2 * i
        const child = spawn(
          process.execPath,
          [
            'scripts/with-db.mjs',
            process.execPath,
            '-e',
            'console.log("URL=" + process.env.DATABASE_URL); setInterval(() => {}, 1 << 30)',
          ],
          {
            env: {
              ...process.env,
              DATABASE_URL: '',
              PGLITE_DIR: `.data/test-w${i + 2}`,
              PGLITE_PORT: String(port),
              PGLITE_FRESH: '1',
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        )
        children.push(child)
        return urlOf(child)
      }),
    )
    return { urls, stop }
  } catch (e) {
    await stop()
    throw e
  }
}

/** Copies a prepared PostgreSQL database `count` times; the copies are dropped by `stop`. */
export async function copyPostgresDatabase(baseUrl: string, count: number): Promise<WorkerDatabases> {
  const base = new URL(baseUrl)
  const name = decodeURIComponent(base.pathname.slice(1))
  const names = Array.from({ length: count }, (_, i) => `${name}_w${i + 2}`)
  const admin = async (sql: string[]) => {
    const c = new pg.Client({ connectionString: Object.assign(new URL(baseUrl), { pathname: '/postgres' }).href })
    await c.connect()
    try {
      for (const s of sql) await c.query(s)
    } finally {
      await c.end()
    }
  }
  const quote = (n: string) => `"${n.replaceAll('"', '""')}"`
  // A template may have no other connection while it is copied: the run's clients are closed by now.
  await admin(
    names.flatMap((n) => [
      `DROP DATABASE IF EXISTS ${quote(n)} WITH (FORCE)`,
      `CREATE DATABASE ${quote(n)} TEMPLATE ${quote(name)}`,
    ]),
  )
  return {
    urls: names.map((n) => Object.assign(new URL(baseUrl), { pathname: `/${n}` }).href),
    stop: () => admin(names.map((n) => `DROP DATABASE IF EXISTS ${quote(n)} WITH (FORCE)`)),
  }
}

function urlOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`an embedded database did not start:\n${output}`)), 120_000)
    child.stdout!.on('data', (d: Buffer) => {
      output += d
      const m = /^URL=(\S+)$/m.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
    child.stderr!.on('data', (d: Buffer) => (output += d))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`an embedded database exited (${code}) before it was ready:\n${output}`))
    })
  })
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@')
