// A throw-away empty database for tests that need one of their own (migrations, seeding from zero).
// On PostgreSQL: a new database on the same server, dropped afterwards. On the embedded PGlite (which
// ignores database names): a new in-memory PGlite served on a free port in this process, with a password.
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import pg from 'pg'

export type ScratchDatabase = { url: string; drop: () => Promise<void> }

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  if (process.env.EMBEDDED_DB === 'pglite') return createPgliteDatabase()
  const base = process.env.DATABASE_URL
  if (!base) throw new Error('DATABASE_URL is not set')
  const name = `registry_scratch_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    },
  }
}

async function createPgliteDatabase(): Promise<ScratchDatabase> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const { startPgliteServer } = await import('../../scripts/pglite-server.mjs')
  const db = await PGlite.create({ extensions: { pg_trgm } })
  const password = randomBytes(18).toString('base64url')
  const server = await startPgliteServer(db, { port: await freePort(), password })
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${server.port}/postgres`,
    drop: async () => {
      await server.stop()
      await db.close()
    },
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}
