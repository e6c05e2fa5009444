// scripts/with-db.mjs: one data directory is never opened by two processes.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
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

afterAll(() => {
  for (const c of children) c.kill('SIGKILL')
  rmSync(path.dirname(dir), { recursive: true, force: true })
})

function startLauncher(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['scripts/with-db.mjs', 'node', '-e', 'setTimeout(() => {}, 60000)'], {
      env: { ...process.env, ...env(port), DATABASE_URL: '', EMBEDDED_DB: '' },
    })
    children.push(child)
    let out = ''
    const onData = (d: Buffer) => {
      out += d
      if (out.includes('ready in')) resolve({ child, output: () => out })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`launcher exited ${code}: ${out}`)))
  })
}

describe('embedded database launcher', () => {
  it('a second launcher connects to the running server instead of opening the same files', async () => {
    const port = await freePort()
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
    expect(second.output).toContain(`URL=postgresql://postgres@127.0.0.1:${port}/postgres`)
    expect(second.output).not.toContain('ready in')

    first.child.kill('SIGTERM')
    await new Promise((r) => first.child.once('exit', r))
    expect(existsSync(`${dir}.lock`)).toBe(false)
  })

  it('takes over a lock left by a process that is gone', async () => {
    mkdirSync(path.dirname(dir), { recursive: true })
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, port: 1 }))
    const port = await freePort()
    const res = await run(
      'node',
      ['scripts/with-db.mjs', 'node', '-e', 'console.log("URL=" + process.env.DATABASE_URL)'],
      { ...env(port), DATABASE_URL: '' },
    )
    expect(res.code, res.output).toBe(0)
    expect(res.output).toContain('removing stale lock')
    expect(res.output).toContain(`URL=postgresql://postgres@127.0.0.1:${port}/postgres`)
    expect(existsSync(`${dir}.lock`)).toBe(false)
  })

  it('does not mistake another process that reuses the owner’s pid for the owner', async () => {
    mkdirSync(path.dirname(dir), { recursive: true })
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: process.pid, port: 1 })) // alive, but not a launcher
    const port = await freePort()
    const res = await run(
      'node',
      ['scripts/with-db.mjs', 'node', '-e', 'console.log("URL=" + process.env.DATABASE_URL)'],
      { ...env(port), DATABASE_URL: '' },
    )
    expect(res.code, res.output).toBe(0)
    expect(res.output).toContain('removing stale lock')
    expect(res.output).toContain(`URL=postgresql://postgres@127.0.0.1:${port}/postgres`)
  })

  it('refuses to start afresh on a directory another process is serving', async () => {
    const port = await freePort()
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
