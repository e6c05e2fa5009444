// Every server action of the app, found by reading the tree: each module under app/ and lib/ that
// starts with 'use server', and each of its exports. The authorization matrix and the fuzzing walk this
// list, so an action added tomorrow is in both without anyone remembering to add it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ActionDefinitionInfo } from '@/lib/actions/actor-action'
import type { FormState } from '@/lib/forms/state'

export function serverActionModules(dirs = ['app', 'lib']): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) return e.name === 'generated' || e.name === 'node_modules' ? [] : walk(p)
      return /\.tsx?$/.test(e.name) && /^\s*['"]use server['"]/.test(readFileSync(p, 'utf8')) ? [p] : []
    })
  return dirs.flatMap(walk).sort()
}

/** A server action as React calls it: the bound arguments, then the previous state and the form. */
export type CallableAction = ((...args: unknown[]) => Promise<FormState>) & { definition?: ActionDefinitionInfo }

export type ServerActionEntry = { module: string; name: string; action: CallableAction }

/** Imports every 'use server' module and lists its exports (all of them: a non-function export is listed too). */
export async function loadServerActions(): Promise<ServerActionEntry[]> {
  const out: ServerActionEntry[] = []
  for (const file of serverActionModules()) {
    const mod = (await import(/* @vite-ignore */ `@/${file.replace(/\.tsx?$/, '')}`)) as Record<string, unknown>
    for (const [name, value] of Object.entries(mod)) out.push({ module: file, name, action: value as CallableAction })
  }
  return out.sort((a, b) => a.name.localeCompare(b.name))
}
