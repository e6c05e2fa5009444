import { spawn } from 'node:child_process'

export type RunResult = { code: number; output: string }

/** Runs a command without blocking the event loop (an in-process PGlite may be serving it). */
export function run(
  cmd: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd = process.cwd(),
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: {
        ...process.env,
        PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
        CHECKPOINT_DISABLE: '1',
        ...env,
      },
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code: code ?? 1, output }))
  })
}
