#!/usr/bin/env node
// Measures whether password hashing blocks the server: N sign-ins at once through Auth.js's own
// endpoint while /api/health is polled one request after another. Not a test (timings depend on the
// machine); the figures go to ADR 009 / README.
//
//   node scripts/measure-sign-in-flood.mjs <base-url> <email> <password> [parallel=40]
//
// Successful sign-ins are not limited; each one still verifies the password (scrypt, ~0.3 s of CPU).
const [base = 'http://127.0.0.1:3300', email, password, parallelArg = '40'] = process.argv.slice(2)
if (!email || !password) {
  console.error('usage: node scripts/measure-sign-in-flood.mjs <base-url> <email> <password> [parallel]')
  process.exit(2)
}
const parallel = Number(parallelArg)

const csrf = await fetch(`${base}/api/auth/csrf`)
const { csrfToken } = await csrf.json()
const cookie = csrf.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ')

async function signIn() {
  const t0 = performance.now()
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/en/manage` }),
  })
  const ok = res.headers.getSetCookie().some((c) => /session-token=/.test(c))
  return { ms: performance.now() - t0, ok }
}

async function healthLatencies(until) {
  const out = []
  while (!until.done) {
    const t0 = performance.now()
    await fetch(`${base}/api/health`).then((r) => r.arrayBuffer())
    out.push(performance.now() - t0)
    await new Promise((r) => setTimeout(r, 20))
  }
  return out
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))]
  return `n=${s.length} median ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms`
}

const idle = { done: false }
setTimeout(() => (idle.done = true), 2000)
console.log(`health, idle:              ${stats(await healthLatencies(idle))}`)

const flood = { done: false }
const health = healthLatencies(flood)
const t0 = performance.now()
const results = await Promise.all(Array.from({ length: parallel }, signIn))
const total = performance.now() - t0
flood.done = true
console.log(`health, during ${parallel} sign-ins: ${stats(await health)}`)
console.log(
  `sign-ins: ${results.filter((r) => r.ok).length}/${parallel} succeeded, all done in ${total.toFixed(0)} ms; ` +
    `each ${stats(results.map((r) => r.ms))}`,
)
