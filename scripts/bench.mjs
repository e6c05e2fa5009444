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
//    nginx (docs/deploy/nginx.conf, its paths and ports swapped for a scratch directory: startNginx) runs
//    in front of the server with the same static file on its own disk: every row is measured directly
//    (next start) and through nginx, each against the static file of the same origin.
// 4. Before the load (on a quiet server): freshness (scripts/bench-freshness.ts: a server action over
//    HTTP withdraws a partnership of the oblast and publishes it again; the time until the oblast page
//    shows each change — with PostgreSQL and BENCH_REDIS_URL also on a second `next start` on
//    BENCH_PORT+1 sharing the database and Redis, written through the first, read on both — and through
//    nginx in front of the first); first-load
//    JavaScript per public page in Chromium (empty cache); Lighthouse 12.2.3, mobile, for home, the
//    oblast and a case study. After the load: the national cost-share aggregate, uncached
//    (scripts/bench-aggregate.ts: the app's readers called directly); every page type with nothing
//    cached (the server restarted with REGISTRY_DATA_CACHE=off, one request at a time); then
//    `npm run bench:import` (its own section of the report).
//    BENCH_SKIP names rows or phases (freshness, js, lighthouse, aggregate, bypass, import) to leave out; the whole run
//    keeps to BENCH_BUDGET_MINUTES (19): a phase that no longer fits is reported as skipped.
// 5. Writes the tables between the `bench:pages` markers of docs/BENCHMARKS.md (other sections are kept)
//    and the raw figures to .data/bench-results/. Timings are figures, not tests: nothing here fails on
//    a slow page; it fails only when a page answers an error.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import pg from 'pg'
import { createClient } from 'redis'
import { chromiumLaunchOptions } from '../lib/chromium.mjs'
import { embeddedUrl } from './embedded-db.mjs'
import { loadTestEnv } from './load-test-env.mjs'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
/** Requests per page type with nothing cached (fewer when a page's requests pass 15 s). */
const BYPASS_RUNS = 10
// Ports of its own, outside the ranges the engineers' test servers use (3100–3160, 5700–5765): the app on
// BENCH_PORT (3240) and BENCH_PORT+1 (the second instance), nginx on BENCH_NGINX_PORT (BENCH_PORT+7) and
// the next port (the comparison configuration), PGlite on 5542 and the import's scratch PGlite on 5544.
const PORT = Number(process.env.BENCH_PORT ?? 3240)
const PGLITE_PORT = Number(process.env.BENCH_PGLITE_PORT ?? 5542)
const PGLITE_DIR = process.env.BENCH_PGLITE_DIR ?? '.data/bench'
const PG_URL = process.env.BENCH_DATABASE_URL ?? ''
const LABEL = process.env.BENCH_LABEL ?? ''
const ORIGIN = `http://127.0.0.1:${PORT}`
const SECOND_ORIGIN = `http://127.0.0.1:${PORT + 1}`
const STATIC_DIR = 'public/bench-static'
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? PORT + 7)
const NGINX_ORIGIN = `http://127.0.0.1:${NGINX_PORT}`
const NGINX_LOCK_ORIGIN = `http://127.0.0.1:${NGINX_PORT + 1}`
const NGINX_DIR = `${os.tmpdir()}/registry-bench-nginx-${NGINX_PORT}`
const REDIS_PREFIX = process.env.BENCH_REDIS_PREFIX || 'registry-bench:'
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MINUTES ?? 19) * 60_000
// The servers' own Node options (not the bench's: Lighthouse runs in this process), e.g. the heap bound
// README's production deployment recommends: BENCH_SERVER_NODE_OPTIONS=--max-old-space-size=256.
const SERVER_NODE_OPTIONS = process.env.BENCH_SERVER_NODE_OPTIONS ?? ''
const t0 = performance.now()
const left = () => BUDGET_MS - (performance.now() - t0)

const env = loadTestEnv({
  REDIS_URL: process.env.BENCH_REDIS_URL ?? '',
  REDIS_KEY_PREFIX: REDIS_PREFIX,
  DATABASE_URL: PG_URL,
  PGLITE_DIR,
  PGLITE_PORT: String(PGLITE_PORT),
})
if (PG_URL && !/\/bench_[a-z0-9_]+(\?|$)/.test(PG_URL)) fail('BENCH_DATABASE_URL must name a bench_… database')
if (!PG_URL && !existsSync(PGLITE_DIR)) fail(`no benchmark data in ${PGLITE_DIR}: run \`npm run bench:data\` first`)

let server = null
let second = null
let nginx = null
process.on('exit', () => [server, second, nginx].forEach((s) => s && killGroup(s, 'SIGKILL')))
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
  uptime: [uptime()],
}

step(`start the server on ${machine.database}`)
rmSync(STATIC_DIR, { recursive: true, force: true })
if (env.REDIS_URL) await clearRedisCache()
server = await startServer()
const targets = await pickTargets()
step('oblast page → static file; restart')
const oblastHtml = await (await fetch(`${ORIGIN}${targets.find((t) => t.name === 'oblast').path}`)).text()
mkdirSync(STATIC_DIR, { recursive: true })
writeFileSync(`${STATIC_DIR}/oblast.html`, oblastHtml)
await stopServer(server)
server = await startServer()
try {
  nginx = await startNginx()
} catch (e) {
  console.log(`    nginx: ${e.message}`)
}

const results = []
/** The phases besides the rows: each an object, or { skipped: why }. */
const phases = {}
const rss = {}
// BENCH_SKIP=search,organization,lighthouse leaves rows or phases out (a short run; the report lists only what ran).
const skip = new Set(
  (process.env.BENCH_SKIP ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
)
/** Runs a phase unless skipped or out of time (it needs about `needMs`); its failure is recorded, not fatal. */
async function phase(name, needMs, fn) {
  if (skip.has(name)) return
  if (left() < needMs) {
    phases[name] = { skipped: `time budget (${Math.round(left() / 1000)} s left, needs ~${needMs / 1000} s)` }
    return step(`${name}: skipped, out of time`)
  }
  step(name)
  try {
    phases[name] = await fn()
  } catch (e) {
    console.log(`    failed: ${e.message}`)
    phases[name] = { failed: e.message }
  }
}
const oblastPath = targets.find((t) => t.name === 'oblast').path
/** What each phase after the rows needs (ms); the rows keep that much, and 40 s more, for those not skipped. */
const AFTER_ROWS = { aggregate: 60_000, bypass: 150_000, import: 200_000 }
const TAIL_RESERVE_MS =
  40_000 + Object.entries(AFTER_ROWS).reduce((ms, [name, need]) => ms + (skip.has(name) ? 0 : need), 0)
try {
  await phase('freshness', 240_000, freshness)
  // The search page's bundle does not depend on the query: measured without one (a slow search is a row below).
  const pagesForJs = targets
    .filter((t) => !t.path.startsWith('/api/'))
    .map((t) => (t.name === 'search' ? { ...t, path: t.path.replace(/\?.*$/, '') } : t))
  await phase('js', 120_000, () => firstLoadJs(pagesForJs))
  await phase('lighthouse', 240_000, () =>
    lighthouse(targets.filter((t) => ['home', 'oblast', 'case study'].includes(t.name))),
  )
  // Through nginx first (at most one render per page per second reaches the app), then directly.
  const viaNginx =
    nginx && !skip.has('nginx')
      ? [
          {
            name: 'static file via nginx (limit)',
            path: '/bench-static/oblast.html',
            origin: NGINX_ORIGIN,
            via: 'nginx',
          },
          ...targets.map((t) => ({ ...t, origin: NGINX_ORIGIN, via: 'nginx' })),
          {
            name: 'oblast, nginx lock only',
            path: oblastPath,
            origin: NGINX_LOCK_ORIGIN,
            via: 'nginx lock only',
            base: 'oblast',
          },
        ]
      : []
  for (const target of [...viaNginx, { name: 'static file (limit)', path: '/bench-static/oblast.html' }, ...targets]) {
    if (skip.has(target.base ?? target.name)) continue
    if (left() < TAIL_RESERVE_MS + SECONDS * 1000 + 30_000) {
      results.push({ ...target, failed: 'skipped: time budget' })
      continue
    }
    step(`${target.name}: ${target.path}`)
    try {
      results.push(await measure(target))
    } catch (e) {
      console.log(`    failed: ${e.cause?.code ?? e.message}`)
      results.push({ ...target, failed: String(e.cause?.code ?? e.message) })
    }
    await drain()
  }
  await phase('aggregate', AFTER_ROWS.aggregate, nationalAggregate)
  await phase('bypass', AFTER_ROWS.bypass, () => bypassed(targets))
} finally {
  if (nginx) await stopServer(nginx)
  Object.assign(rss, prefixKeys(peakRss(server.pid), server.bypassed ? 'data cache bypassed: ' : ''))
  await stopServer(server)
  server = null
  rmSync(STATIC_DIR, { recursive: true, force: true })
  await phase('import', AFTER_ROWS.import, benchImport)
  machine.uptime.push(uptime())
  const run = {
    at: new Date().toISOString(),
    label: LABEL,
    machine,
    seconds: SECONDS,
    connections: CONNECTIONS,
    rss,
    results,
    phases,
  }
  mkdirSync('.data/bench-results', { recursive: true })
  writeFileSync(`.data/bench-results/${run.at.replace(/[:.]/g, '-')}.json`, JSON.stringify(run, null, 2))
  writeReport(run)
  step(`done in ${Math.round((performance.now() - t0) / 1000)} s; docs/BENCHMARKS.md updated`)
}
if (results.some((r) => (r.failed && !r.failed.startsWith('skipped')) || r.errors || r.non2xx)) process.exitCode = 1

/**
 * Freshness: scripts/bench-freshness.ts writes through the first instance and polls the oblast page on
 * each reader. With PostgreSQL and Redis a second instance (BENCH_PORT+1) shares both and is read too.
 */
async function freshness() {
  const readers = [ORIGIN]
  if (PG_URL && env.REDIS_URL) {
    second = await startServer(PORT + 1, { SKIP_MIGRATE: '1' })
    readers.push(SECOND_ORIGIN)
  }
  if (nginx) readers.push(NGINX_ORIGIN)
  try {
    const out = await execCapture('tsx', ['scripts/bench-freshness.ts'], 360_000, {
      DATABASE_URL: databaseUrl(),
      FRESH_WRITER: ORIGIN,
      FRESH_READERS: readers.join(','),
      FRESH_OBLAST: oblastPath.replace(/^\/en\/places\//, ''),
      NEXT_DIST_DIR: DIST,
    })
    const result = JSON.parse(out.trim().split('\n').at(-1) || '{}')
    if (result.error) throw new Error(result.error)
    for (const s of result.samples)
      console.log(`    ${s.change} → ${readerName(s.reader)}: ${s.ms ?? '> limit'} ms (${s.polls} polls)`)
    return {
      ...result,
      instances: readers.filter((r) => r !== NGINX_ORIGIN).length,
      viaNginx: readers.includes(NGINX_ORIGIN),
    }
  } finally {
    if (second) {
      Object.assign(rss, prefixKeys(peakRss(second.pid), 'instance B: '))
      await stopServer(second)
      second = null
    }
  }
}

/**
 * The national cost-share aggregate, uncached: scripts/bench-aggregate.ts calls the app's readers
 * directly (the rollup the home page reads, and the same figures from the ledger) against the database
 * the server is running on.
 */
async function nationalAggregate() {
  const out = await execCapture('tsx', ['--conditions=react-server', 'scripts/bench-aggregate.ts'], 300_000, {
    DATABASE_URL: databaseUrl(),
  })
  const result = JSON.parse(out.trim().split('\n').at(-1) || '{}')
  if (result.error) throw new Error(result.error)
  console.log(`    rollup ${result.rollup.join(', ')} ms; ledger ${result.ledger.join(', ')} ms; ${result.lines} lines`)
  return result
}

/**
 * Every public page type with nothing cached: the server restarted with REGISTRY_DATA_CACHE=off (no
 * data cache: each request reads the database) and read directly, one request at a time (after one
 * request that loads the page's code), so each figure is one page's own cost. The peak RSS of the
 * cached run is recorded before the restart.
 */
async function bypassed(pages) {
  Object.assign(rss, peakRss(server.pid))
  await stopServer(server)
  server = await startServer(PORT, { REGISTRY_DATA_CACHE: 'off', SKIP_MIGRATE: '1' })
  server.bypassed = true
  const out = []
  for (const { name, path } of pages) {
    const url = `${ORIGIN}${path}`
    const timeOne = async () => {
      const t = performance.now()
      const res = await fetch(url, { signal: AbortSignal.timeout(60_000) })
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
      return performance.now() - t
    }
    try {
      const first = await timeOne()
      const ms = []
      for (let i = 0, spent = 0; i < BYPASS_RUNS && spent < 15_000; i++) {
        ms.push(await timeOne())
        spent += ms.at(-1)
      }
      ms.sort((a, b) => a - b)
      const at = (q) => Math.round(ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)])
      const row = { name, path, first: Math.round(first), p50: at(0.5), p95: at(0.95), max: Math.round(ms.at(-1)) }
      out.push(row)
      console.log(`    ${name}: first ${row.first} ms, p50 ${row.p50} ms, p95 ${row.p95} ms`)
    } catch (e) {
      out.push({ name, path, failed: e.message })
    }
  }
  return { runs: BYPASS_RUNS, pages: out }
}

/**
 * First-load JavaScript per public page: a fresh browser context (empty cache) loads the page in Debian's
 * Chromium; the script responses' encoded bodies are summed (what crossed the wire, compressed by the
 * server) and their decoded bodies gzipped here (gzip at the default level, whatever the server sent).
 * The document's own HTML is gzipped the same way.
 */
async function firstLoadJs(pages) {
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch(chromiumLaunchOptions)
  const out = []
  try {
    for (const { name, path } of pages) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const scripts = []
      page.on('requestfinished', (req) => req.resourceType() === 'script' && scripts.push(req))
      try {
        const doc = await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load', timeout: 120_000 })
        await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {})
        let encoded = 0
        let gzip = 0
        for (const req of scripts) {
          encoded += (await req.sizes()).responseBodySize
          gzip += gzipSync((await (await req.response())?.body()) ?? Buffer.alloc(0)).length
        }
        const html = await doc.body()
        out.push({
          name,
          path,
          scripts: scripts.length,
          encoded,
          gzip,
          html: html.length,
          htmlGzip: gzipSync(html).length,
        })
        console.log(
          `    ${name}: ${scripts.length} scripts, ${kb(encoded)} KB sent, ${kb(gzip)} KB gzip; HTML ${kb(gzipSync(html).length)} KB gzip`,
        )
      } catch (e) {
        out.push({ name, path, failed: e.message.split('\n')[0] })
      } finally {
        await context.close()
      }
    }
  } finally {
    await browser.close()
  }
  return { pages: out }
}

/**
 * Lighthouse 12.2.3 (mobile, its default profile) through chrome-launcher on Debian's Chromium: a fresh
 * browser per page (a second run in the same headless browser loses its trace: NO_NAVSTART).
 */
async function lighthouse(pages) {
  const { default: run } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const out = []
  for (const { name, path } of pages) {
    await fetch(`${ORIGIN}${path}`, { signal: AbortSignal.timeout(120_000) }) // warm: the cache, not the first render
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumLaunchOptions.executablePath,
      chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
    })
    try {
      const { lhr } = await run(`${ORIGIN}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      })
      const { categories, audits, runtimeError } = lhr
      const score = (c) => (categories[c]?.score == null ? null : Math.round(categories[c].score * 100))
      const row = {
        name,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        fcp: audits['first-contentful-paint']?.numericValue,
        lcp: audits['largest-contentful-paint']?.numericValue,
        tbt: audits['total-blocking-time']?.numericValue,
        cls: audits['cumulative-layout-shift']?.numericValue,
        a11yFailures: categories.accessibility.auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
          .map((ref) => ref.id),
        error: runtimeError?.message,
      }
      // The elements behind each failed accessibility audit, in the raw results (.data/bench-results).
      row.a11yNodes = Object.fromEntries(
        row.a11yFailures.map((id) => [
          id,
          (audits[id].details?.items ?? []).slice(0, 5).map((i) => i.node?.snippet ?? i.node?.selector ?? ''),
        ]),
      )
      out.push(row)
      for (const [id, nodes] of Object.entries(row.a11yNodes)) console.log(`    ${id}: ${nodes.join(' | ')}`)
      console.log(`    ${name}: performance ${row.performance}, accessibility ${row.accessibility}`)
    } finally {
      chrome.kill()
    }
  }
  return { version: lighthouseVersion(), pages: out }
}

function lighthouseVersion() {
  return JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version
}

/**
 * `npm run bench:import` on a scratch PGlite of its own (port BENCH_PGLITE_PORT+2); it writes its own
 * section. Bounded by what is left of the budget (at least two minutes): past that it is stopped.
 */
async function benchImport() {
  const t = performance.now()
  const child = spawn('npm', ['run', 'bench:import'], {
    stdio: 'inherit',
    detached: true,
    env: { ...env, DATABASE_URL: '', BENCH_IMPORT_PGLITE_PORT: String(PGLITE_PORT + 2) },
  })
  const limit = setTimeout(() => killGroup(child, 'SIGTERM'), Math.max(120_000, left()))
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  clearTimeout(limit)
  const seconds = Math.round((performance.now() - t) / 1000)
  if (code !== 0) throw new Error(`bench:import exited with ${code} after ${seconds} s (stopped at the time budget?)`)
  return { seconds }
}

/**
 * nginx in front of the server, configured by docs/deploy/nginx.conf itself: its root-owned paths (pid,
 * logs, cache) are swapped for a scratch directory, its TLS server for a plain loopback listener, its
 * upstream for this server; the static file is served from nginx's own disk. Each swap checks that the
 * line it replaces is there, so the documented file and the measured one cannot drift apart. A second
 * server on the next port is the previous configuration for comparison: the copy expires after a second
 * and every reader waits behind the one refresh (`proxy_cache_lock`, no stale copy).
 */
async function startNginx() {
  rmSync(NGINX_DIR, { recursive: true, force: true })
  mkdirSync(`${NGINX_DIR}/cache`, { recursive: true })
  mkdirSync(`${NGINX_DIR}/cache-lock`, { recursive: true })
  let conf = readFileSync('docs/deploy/nginx.conf', 'utf8')
  const swap = (from, to) => {
    if (!(typeof from === 'string' ? conf.includes(from) : from.test(conf)))
      throw new Error(`docs/deploy/nginx.conf no longer has ${from}`)
    conf = conf.replace(from, to)
  }
  swap('worker_processes auto;', 'daemon off;\nworker_processes auto;')
  swap(/^pid .*;$/m, `pid ${NGINX_DIR}/nginx.pid;`)
  swap(/^error_log .*;$/m, `error_log ${NGINX_DIR}/error.log warn;`)
  swap(
    /^ {2}access_log .*;$/m,
    `  log_format bench '$upstream_cache_status';
  access_log ${NGINX_DIR}/access.log bench buffer=256k flush=1s;
  client_body_temp_path ${NGINX_DIR}/body;
  proxy_temp_path ${NGINX_DIR}/proxy;
  fastcgi_temp_path ${NGINX_DIR}/fastcgi;
  uwsgi_temp_path ${NGINX_DIR}/uwsgi;
  scgi_temp_path ${NGINX_DIR}/scgi;
  proxy_cache_path ${NGINX_DIR}/cache-lock levels=1:2 keys_zone=lockonly:10m max_size=256m inactive=10m use_temp_path=off;`,
  )
  swap('proxy_cache_path /var/cache/nginx/registry', `proxy_cache_path ${NGINX_DIR}/cache`)
  swap('server 127.0.0.1:3000;', `server 127.0.0.1:${PORT};`)
  swap(/ {2}server \{\n {4}listen 80;[\s\S]*?\n {2}\}\n/, '')
  swap(/listen 443 ssl http2;/, `listen 127.0.0.1:${NGINX_PORT};`)
  swap(/^ {4}ssl_.*\n/gm, '')
  swap(
    /\n {4}location \/ \{/,
    `\n    location /bench-static/ {\n      root ${process.cwd()}/public;\n    }\n\n    location / {`,
  )
  // The comparison: the app's Cache-Control replaced by one second of validity and no stale copy.
  const documented = /\n {2}server \{\n {4}listen 127[\s\S]*?\n {2}\}\n/.exec(conf)[0]
  const lockOnly = documented
    .replace(`listen 127.0.0.1:${NGINX_PORT};`, `listen 127.0.0.1:${NGINX_PORT + 1};`)
    .replace(
      'proxy_cache registry;',
      'proxy_cache lockonly;\n      proxy_ignore_headers Cache-Control Expires;\n      proxy_cache_valid 200 1s;',
    )
    .replace('proxy_cache_background_update on;', 'proxy_cache_background_update off;')
  conf = conf.replace(/\}\s*$/, `${lockOnly}}\n`)
  writeFileSync(`${NGINX_DIR}/nginx.conf`, conf)
  const child = spawn('nginx', ['-p', NGINX_DIR, '-e', `${NGINX_DIR}/error.log`, '-c', `${NGINX_DIR}/nginx.conf`], {
    stdio: 'ignore',
    detached: true,
  })
  for (let i = 0; i < 40; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${readFileSync(`${NGINX_DIR}/error.log`, 'utf8')}`)
    try {
      if ((await fetch(`${NGINX_ORIGIN}/api/health`)).ok) {
        step(
          `nginx on ${NGINX_PORT} (and ${NGINX_PORT + 1}), config ${NGINX_DIR}/nginx.conf from docs/deploy/nginx.conf`,
        )
        return child
      }
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('nginx did not answer')
}

/** What nginx's cache did for each request of a row (its access log holds $upstream_cache_status only). */
async function nginxStatuses(run) {
  const log = `${NGINX_DIR}/access.log`
  writeFileSync(log, '')
  const result = await run()
  await new Promise((r) => setTimeout(r, 1500)) // the log's buffer is flushed every second
  const counts = {}
  for (const line of readFileSync(log, 'utf8').split('\n')) if (line) counts[line] = (counts[line] ?? 0) + 1
  return { result, counts }
}

/** The use-cache entries of earlier runs under the bench's Redis prefix: every run starts cold. */
async function clearRedisCache() {
  const redis = createClient({ url: env.REDIS_URL })
  await redis.connect()
  let n = 0
  for await (const keys of redis.scanIterator({ MATCH: `${REDIS_PREFIX}use-cache:*`, COUNT: 500 })) {
    const list = Array.isArray(keys) ? keys : [keys]
    if (list.length) n += await redis.del(list)
  }
  await redis.quit()
  step(`Redis: ${n} cached entries under ${REDIS_PREFIX} cleared`)
}

function prefixKeys(o, prefix) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [prefix + k, v]))
}

function uptime() {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim()
  } catch {
    return `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`
  }
}

/**
 * After a load the server may still be rendering what autocannon gave up on: wait (at most a minute,
 * less when the time budget is short) until a trivial request answers within a second again, so the
 * next row starts even.
 */
async function drain() {
  const deadline = Date.now() + Math.min(60_000, Math.max(10_000, left() - TAIL_RESERVE_MS))
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

async function measure({ name, path, origin = ORIGIN, via }) {
  const url = `${origin}${path}`
  const single = []
  let bytes = 0
  let gzip = 0
  let status = 0
  let cacheStatus = null
  // Up to three, fewer when one is slow (a page that takes a minute alone is measured once).
  for (let i = 0, spent = 0; i < 3 && spent < 10_000; i++) {
    const t = performance.now()
    const res = await fetch(url, { signal: AbortSignal.timeout(180_000) })
    const body = Buffer.from(await res.arrayBuffer())
    single.push(performance.now() - t)
    spent += single.at(-1)
    status = res.status
    cacheStatus = res.headers.get('x-cache-status') ?? cacheStatus
    bytes = body.length
    gzip = gzipSync(body).length
  }
  const loadBefore = os.loadavg()[0]
  const load = () => autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 30 })
  const { result: r, counts } = via ? await nginxStatuses(load) : { result: await load(), counts: null }
  // Requests that reached the app: every status but HIT, UPDATING (the previous copy while one refresh runs)
  // and STALE beyond the one that started a background refresh — counted as one each.
  const toApp = counts
    ? Object.entries(counts).reduce((n, [k, v]) => n + (k === 'HIT' || k === 'UPDATING' || k === '-' ? 0 : v), 0)
    : null
  const out = {
    name,
    via: via ?? 'direct',
    cacheStatuses: counts,
    toAppPerSecond: toApp === null ? null : toApp / SECONDS,
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
  if (counts) console.log(`    nginx: ${JSON.stringify(counts)} (${cacheStatus} first)`)
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

async function startServer(port = PORT, extraEnv = {}) {
  const origin = `http://127.0.0.1:${port}`
  const child = spawn('node', ['scripts/with-db.mjs', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, ...(SERVER_NODE_OPTIONS ? { NODE_OPTIONS: SERVER_NODE_OPTIONS } : {}), ...extraEnv },
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
      const res = await fetch(`${origin}/api/health`)
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
      const launcher = PG_URL ? 'launcher' : 'launcher (PGlite in it)'
      const name = cmd.includes('with-db') ? launcher : /next/.test(cmd) ? 'next' : cmd.slice(0, 40)
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
  const rows = run.results.map((r) => {
    const via = r.via ?? 'direct'
    if (r.failed) return `| ${r.name} | ${via} | \`${r.path}\` | failed: ${r.failed} | | | | | | | | | |`
    const toApp = r.cacheStatuses ? `${r.toAppPerSecond.toFixed(1)} (${statuses(r.cacheStatuses)})` : '—'
    if (!r.requests)
      return `| ${r.name} | ${via} | \`${r.path}\` | 0 (none finished in ${run.seconds} s) | 0 % | — | — | — | ${r.firstMs} / ${r.singleMs} | ${kb(r.bytes)} (${kb(r.gzip)}) | ${r.errors + r.timeouts + r.non2xx} | ${toApp} | ${r.load} |`
    const limit = limitOf(run, r)
    const ratio = limit?.rps && r !== limit ? `${((100 * r.rps) / limit.rps).toFixed(1)} %` : '—'
    return `| ${r.name} | ${via} | \`${r.path}\` | ${r.rps.toFixed(1)} | ${ratio} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.firstMs} / ${r.singleMs} | ${kb(r.bytes)} (${kb(r.gzip)}) | ${r.errors + r.timeouts + r.non2xx} | ${toApp} | ${r.load} |`
  })
  const section = [
    start,
    `### Public pages on ${machine.database}${run.label ? ` — ${run.label}` : ''}`,
    '',
    `${run.at.slice(0, 16).replace('T', ' ')} UTC, commit \`${machine.commit}\`${machine.dirty ? ' (with uncommitted changes)' : ''}; ` +
      `${machine.cpus}, ${machine.memory}, Node ${machine.node}; autocannon 9.0.0, ${run.connections} connections, ` +
      `${run.seconds} s per row, loopback; data cache ${process.env.REGISTRY_DATA_CACHE === 'off' ? 'bypassed (REGISTRY_DATA_CACHE=off)' : process.env.BENCH_REDIS_URL ? 'in Redis' : 'in memory'}${SERVER_NODE_OPTIONS ? `; servers started with NODE_OPTIONS=${SERVER_NODE_OPTIONS}` : ''}; the machine is shared (load average: 1-minute, before→after each row). ` +
      `p95 is interpolated between autocannon's p90 and p97.5. "first / alone": the first single request (cold: nothing cached yet) and the median of up to three before the load. ` +
      `"via": \`direct\` is \`next start\` itself; \`nginx\` is docs/deploy/nginx.conf in front of it (the same static file on nginx's disk is that group's limit, and "of static" compares each row with the static file of its own group); \`nginx lock only\` is the previous configuration (a copy valid one second, then every reader waits behind one refresh). "to app /s": the requests nginx passed to the app per second of load (its cache statuses in brackets: HIT and UPDATING answered from the copy; STALE started one background refresh; EXPIRED and MISS waited for the app). ` +
      `Peak RSS: ${Object.entries(run.rss)
        .map(([k, v]) => `${k} ${v} MB`)
        .join(', ')}.`,
    '',
    `Machine load (\`uptime\`) at the start and at the end: ${run.machine.uptime.map((u) => `\`${u}\``).join('; ')}.`,
    '',
    '| page | via | path | req/s | of static | p50 ms | p95 ms | p99 ms | first / alone ms | size KB (gzip) | errors | to app /s | load |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows,
    ...phaseSections(run),
    ...targetsSection(run),
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

/** The freshness, first-load JS and Lighthouse tables (a phase skipped or failed says so in one line). */
function phaseSections({ phases }) {
  const out = []
  const head = (title, p) => {
    out.push('', `#### ${title}`, '')
    if (!p) out.push('Not run (BENCH_SKIP).')
    else if (p.skipped || p.failed) out.push(p.skipped ? `Skipped: ${p.skipped}.` : `Failed: ${p.failed}`)
    return p && !p.skipped && !p.failed
  }
  const f = phases.freshness
  if (head('Freshness: a write through a server action, until the public oblast page shows it', f)) {
    out.push(
      `\`setPublicationAction\` posted over HTTP to instance A (signed in as the bench administrator) withdraws the ` +
        `partnership \`${f.partnership}\` and then publishes it again; each reader polls \`${oblastPath}\` (one request after ` +
        `another) until its partnership count changes (before: ${f.before.join(' / ')}). The delay runs from the action's ` +
        `answer to the end of the first response that shows the change; "last poll" is how long that response took alone. ` +
        (f.instances > 1
          ? 'Instance B is a second `next start` on the same PostgreSQL and Redis; nothing was written through it.'
          : 'One instance (no second instance without PostgreSQL and BENCH_REDIS_URL).') +
        (f.viaNginx
          ? ' "nginx" reads through the documented nginx (micro-cache, docs/deploy/nginx.conf) in front of instance A: its bound is 1 s + one render.'
          : ''),
      '',
      '| change | read on | visible after ms | polls | last poll ms | ≤ 1 s |',
      '| --- | --- | ---: | ---: | ---: | --- |',
      ...f.samples.map(
        (s) =>
          `| ${s.change} | ${readerName(s.reader, true)} | ${s.ms ?? 'not within the limit'} | ${s.polls} | ${s.lastPollMs} | ${s.ms !== null && s.ms <= 1000 ? 'met' : 'not met'} |`,
      ),
    )
  }
  const js = phases.js
  if (head('First-load JavaScript per public page (Chromium, empty cache)', js)) {
    out.push(
      'The script responses of one first load: "sent" is the encoded bodies as they crossed the wire (the server compresses), ' +
        '"gzip" their decoded bodies gzipped at the default level; the inline RSC payload is part of the HTML.',
      '',
      '| page | path | scripts | sent KB | gzip KB | ≤ 150 KB | HTML KB | HTML gzip KB |',
      '| --- | --- | ---: | ---: | ---: | --- | ---: | ---: |',
      ...js.pages.map((p) =>
        p.failed
          ? `| ${p.name} | \`${p.path}\` | failed: ${p.failed} | | | | | |`
          : `| ${p.name} | \`${p.path}\` | ${p.scripts} | ${kb(p.encoded)} | ${kb(p.gzip)} | ${metIf(p.gzip <= 150 * 1024)} | ${kb(p.html)} | ${kb(p.htmlGzip)} |`,
      ),
    )
  }
  const lh = phases.lighthouse
  if (head('Lighthouse (mobile profile, simulated throttling)', lh)) {
    out.push(
      `Lighthouse ${lh.version} through chrome-launcher on Debian's Chromium (headless), the page warmed by one request first.`,
      '',
      '| page | path | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | failed accessibility audits |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...lh.pages.map(
        (p) =>
          `| ${p.name} | \`${p.path}\` | ${p.performance ?? '—'} | ${p.accessibility ?? '—'} | ${ms(p.fcp)} | ${ms(p.lcp)} | ${ms(p.tbt)} | ${p.cls?.toFixed(3) ?? '—'} | ${[p.a11yFailures.join(', ') || 'none', p.error].filter(Boolean).join('; ')} |`,
      ),
    )
  }
  const agg = phases.aggregate
  if (head('The national cost-share aggregate, uncached', agg)) {
    const range = (list) => `${Math.min(...list)}–${Math.max(...list)}`
    out.push(
      `The app's readers called directly on the benchmark database (scripts/bench-aggregate.ts), no cache in between: ` +
        `\`getMoneyFigures({ kind: 'national' })\`, what the home page shows, reads the cost-share rollup (ADR 023); ` +
        `\`getMoneyFiguresFromLedger\` computes the same figures from every public ledger line (the rollup's definition). ` +
        `${agg.lines} public ledger lines (${agg.counted} with an amount that adds up); the two readers ${agg.equal ? 'agree' : '**disagree**'}.`,
      '',
      '| reader | runs ms (in order; the first opens the connection) | after the first | ≤ 150 ms |',
      '| --- | --- | --- | --- |',
      `| rollup (home page) | ${agg.rollup.join(', ')} | ${range(agg.rollup.slice(1))} | ${metIf(Math.max(...agg.rollup.slice(1)) <= 150)} |`,
      `| ledger (definition) | ${agg.ledger.join(', ')} | ${range(agg.ledger.slice(1))} | ${metIf(Math.max(...agg.ledger.slice(1)) <= 150)} |`,
    )
  }
  const by = phases.bypass
  if (head('Public pages with nothing cached', by)) {
    out.push(
      `The server restarted with REGISTRY_DATA_CACHE=off (no data cache: every request reads the database) and read ` +
        `directly, one request at a time: one request to load the page's code ("first"), then up to ${by.runs} ` +
        `(fewer when they pass 15 s); p95 is the nearest rank.`,
      '',
      '| page | path | first ms | p50 ms | p95 ms | max ms | p95 ≤ 300 ms |',
      '| --- | --- | ---: | ---: | ---: | ---: | --- |',
      ...by.pages.map((p) =>
        p.failed
          ? `| ${p.name} | \`${p.path}\` | failed: ${p.failed} | | | | |`
          : `| ${p.name} | \`${p.path}\` | ${p.first} | ${p.p50} | ${p.p95} | ${p.max} | ${metIf(p.p95 <= 300)} |`,
      ),
    )
  }
  const imp = phases.import
  if (imp) {
    out.push('', '#### Import')
    out.push(
      '',
      imp.seconds
        ? `\`npm run bench:import\` ran in ${imp.seconds} s; its figures are in its own section below.`
        : `${imp.skipped ? 'Skipped: ' + imp.skipped : 'Failed: ' + imp.failed}.`,
    )
  }
  return out
}

/** The static file of the row's group (direct, or through nginx) that its throughput is compared with. */
function limitOf(run, row) {
  const group = (r) => ((r.via ?? 'direct') === 'direct' ? 'direct' : 'nginx')
  return run.results.find((r) => r.name.startsWith('static') && group(r) === group(row))
}

function statuses(counts) {
  return Object.entries(counts)
    .map(([k, v]) => `${k === '-' ? 'file' : k} ${v}`)
    .join(', ')
}

/** Each target of issue 14 against this run's figures. */
function targetsSection(run) {
  const pages = run.results.filter((r) => !r.name.startsWith('static') && !r.failed && r.via !== 'nginx lock only')
  const bypassed = process.env.REGISTRY_DATA_CACHE === 'off'
  const rows = []
  const add = (target, measured, met) => rows.push(`| ${target} | ${measured} | ${met} |`)
  for (const via of ['nginx', 'direct']) {
    const group = pages.filter((r) => (r.via ?? 'direct') === via)
    const limit = group.length ? limitOf(run, group[0]) : null
    if (!limit?.rps) continue
    const share = group.map((r) => `${r.name} ${((100 * r.rps) / limit.rps).toFixed(1)} % / ${r.p95 ?? '—'} ms`)
    add(
      `${bypassed ? 'cache-bypassed' : 'cached'} public pages ≥ 70 % of the static file's req/s, p95 ≤ 50 ms — ${via === 'nginx' ? 'through nginx (docs/deploy/nginx.conf), against the file served by nginx' : 'directly from `next start`, against the file served by Next'}`,
      share.join('; '),
      metIf(group.every((r) => r.rps >= 0.7 * limit.rps && r.p95 !== null && r.p95 <= 50)),
    )
  }
  if (bypassed && pages.length)
    add(
      'cache-bypassed public page p95 ≤ 300 ms (PostgreSQL)',
      pages.map((r) => `${r.name} ${r.p95 ?? '—'} ms`).join('; '),
      metIf(pages.every((r) => r.p95 !== null && r.p95 <= 300)),
    )
  const by = run.phases.bypass?.pages
  if (by?.length)
    add(
      'cache-bypassed public page p95 ≤ 300 ms (one reader at a time; the target is set for PostgreSQL)',
      by.map((p) => `${p.name} ${p.failed ? 'failed' : `${p.p95} ms`}`).join('; '),
      metIf(by.every((p) => !p.failed && p.p95 <= 300)),
    )
  const agg = run.phases.aggregate
  if (agg?.rollup)
    add(
      `national cost-share aggregate over ${agg.lines} ledger lines ≤ 150 ms, uncached (the target is set for PostgreSQL)`,
      `rollup ${Math.max(...agg.rollup.slice(1))} ms at most after the first run (ledger, for reference: ${Math.max(...agg.ledger.slice(1))} ms)`,
      metIf(Math.max(...agg.rollup.slice(1)) <= 150 && agg.equal),
    )
  const all = run.results.filter((r) => !r.failed)
  add(
    '0 errors',
    `${all.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0)} errors, timeouts and non-2xx in ${all.length} rows` +
      (run.results.some((r) => r.failed && !r.failed.startsWith('skipped')) ? '; some rows failed' : ''),
    metIf(
      all.every((r) => !r.errors && !r.timeouts && !r.non2xx) &&
        !run.results.some((r) => r.failed && !r.failed.startsWith('skipped')),
    ),
  )
  const f = run.phases.freshness
  if (f?.samples)
    add(
      'a write visible on the public page ≤ 1 s later' + (f.instances > 1 ? ' (both instances)' : ''),
      f.samples.map((s) => `${s.change}, ${readerName(s.reader)}: ${s.ms ?? '—'} ms`).join('; '),
      metIf(f.samples.every((s) => s.ms !== null && s.ms <= 1000)),
    )
  const js = run.phases.js?.pages?.filter((p) => !p.failed)
  if (js?.length) {
    add(
      'first-load JS ≤ 150 KB gzip on public pages',
      `largest ${kb(Math.max(...js.map((p) => p.gzip)))} KB (${js.reduce((a, b) => (b.gzip > a.gzip ? b : a)).name})`,
      metIf(js.every((p) => p.gzip <= 150 * 1024)),
    )
    const oblast = js.find((p) => p.name === 'oblast')
    if (oblast)
      add("the oblast page's HTML ≤ 60 KB gzip", `${kb(oblast.htmlGzip)} KB`, metIf(oblast.htmlGzip <= 60 * 1024))
  }
  const next = Object.entries(run.rss).filter(([k]) => k.endsWith('next'))
  if (next.length)
    add(
      'server RSS ≤ 512 MB',
      Object.entries(run.rss)
        .map(([k, v]) => `${k} ${v} MB`)
        .join(', '),
      metIf(next.every(([, v]) => v <= 512)),
    )
  const lh = run.phases.lighthouse?.pages
  if (lh?.length)
    add(
      'Lighthouse performance ≥ 95 and accessibility 100',
      lh.map((p) => `${p.name} ${p.performance ?? '—'} / ${p.accessibility ?? '—'}`).join('; '),
      metIf(lh.every((p) => p.performance >= 95 && p.accessibility === 100)),
    )
  return ['', '#### Targets (issue 14) in this run', '', '| target | measured | met? |', '| --- | --- | --- |', ...rows]
}

function readerName(origin, long = false) {
  if (origin === ORIGIN) return long ? 'instance A (written through)' : 'A'
  if (origin === SECOND_ORIGIN) return long ? 'instance B' : 'B'
  if (origin === NGINX_ORIGIN) return long ? 'nginx in front of instance A' : 'nginx'
  return origin
}

function metIf(ok) {
  return ok ? 'met' : '**not met**'
}

function ms(n) {
  return n == null ? '—' : Math.round(n)
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

function exec(cmd, args, extraEnv = {}) {
  return new Promise((resolve) =>
    spawn(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).on('exit', (c) => resolve(c ?? 1)),
  )
}

/** Runs a command, its stderr passed through, and resolves with its stdout (killed after `limitMs`). */
function execCapture(cmd, args, limitMs, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...env, ...extraEnv } })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0 || out.trim()) resolve(out)
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))
    })
  })
}

function git(args) {
  return new Promise((resolve) => {
    let out = ''
    const c = spawn('git', args)
    c.stdout.on('data', (d) => (out += d))
    c.on('exit', () => resolve(out.trim()))
  })
}
