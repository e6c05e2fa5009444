#!/usr/bin/env node
// `npm test`: unit tests, integration tests against a real database, then end-to-end tests in Chromium
// against a production build. Stages can be named: `node scripts/test.mjs unit integration e2e`.
//
// Integration tests run against TEST_DATABASE_URL when it is set (any PostgreSQL; the run creates and
// drops scratch databases there), otherwise against a fresh embedded PGlite under .data/test.
// DATABASE_URL is ignored on purpose: `npm test` never touches your development database.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const all = ['unit', 'integration', 'e2e']
const stages = process.argv.slice(2).length ? process.argv.slice(2) : all
for (const s of stages) if (!all.includes(s)) fail(`unknown stage "${s}" (use ${all.join(', ')})`)

if (stages.includes('e2e') && !existsSync(CHROMIUM))
  fail(`Chromium is missing (${CHROMIUM}). Install it with: apt-get update && apt-get install -y chromium`)

const base = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  CHECKPOINT_DISABLE: '1',
  PATH: `node_modules/.bin:${process.env.PATH}`,
}
delete base.DATABASE_URL
delete base.SHADOW_DATABASE_URL

const run = (cmd, args, env = base) =>
  new Promise((resolve) => spawn(cmd, args, { stdio: 'inherit', env }).on('exit', (code) => resolve(code ?? 1)))

const results = []
for (const stage of stages) {
  const t0 = performance.now()
  let code
  if (stage === 'unit') code = await run('vitest', ['run', '--project', 'unit'])
  if (stage === 'integration') {
    code = process.env.TEST_DATABASE_URL
      ? await run('vitest', ['run', '--project', 'integration'], {
          ...base,
          DATABASE_URL: process.env.TEST_DATABASE_URL,
        })
      : await run('node', ['scripts/with-db.mjs', 'vitest', 'run', '--project', 'integration'], {
          ...base,
          PGLITE_DIR: '.data/test',
          PGLITE_PORT: process.env.PGLITE_TEST_PORT ?? '5492',
          PGLITE_FRESH: '1',
        })
  }
  if (stage === 'e2e') {
    code = await run('next', ['build'])
    if (code === 0) code = await run('playwright', ['test'])
  }
  results.push([stage, code, Math.round((performance.now() - t0) / 1000)])
  if (code !== 0) break
}

console.log('\nTest stages:')
for (const [stage, code, s] of results) console.log(`  ${code === 0 ? 'passed' : 'FAILED'}  ${stage} (${s} s)`)
const failed = results.filter(([, code]) => code !== 0).length
process.exit(failed || results.length < stages.length ? 1 : 0)

function fail(message) {
  console.error(message)
  process.exit(1)
}
