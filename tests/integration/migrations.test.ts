// The migration path through the offline WebAssembly schema engine (prisma/schema-engine.mjs):
// deploy on an empty database, then a schema change produces and applies a second migration.
// A Prisma upgrade that breaks the shim fails here.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../setup/processes'
import { createScratchDatabase, type ScratchDatabase } from '../setup/scratch-db'

const root = process.cwd()
// Inside the repository so that `prisma/config` and the shim's packages resolve from node_modules.
const work = path.join(root, '.data', 'tmp', `migrations-${process.pid}`)
const dbs: ScratchDatabase[] = []

async function tables(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    const { rows } = await c.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    )
    return rows.map((r) => r.table_name)
  } finally {
    await c.end()
  }
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  cpSync(path.join(root, 'prisma', 'schema.prisma'), path.join(work, 'schema.prisma'))
  cpSync(path.join(root, 'prisma', 'migrations'), path.join(work, 'migrations'), { recursive: true })
  writeFileSync(
    path.join(work, 'prisma.config.ts'),
    `import { defineConfig } from 'prisma/config'
process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(path.join(root, 'prisma', 'schema-engine.mjs'))}
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL!, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
})
`,
  )
})
afterAll(async () => {
  for (const db of dbs) await db.drop()
  rmSync(work, { recursive: true, force: true })
})

const prisma = (args: string[], env: Record<string, string | undefined>) =>
  run(
    'node',
    [
      path.join(root, 'node_modules', 'prisma', 'build', 'index.js'),
      ...args,
      '--config',
      path.join(work, 'prisma.config.ts'),
    ],
    env,
    work,
  )

describe('migrations', () => {
  it('deploy builds the whole schema on an empty database, and a second deploy has nothing to do', async () => {
    const db = await createScratchDatabase()
    dbs.push(db)
    const first = await prisma(['migrate', 'deploy'], { DATABASE_URL: db.url })
    expect(first.code, first.output).toBe(0)
    expect(await tables(db.url)).toEqual(
      expect.arrayContaining(['Territory', 'Organization', 'Contribution', 'AuditEvent', '_prisma_migrations']),
    )
    const again = await prisma(['migrate', 'deploy'], { DATABASE_URL: db.url })
    expect(again.code, again.output).toBe(0)
    expect(again.output).toContain('No pending migrations')
  })

  it('a schema change produces a second migration and applies it', async () => {
    const db = await createScratchDatabase()
    dbs.push(db)
    // PGlite ignores database names, so the shadow database must be a server of its own there.
    const shadow = process.env.EMBEDDED_DB === 'pglite' ? await createScratchDatabase() : null
    if (shadow) dbs.push(shadow)
    const env = { DATABASE_URL: db.url, SHADOW_DATABASE_URL: shadow?.url }
    expect((await prisma(['migrate', 'deploy'], env)).code).toBe(0)

    const schema = path.join(work, 'schema.prisma')
    writeFileSync(
      schema,
      `${readFileSync(schema, 'utf8')}\nmodel MigrationProbe {\n  id    Int    @id @default(autoincrement())\n  label String\n}\n`,
    )
    const dev = await prisma(['migrate', 'dev', '--name', 'probe'], env)
    expect(dev.code, dev.output).toBe(0)
    const created = readdirSync(path.join(work, 'migrations')).filter((d) => d.endsWith('_probe'))
    expect(created).toHaveLength(1)
    expect(readFileSync(path.join(work, 'migrations', created[0], 'migration.sql'), 'utf8')).toContain(
      'CREATE TABLE "MigrationProbe"',
    )
    expect(await tables(db.url)).toContain('MigrationProbe')

    const status = await prisma(['migrate', 'status'], env)
    expect(status.code, status.output).toBe(0)
    expect(status.output).toContain('Database schema is up to date')
    expect(existsSync(path.join(work, 'migrations', created[0]))).toBe(true)
  })
})
