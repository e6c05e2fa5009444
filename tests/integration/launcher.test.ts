// scripts/with-db.mjs: one data directory is never opened by two processes; scripts/pglite-server.mjs:
// the embedded server asks for a password and serializes the connections' transactions.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../setup/processes'
import { freePort } from '../setup/scratch-db'

const dir = path.join('.data', 'tmp', `launcher-${process.pid}`, 'pglite')
const children: ChildProcess[] = []
// The launcher must not see the test run's own database settings.
const env = (port: number) => ({
  DATABASE_URL: '',
  EMBEDDED_DB: '',
  PGLITE_FRESH: '0',
  PGLITE_DIR: dir,
  PGLITE_PORT: String(port),
})

const password = () => readFileSync(`${dir}.password`, 'utf8').trim()
const expectedUrl = (port: number) =>
  `URL=postgresql://postgres:${encodeURIComponent(password())}@127.0.0.1:${port}/postgres`

afterAll(() => {
  for (const c of children) c.kill('SIGKILL')
  rmSync(path.dirname(dir), { recursive: true, force: true })
})

// The launcher serves its port and the next one (the shadow database): both must be free. Ports come
// from the ephemeral range, where other test files of a parallel run also take theirs.
async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await freePort()
    if (await isFree(port + 1)) return port
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer()
    s.once('error', () => resolve(false))
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)))
  })
}

type Launcher = { child: ChildProcess; output: () => string; exited: () => string | null }

/** Starts a launcher whose command runs until it is killed; resolves once the database is served. */
function startLauncher(port: number): Promise<Launcher> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['scripts/with-db.mjs', 'node', '-e', 'setInterval(() => {}, 1 << 30)'], {
      env: { ...process.env, ...env(port), DATABASE_URL: '', EMBEDDED_DB: '' },
    })
    children.push(child)
    let out = ''
    let exit: string | null = null
    const onData = (d: Buffer) => {
      out += d
      if (out.includes('ready in')) resolve({ child, output: () => out, exited: () => exit })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code, signal) => {
      exit = `launcher exited (${code ?? signal}): ${out}`
      reject(new Error(exit))
    })
  })
}

describe('embedded database launcher', () => {
  it('a second launcher connects to the running server instead of opening the same files', async () => {
    const port = await freePortPair()
    const first = await startLauncher(port)
    const lock = JSON.parse(readFileSync(`${dir}.lock`, 'utf8'))
    expect(lock).toEqual({ pid: first.child.pid, port })

    const second = await run(
      'node',
      ['scripts/with-db.mjs', 'node', '-e', 'console.log("URL=" + process.env.DATABASE_URL)'],
      {
        ...env(port + 7), // asks for another port: it must still use the owner's
        DATABASE_URL: '',
      },
    )
    expect(second.code, second.output).toBe(0)
    expect(second.output).toContain(`served by process ${first.child.pid}`)
    expect(second.output).toContain(expectedUrl(port))
    expect(second.output).not.toContain('ready in')

    first.child.kill('SIGTERM')
    await new Promise((r) => first.child.once('exit', r))
    expect(existsSync(`${dir}.lock`)).toBe(false)
  })

  it('takes over a lock left by a process that is gone', async () => {
    mkdirSync(path.dirname(dir), { recursive: true })
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, port: 1 }))
    const port = await freePortPair()
    const res = await run(
      'node',
      ['scripts/with-db.mjs', 'node', '-e', 'console.log("URL=" + process.env.DATABASE_URL)'],
      { ...env(port), DATABASE_URL: '' },
    )
    expect(res.code, res.output).toBe(0)
    expect(res.output).toContain('removing stale lock')
    expect(res.output).toContain(expectedUrl(port))
    expect(existsSync(`${dir}.lock`)).toBe(false)
  })

  it('does not mistake another process that reuses the owner’s pid for the owner', async () => {
    mkdirSync(path.dirname(dir), { recursive: true })
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: process.pid, port: 1 })) // alive, but not a launcher
    const port = await freePortPair()
    const res = await run(
      'node',
      ['scripts/with-db.mjs', 'node', '-e', 'console.log("URL=" + process.env.DATABASE_URL)'],
      { ...env(port), DATABASE_URL: '' },
    )
    expect(res.code, res.output).toBe(0)
    expect(res.output).toContain('removing stale lock')
    expect(res.output).toContain(expectedUrl(port))
  })

  it('refuses to start afresh on a directory another process is serving', async () => {
    const port = await freePortPair()
    const first = await startLauncher(port)
    const res = await run('node', ['scripts/with-db.mjs', 'true'], {
      ...env(port),
      DATABASE_URL: '',
      PGLITE_FRESH: '1',
    })
    expect(res.code).toBe(1)
    expect(res.output).toContain('cannot start afresh')
    first.child.kill('SIGTERM')
    await new Promise((r) => first.child.once('exit', r))
  })
})

describe('embedded database server', () => {
  let port: number
  let url: string
  let first: Launcher

  beforeAll(async () => {
    port = await freePortPair()
    first = await startLauncher(port)
    url = `postgresql://postgres:${encodeURIComponent(password())}@127.0.0.1:${port}/postgres`
  })
  // Each test starts with the server up; if it went away, its output says why.
  beforeEach(() => expect(first.exited()).toBeNull())
  afterAll(() => first.child.kill('SIGKILL'))

  it('keeps its password in a file only its owner can read', () => {
    expect(statSync(`${dir}.password`).mode & 0o777).toBe(0o600)
    expect(password()).toMatch(/^[\w-]{32}$/)
  })

  it('refuses a connection without the password or with a wrong one', async () => {
    for (const connectionString of [
      `postgresql://postgres@127.0.0.1:${port}/postgres`,
      `postgresql://postgres:wrong@127.0.0.1:${port}/postgres`,
      url.replace('postgres:', 'someone:'), // the one role is postgres
    ]) {
      const client = new pg.Client({ connectionString })
      await expect(client.connect(), connectionString).rejects.toThrow()
      await client.end().catch(() => {})
    }
    const wrong = new pg.Client({ connectionString: `postgresql://postgres:wrong@127.0.0.1:${port}/postgres` })
    await expect(wrong.connect()).rejects.toMatchObject({ code: '28P01' })
    await wrong.end().catch(() => {})
  })

  it('never mixes concurrent queries and transactions of different connections', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 10 })
    const table = `probe_${process.pid}`
    await pool.query(`CREATE TABLE ${table} (id serial PRIMARY KEY, token text NOT NULL, n int NOT NULL)`)
    await pool.query(`CREATE TABLE ${table}_child (parent int NOT NULL REFERENCES ${table}, token text NOT NULL)`)
    const errors: string[] = []
    const foreign: string[] = []
    let written = 0
    // Each request selects its own random token back; statements of different shapes (2, 3, 4
    // parameters) fail loudly when another connection's Bind meets this one's Parse.
    const work = Array.from({ length: 80 }, async (_, i) => {
      const token = `t${i}-${Math.random().toString(36).slice(2)}`
      try {
        if (i % 4 === 0) {
          const { rows } = await pool.query(`INSERT INTO ${table} (token, n) VALUES ($1, $2) RETURNING token`, [
            token,
            i,
          ])
          if (rows[0]?.token !== token) foreign.push(token)
          written++
        } else if (i % 4 === 1) {
          const client = await pool.connect()
          try {
            await client.query('BEGIN')
            const { rows } = await client.query(`INSERT INTO ${table} (token, n) VALUES ($1, $2) RETURNING id`, [
              token,
              i,
            ])
            await client.query(`INSERT INTO ${table}_child (parent, token) VALUES ($1, $2)`, [rows[0].id, token])
            await new Promise((r) => setTimeout(r, 5)) // others queue up meanwhile
            const back = await client.query(
              `SELECT p.token FROM ${table} p JOIN ${table}_child c ON c.parent = p.id WHERE p.id = $1`,
              [rows[0].id],
            )
            if (back.rows[0]?.token !== token) foreign.push(token)
            await client.query('COMMIT')
            written++
          } finally {
            client.release()
          }
        } else if (i % 4 === 2) {
          const client = await pool.connect()
          try {
            await client.query('BEGIN')
            await client.query(`INSERT INTO ${table} (token, n) VALUES ($1, $2)`, [token, -1])
            await expect(client.query('SELECT 1 / $1::int', [0])).rejects.toThrow(/division by zero/)
            await client.query('ROLLBACK') // nothing of this one may remain
          } finally {
            client.release()
          }
        } else {
          const { rows } = await pool.query('SELECT $1::text AS token, $2::int AS n, $3::text AS a, $4::text AS b', [
            token,
            i,
            'a',
            'b',
          ])
          if (rows.length !== 1 || rows[0].token !== token || rows[0].n !== i) foreign.push(token)
        }
      } catch (e) {
        errors.push(`${i}: ${(e as Error).message}`)
      }
    })
    await Promise.all(work)
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE n < 0)::int AS rolled FROM ${table}`,
    )
    const orphans = await pool.query(
      `SELECT count(*)::int AS n FROM ${table}_child c JOIN ${table} p ON p.id = c.parent WHERE p.token <> c.token`,
    )
    await pool.end()
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    expect(rows[0]).toEqual({ n: written, rolled: 0 })
    expect(orphans.rows[0].n).toBe(0)
  })

  it('rolls back what a connection that vanished left open, and lets the others go on', async () => {
    const table = `vanish_${process.pid}`
    const setup = new pg.Client({ connectionString: url })
    await setup.connect()
    await setup.query(`CREATE TABLE ${table} (token text)`)
    const leaver = new pg.Client({ connectionString: url })
    leaver.on('error', () => {}) // its connection is cut below, on purpose
    await leaver.connect()
    await leaver.query('BEGIN')
    await leaver.query(`INSERT INTO ${table} VALUES ('left open')`)
    const waiting = setup.query(`INSERT INTO ${table} VALUES ('after') RETURNING token`) // waits for its turn
    ;(leaver as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy()
    expect((await waiting).rows).toEqual([{ token: 'after' }])
    expect((await setup.query(`SELECT token FROM ${table}`)).rows).toEqual([{ token: 'after' }])
    await setup.end()
  })
})

describe('production on the embedded database', () => {
  it('is refused unless chosen with EMBEDDED_DB_IN_PRODUCTION=1 (or the test mode)', async () => {
    const res = await run('node', ['scripts/with-db.mjs', 'next', 'start'], {
      ...env(await freePortPair()),
      REGISTRY_TEST_MODE: '',
      EMBEDDED_DB_IN_PRODUCTION: '',
    })
    expect(res.code).toBe(1)
    expect(res.output).toContain('EMBEDDED_DB_IN_PRODUCTION=1')
    expect(res.output).not.toContain('ready in')
  })
})
