#!/usr/bin/env node
// `npm run bench`: the public pages at ten times national scale, measured against the static-file limit
// of the same server, in one bounded run (issue 14; results in docs/BENCHMARKS.md).
//
// 1. Builds unless a build exists (BENCH_BUILD=1 rebuilds).
// 2. Starts `next start` (test mode: plain http, rate limits off) on the synthetic data of
//    `npm run bench:data`: the embedded PGlite in .data/bench, or BENCH_DATABASE_URL (PostgreSQL, a bench_…
//    database).
// 3. Saves the oblast page's HTML as public/bench-static/oblast.html, restarts (a production server
//    lists public/ when it starts), and measures with autocannon (BENCH_CONNECTIONS 32,
//    BENCH_SECONDS 10 each): that file, then every public page type and /api/v1/territories/KG-T. Before
//    each load, three single requests give the latency of one reader alone and the page's size.
// 4. Writes the table between the `bench:pages` markers of docs/BENCHMARKS.md (other sections are kept)
//    and the raw figures to .data/bench-results/. Timings are figures, not tests: nothing here fails on
//    a slow page; it fails only when a page answers an error.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import pg from 'pg'
import { embeddedUrl } from './embedded-db.mjs'
import { loadTestEnv } from './load-test-env.mjs'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const PORT = Number(process.env.BENCH_PORT ?? 3140)
const PGLITE_PORT = Number(process.env.BENCH_PGLITE_PORT ?? 5542)
const PGLITE_DIR = process.env.BENCH_PGLITE_DIR ?? '.data/bench'
const PG_URL = process.env.BENCH_DATABASE_URL ?? ''
const LABEL = process.env.BENCH_LABEL ?? ''
const ORIGIN = `http://127.0.0.1:${PORT}`
const STATIC_DIR = 'public/bench-static'
const t0 = performance.now()

const env = loadTestEnv({
  REDIS_URL: process.env.BENCH_REDIS_URL ?? '',
  DATABASE_URL: PG_URL,
  PGLITE_DIR,
  PGLITE_PORT: String(PGLITE_PORT),
})
if (PG_URL && !/\/bench_[a-z0-9_]+(\?|$)/.test(PG_URL)) fail('BENCH_DATABASE_URL must name a bench_… database')
if (!PG_URL && !existsSync(PGLITE_DIR)) fail(`no benchmark data in ${PGLITE_DIR}: run \`npm run bench:data\` first`)

let server = null
process.on('exit', () => server && killGroup(server, 'SIGKILL'))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130))

const DIST = process.env.NEXT_DIST_DIR || '.next'
if (process.env.BENCH_BUILD === '1' || !existsSync(`${DIST}/BUILD_ID`)) {
  step('next build')
  if ((await exec('next', ['build'])) !== 0) fail('next build failed')
}

const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  commit: await git(['rev-parse', '--short', 'HEAD']),
  dirty: (await git(['status', '--porcelain', '--untracked-files=no'])) !== '',
  database: PG_URL ? 'PostgreSQL' : 'PGlite',
}

step(`start the server on ${machine.database}`)
rmSync(STATIC_DIR, { recursive: true, force: true })
server = await startServer()
const targets = await pickTargets()
step('oblast page → static file; restart')
const oblastHtml = await (await fetch(`${ORIGIN}${targets.find((t) => t.name === 'oblast').path}`)).text()
mkdirSync(STATIC_DIR, { recursive: true })
writeFileSync(`${STATIC_DIR}/oblast.html`, oblastHtml)
await stopServer(server)
server = await startServer()

const results = []
// BENCH_SKIP=search,organization leaves rows out (a short run; the report lists only what ran).
const skip = new Set(
  (process.env.BENCH_SKIP ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
)
try {
  for (const target of [{ name: 'static file (limit)', path: '/bench-static/oblast.html' }, ...targets]) {
    if (skip.has(target.name)) continue
    step(`${target.name}: ${target.path}`)
    try {
      results.push(await measure(target))
    } catch (e) {
      console.log(`    failed: ${e.cause?.code ?? e.message}`)
      results.push({ ...target, failed: String(e.cause?.code ?? e.message) })
    }
    await drain()
  }
} finally {
  const rss = peakRss(server.pid)
  await stopServer(server)
  server = null
  rmSync(STATIC_DIR, { recursive: true, force: true })
  const run = {
    at: new Date().toISOString(),
    label: LABEL,
    machine,
    seconds: SECONDS,
    connections: CONNECTIONS,
    rss,
    results,
  }
  mkdirSync('.data/bench-results', { recursive: true })
  writeFileSync(`.data/bench-results/${run.at.replace(/[:.]/g, '-')}.json`, JSON.stringify(run, null, 2))
  writeReport(run)
  step(`done in ${Math.round((performance.now() - t0) / 1000)} s; docs/BENCHMARKS.md updated`)
}
if (results.some((r) => r.failed || r.errors || r.non2xx)) process.exitCode = 1

/**
 * After a load the server may still be rendering what autocannon gave up on: wait (at most two
 * minutes) until a trivial request answers within a second again, so the next row starts even.
 */
async function drain() {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const t = performance.now()
    try {
      await fetch(`${ORIGIN}/api/health`, { signal: AbortSignal.timeout(5_000) })
      if (performance.now() - t < 1_000) return
    } catch {
      // still busy
    }
  }
}

async function measure({ name, path }) {
  const url = `${ORIGIN}${path}`
  const single = []
  let bytes = 0
  let gzip = 0
  let status = 0
  // Up to three, fewer when one is slow (a page that takes a minute alone is measured once).
  for (let i = 0, spent = 0; i < 3 && spent < 10_000; i++) {
    const t = performance.now()
    const res = await fetch(url, { signal: AbortSignal.timeout(180_000) })
    const body = Buffer.from(await res.arrayBuffer())
    single.push(performance.now() - t)
    spent += single.at(-1)
    status = res.status
    bytes = body.length
    gzip = gzipSync(body).length
  }
  const loadBefore = os.loadavg()[0]
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 30 })
  const out = {
    name,
    path,
    status,
    bytes,
    gzip,
    firstMs: Math.round(single[0]),
    singleMs: Math.round([...single].sort((a, b) => a - b)[Math.floor((single.length - 1) / 2)]),
    rps: r.requests.average,
    p50: r.latency.p50,
    p95: percentile(r, 95),
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    load: [loadBefore, os.loadavg()[0]].map((l) => l.toFixed(1)).join('→'),
  }
  console.log(
    `    ${out.rps.toFixed(1)} req/s, p50 ${out.p50} ms, p95 ${out.p95} ms, p99 ${out.p99} ms, ` +
      `first ${out.firstMs} ms, alone ${out.singleMs} ms, ${Math.round(bytes / 1024)} KB (${Math.round(gzip / 1024)} KB gzip), ` +
      `errors ${out.errors}, timeouts ${out.timeouts}, non-2xx ${out.non2xx}, load ${out.load}`,
  )
  return out
}

/** autocannon reports p90 and p97.5 but not p95; interpolate between them (noted in the report). */
function percentile(r, p) {
  if (p === 95) return Math.round(r.latency.p90 + ((r.latency.p97_5 - r.latency.p90) * (95 - 90)) / (97.5 - 90))
  return null
}

/** The busiest places and records of the synthetic data, so every page type is measured at its heaviest. */
async function pickTargets() {
  const db = new pg.Client({ connectionString: databaseUrl() })
  await db.connect()
  const one = async (sql) => (await db.query(sql)).rows[0]
  const oblast = await one(`SELECT path FROM "Territory" WHERE code = 'KG-T'`)
  const busiest = (parentPath) =>
    one(`SELECT t.path FROM "Territory" t JOIN "Territory" p ON p.id = t."parentId"
         JOIN "PartnershipTerritory" pt ON pt."territoryId" = t.id
         WHERE p.path = '${parentPath}' GROUP BY t.path ORDER BY count(*) DESC, t.path LIMIT 1`)
  const rayon = await busiest(oblast.path)
  const ao = await busiest(rayon.path)
  const org = await one(`SELECT o.slug FROM "Organization" o JOIN "PartnershipParty" pp ON pp."organizationId" = o.id
    WHERE o."publicationStatus" = 'PUBLISHED' AND o.id LIKE 'bench-%' GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`)
  const partnership = await one(`SELECT ps.slug FROM "Partnership" ps JOIN "Project" p ON p."partnershipId" = ps.id
    WHERE ps."publicationStatus" = 'PUBLISHED' AND ps.id LIKE 'bench-%' GROUP BY ps.slug ORDER BY count(*) DESC, ps.slug LIMIT 1`)
  const caseStudy = await one(
    `SELECT slug FROM "CaseStudy" WHERE "publicationStatus" = 'PUBLISHED' ORDER BY slug LIMIT 1`,
  )
  await db.end()
  return [
    { name: 'home', path: '/en' },
    { name: 'oblast', path: `/en/places/${oblast.path}` },
    { name: 'rayon', path: `/en/places/${rayon.path}` },
    { name: 'aiyl okmot', path: `/en/places/${ao.path}` },
    { name: 'organization', path: `/en/organizations/${org.slug}` },
    { name: 'partnership', path: `/en/partnerships/${partnership.slug}` },
    { name: 'case study', path: `/en/case-studies/${caseStudy.slug}` },
    { name: 'API territory', path: '/api/v1/territories/KG-T' },
    // Last: a slow search leaves a backlog the server keeps working through after the load stops.
    { name: 'search', path: '/en/search?q=yrys' },
  ]
}

function databaseUrl() {
  if (PG_URL) return PG_URL
  return embeddedUrl(PGLITE_PORT, readFileSync(`${PGLITE_DIR}.password`, 'utf8').trim())
}

async function startServer() {
  const child = spawn('node', ['scripts/with-db.mjs', 'next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`the server exited:\n${log}`)
    try {
      const res = await fetch(`${ORIGIN}/api/health`)
      if (res.ok) return child
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  fail(`the server did not answer /api/health within 180 s:\n${log}`)
}

async function stopServer(child) {
  killGroup(child, 'SIGTERM')
  const deadline = Date.now() + 15_000
  while (child.exitCode === null && child.signalCode === null && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200))
  if (child.exitCode === null && child.signalCode === null) killGroup(child, 'SIGKILL')
  await new Promise((r) => setTimeout(r, 500))
}

function killGroup(child, sig) {
  try {
    process.kill(-child.pid, sig)
  } catch {
    // already gone
  }
}

/** Peak resident set (VmHWM) of each process of the server's group: the launcher (with PGlite in it) and Next. */
function peakRss(pgid) {
  const out = {}
  for (const pid of readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
      const name = cmd.includes('with-db') ? 'launcher (PGlite in it)' : /next/.test(cmd) ? 'next' : cmd.slice(0, 40)
      out[name] = Math.max(out[name] ?? 0, Math.round(hwm / 1024))
    } catch {
      // the process ended meanwhile
    }
  }
  return out
}

function readdir(dir) {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

function writeReport(run) {
  const file = 'docs/BENCHMARKS.md'
  // One section per database and BENCH_KEY (default "current"): a rerun replaces its own section only,
  // so a baseline kept under another key stays beside it.
  const key = `${machine.database} ${process.env.BENCH_KEY ?? 'current'}`
  const start = `<!-- bench:pages ${key} start -->`
  const end = `<!-- bench:pages ${key} end -->`
  const limit = run.results.find((r) => r.name.startsWith('static'))
  const rows = run.results.map((r) => {
    if (r.failed) return `| ${r.name} | \`${r.path}\` | failed: ${r.failed} | | | | | | | | |`
    if (!r.requests)
      return `| ${r.name} | \`${r.path}\` | 0 (none finished in ${run.seconds} s) | 0 % | — | — | — | ${r.firstMs} / ${r.singleMs} | ${kb(r.bytes)} (${kb(r.gzip)}) | ${r.errors + r.timeouts + r.non2xx} | ${r.load} |`
    const ratio = limit?.rps && r !== limit ? `${((100 * r.rps) / limit.rps).toFixed(1)} %` : '—'
    return `| ${r.name} | \`${r.path}\` | ${r.rps.toFixed(1)} | ${ratio} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.firstMs} / ${r.singleMs} | ${kb(r.bytes)} (${kb(r.gzip)}) | ${r.errors + r.timeouts + r.non2xx} | ${r.load} |`
  })
  const section = [
    start,
    `### Public pages on ${machine.database}${run.label ? ` — ${run.label}` : ''}`,
    '',
    `${run.at.slice(0, 16).replace('T', ' ')} UTC, commit \`${machine.commit}\`${machine.dirty ? ' (with uncommitted changes)' : ''}; ` +
      `${machine.cpus}, ${machine.memory}, Node ${machine.node}; autocannon 9.0.0, ${run.connections} connections, ` +
      `${run.seconds} s per row, loopback; data cache ${process.env.REGISTRY_DATA_CACHE === 'off' ? 'bypassed (REGISTRY_DATA_CACHE=off)' : process.env.BENCH_REDIS_URL ? 'in Redis' : 'in memory'}; the machine is shared (load average: 1-minute, before→after each row). ` +
      `p95 is interpolated between autocannon's p90 and p97.5. "first / alone": the first single request (cold: nothing cached yet) and the median of up to three before the load. ` +
      `Peak RSS: ${Object.entries(run.rss)
        .map(([k, v]) => `${k} ${v} MB`)
        .join(', ')}.`,
    '',
    '| page | path | req/s | of static | p50 ms | p95 ms | p99 ms | first / alone ms | size KB (gzip) | errors | load |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    end,
  ].join('\n')
  let text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\n`npm run bench` (public pages, scripts/bench.mjs) and `npm run bench:data` (the 10× synthetic data, scripts/bench-data.mjs). Figures are measured on a shared 2-core machine; the load column says how busy it was.\n'
  const i = text.indexOf(start)
  const j = text.indexOf(end)
  text = i >= 0 && j > i ? text.slice(0, i) + section + text.slice(j + end.length) : `${text.trimEnd()}\n\n${section}\n`
  writeFileSync(file, text)
}

function kb(n) {
  return (n / 1024).toFixed(n < 10240 ? 1 : 0)
}

function step(message) {
  console.log(`[bench ${Math.round((performance.now() - t0) / 1000)} s] ${message}`)
}

function fail(message) {
  console.error(`[bench] ${message}`)
  process.exit(1)
}

function exec(cmd, args) {
  return new Promise((resolve) => spawn(cmd, args, { stdio: 'inherit', env }).on('exit', (c) => resolve(c ?? 1)))
}

function git(args) {
  return new Promise((resolve) => {
    let out = ''
    const c = spawn('git', args)
    c.stdout.on('data', (d) => (out += d))
    c.on('exit', () => resolve(out.trim()))
  })
}
