#!/usr/bin/env node
// Offline stand-in for Prisma's native `schema-engine` binary (which the CLI would download from
// binaries.prisma.sh). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here. The CLI runs it as
//   <bin> --datamodels <file>... [--datasource <json>]   JSON-RPC 2.0, one message per line on stdin/stdout
//   <bin> --datasource <json> cli can-connect-to-database|create-database
//   <bin> --version
// and we serve that with @prisma/schema-engine-wasm (Prisma's WebAssembly build of the same engine)
// over the @prisma/adapter-pg driver adapter.
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils'

const argv = process.argv.slice(2)
const opt = (name) => argv.flatMap((a, i) => (a === name ? [argv[i + 1]] : []))
const datasource = JSON.parse(opt('--datasource')[0] ?? '{}') // { url, shadowDatabaseUrl? } from prisma.config.ts
const cliCommand = argv.includes('--version') ? 'version' : opt('cli')[0]
const log = (level, message, extra = {}) =>
  process.stderr.write(JSON.stringify({ level, target: 'schema_engine::logger', fields: { message, ...extra } }) + '\n')

// Rust panics report their message here before the wasm traps.
const panic = {
  message: '',
  set_message(m) {
    this.message = m
  },
}
globalThis.PRISMA_WASM_PANIC_REGISTRY = panic

// The package is wasm-bindgen's "bundler" build (`import * from './x.wasm'`): instantiate it by hand.
const bgUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
const bg = await import(bgUrl)
const wasm = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(new URL('schema_engine_bg.wasm', bgUrl))), {
  './schema_engine_bg.js': bg,
}).exports
bg.__wbg_set_wasm(wasm)
wasm.__wbindgen_start()

// ---- one-shot commands --------------------------------------------------------------------------
if (cliCommand === 'version') {
  console.log(`schema-engine-cli ${bg.version()} (wasm)`)
  process.exit(0)
}
if (cliCommand) {
  log('INFO', 'schema engine (wasm shim)') // the CLI drops the first stderr line and JSON-parses the rest
  const sql = async (url, text) => {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    try {
      await c.query(text)
    } finally {
      await c.end()
    }
  }
  try {
    if (cliCommand === 'can-connect-to-database') await sql(datasource.url, 'SELECT 1')
    else if (cliCommand === 'create-database') {
      const url = new URL(datasource.url)
      const name = decodeURIComponent(url.pathname.slice(1))
      url.pathname = '/postgres'
      await sql(url.href, `CREATE DATABASE "${name.replaceAll('"', '""')}"`)
    } else throw new Error(`unsupported: cli ${cliCommand}`)
    process.exit(0)
  } catch (e) {
    log('ERROR', e.message, { error_code: e.code === '3D000' ? 'P1003' : 'P1001' }) // P1003: db missing -> CLI creates it
    process.exit(1)
  }
}

// ---- driver adapter -----------------------------------------------------------------------------
// The schema describer reads pg_catalog columns of Postgres' one-byte type "char" (OID 18, e.g.
// pg_constraint.contype). adapter-pg rejects OID 18, and as plain text the describer panics on
// PostgreSQL 18 (prisma/orm#29635). Let pg treat it as text, then tell the engine "Character".
const charColumns = new WeakMap() // result rows -> indexes of "char" columns
for (const proto of [pg.Pool.prototype, pg.Client.prototype]) {
  const query = proto.query
  proto.query = function (...args) {
    const res = query.apply(this, args)
    const mark = (r) => {
      const idx = r?.fields?.flatMap((f, i) => (f.dataTypeID === 18 ? ((f.dataTypeID = 25), [i]) : [])) ?? []
      if (idx.length) charColumns.set(r.rows, idx)
      return r
    }
    return typeof res?.then === 'function' ? res.then(mark) : res
  }
}
const withChar = (q) => {
  const { queryRaw, startTransaction } = q
  q.queryRaw = async (query) => {
    const res = await queryRaw.call(q, query)
    for (const i of charColumns.get(res.rows) ?? []) res.columnTypes[i] = ColumnTypeEnum.Character
    return res
  }
  if (startTransaction) q.startTransaction = async (...a) => withChar(await startTransaction.apply(q, a))
  // adapter-pg splits scripts on every ';', even inside comments, strings and $$-quoted bodies, which
  // breaks migrations with functions or DO blocks. The native engine sends a migration as one
  // multi-statement simple query; so do we.
  if (q.executeScript && q.client) {
    q.executeScript = async (script) => {
      try {
        await q.client.query(script)
      } catch (error) {
        q.onError(error)
      }
    }
  }
  return q
}
const connectTo = async (url) => withChar(await new PrismaPg({ connectionString: url }).connect())

const factory = new PrismaPg({ connectionString: datasource.url })
factory.connect = () => connectTo(datasource.url)
// Shadow DB for `migrate dev` / `migrate diff --from-migrations`. (adapter-pg's own version creates a temp
// database but reconnects with {connectionString, database}; pg lets the URL win -> the MAIN database.)
factory.connectToShadowDb = async () => {
  if (datasource.shadowDatabaseUrl) {
    const conn = await connectTo(datasource.shadowDatabaseUrl)
    await conn.executeScript('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    return conn
  }
  try {
    const main = await connectTo(datasource.url)
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`
    await main.executeScript(`CREATE DATABASE "${name}"`)
    const url = new URL(datasource.url)
    url.pathname = `/${name}`
    const shadow = await connectTo(url.href)
    const dispose = shadow.dispose.bind(shadow)
    shadow.dispose = async () => {
      await dispose()
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`)
      await main.dispose()
    }
    const { rows } = await shadow.queryRaw({ sql: 'SELECT current_database()', args: [], argTypes: [] })
    if (rows[0][0] !== name) {
      // PGlite ignores the database name: we would be in the main database
      await shadow.dispose()
      throw new Error('the server ignored the database name')
    }
    return shadow
  } catch (e) {
    e.message += ' (creating a temporary shadow database; set datasource.shadowDatabaseUrl instead)'
    throw e
  }
}
const adapter = bindMigrationAwareSqlAdapterFactory(factory)

// ---- JSON-RPC server ----------------------------------------------------------------------------
const datamodels = opt('--datamodels').map((p) => [p, readFileSync(p, 'utf8')])
const engine = await bg.SchemaEngine.new(
  { datamodels: datamodels.length ? datamodels : undefined },
  (line) => process.stderr.write(`${line}\n`),
  adapter,
)
const send = (msg) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', ...msg }) + '\n')
const fail = (id, message, data) =>
  send({ id, error: { code: 4466, message, data: { message, is_panic: false, ...data } } })
let current = null
process.on('uncaughtException', (e) => {
  // panics can surface outside the awaited call
  fail(current, panic.message || String(e?.stack ?? e), { is_panic: true })
  process.exit(101)
})

async function handle({ id, method, params = {} }) {
  current = id
  try {
    const name = method === 'getDatabaseVersion' ? 'version' : method
    if (typeof engine[name] !== 'function') throw new Error(`${method} is not available in the wasm schema engine`)
    if (name === 'evaluateDataLoss' || name === 'createMigration') {
      // These read "schema from migrations" only from a cache that diagnoseMigrationHistory fills via the
      // shadow DB; on a miss (e.g. `migrate dev` that first applies a pending migration) they fail with
      // "PostgreSQL shadow DB must be provided through an external factory". Fill it first.
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters,
      })
    }
    let result = await engine[name](params)
    if (name === 'diff' && result?.stdout) {
      // the native engine prints `migrate diff` output via a "print" request
      send({ id: 1e9 + id, method: 'print', params: { content: result.stdout.replace(/\n$/, '') } })
      result = { exitCode: result.exitCode }
    }
    send({ id, result: result ?? {} })
  } catch (e) {
    const ext = /External error id#(\d+)/.exec(e?.message ?? '') // JS error thrown inside the adapter
    const err = (ext && adapter.errorRegistry.consumeError(Number(ext[1]))?.error) || e
    if (err instanceof WebAssembly.RuntimeError) throw err // panic: handled above, the instance is dead
    fail(id, err.message ?? String(err), { error_code: err.code ?? null, meta: err.meta ?? null })
  }
}

let queue = Promise.resolve() // one request at a time, in order, like the native engine
createInterface({ input: process.stdin })
  .on('line', (line) => {
    const msg = line.trim() && JSON.parse(line)
    if (msg?.method) queue = queue.then(() => handle(msg)) // (lines without method: replies to "print")
  })
  .on('close', () => queue.then(() => process.exit(0)))
