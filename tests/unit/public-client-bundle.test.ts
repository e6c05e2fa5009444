// What the public pages send to the browser (issue 14: first-load JavaScript ≤ 150 KB gzip,
// docs/BENCHMARKS.md): no client component reachable from a public page or the locale layout may import
// zod (~30 KB gzip), directly or through the modules it imports. The walk follows the source's imports
// from the pages; below a 'use client' file every runtime import is in the bundle; a 'use server' module
// is only a reference there, and `import type` is erased.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { coveredBy, PUBLIC_CLIENT_MESSAGES } from '@/lib/i18n/client-messages'

const FORBIDDEN = /^zod(\/|$)/

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : []
  })
}

/** Runtime imports of a module: `import type …` and `import { type A, type B } …` are erased. */
function imports(source: string): string[] {
  const out: string[] = []
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s*from\s+)?'([^']+)'/gm)) {
    const [, typeOnly, clause = '', spec] = m
    const named = /^\{([^}]*)\}$/.exec(clause.trim())?.[1]
    if (typeOnly || (named && named.split(',').every((n) => /^\s*(type\s|$)/.test(n)))) continue
    out.push(spec)
  }
  return out
}

/**
 * The message keys a client module reads, as full dot paths: each `const t = useTranslations('ns')`
 * binding's calls `t('key')`, `t.rich('key')`, … up to the next binding of the same name. A call whose key
 * is not a literal needs the whole namespace (the namespace itself is returned); at the root, ''.
 */
function messageKeys(source: string): string[] {
  const keys: string[] = []
  const bindings = [...source.matchAll(/const\s+(\w+)\s*=\s*useTranslations\(\s*(?:'([^']*)')?\s*\)/g)]
  bindings.forEach((b, i) => {
    const [, name, namespace = ''] = b
    const next = bindings.slice(i + 1).find((n) => n[1] === name)
    const scope = source.slice(b.index + b[0].length, next?.index)
    for (const call of scope.matchAll(
      new RegExp(`\\b${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*(?:'([^']*)'|\`([^\`$]*))?`, 'g'),
    )) {
      // A template literal counts up to its first placeholder: `errors.${code}` needs all of `errors`.
      const key = call[1] ?? call[2]?.replace(/\.?[^.]*$/, '')
      keys.push(!key ? namespace : namespace ? `${namespace}.${key}` : key)
    }
  })
  return keys
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(from), spec) : null
  if (base === null) return null
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate
  return null
}

const directive = (source: string) => /^\s*(?:\/\/[^\n]*\n\s*)*['"]use (client|server)['"]/.exec(source)?.[1]

/** Every client-side module reachable from the entries, with the chain that reaches it, and what it imports. */
function walk(entries: string[], clientEntries: string[] = []) {
  const offenders: string[] = []
  const seen = new Set<string>()
  const clientModules = new Set<string>()
  const visit = (file: string, client: boolean, chain: string[]) => {
    const key = `${client}:${file}`
    if (seen.has(key)) return
    seen.add(key)
    const source = readFileSync(file, 'utf8')
    const kind = directive(source)
    if (kind === 'server' && client) return
    const isClient = client || kind === 'client'
    if (isClient) clientModules.add(file)
    for (const spec of imports(source)) {
      if (isClient && FORBIDDEN.test(spec)) offenders.push([...chain, file, spec].join(' → '))
      const next = resolve(file, spec)
      if (next) visit(next, isClient, [...chain, file])
    }
  }
  for (const e of entries) visit(e, false, [])
  for (const e of clientEntries) visit(e, true, [])
  return { offenders, clientModules }
}

describe('the public pages’ browser bundle', () => {
  const entries = [
    ...files('app/[locale]/(public)').filter((f) => /\/(page|layout|error|not-found)\.tsx$/.test(f)),
    'app/[locale]/layout.tsx',
  ]
  // instrumentation-client.ts runs in every page before the app's modules.
  const { offenders, clientModules } = walk(entries, ['instrumentation-client.ts'])

  it('reaches the client components of the public pages', () => {
    expect(clientModules).toContain('components/layout/language-switcher.tsx')
    expect(clientModules).toContain('components/suggestions/suggest-correction.tsx')
    expect(clientModules).toContain('instrumentation-client.ts')
  })

  it('imports no zod', () => expect(offenders).toEqual([]))

  it('reads only the messages the locale layout sends to the browser (lib/i18n/client-messages.ts)', () => {
    const missing = [...clientModules].flatMap((file) =>
      messageKeys(readFileSync(file, 'utf8'))
        .filter((key) => !coveredBy(key, PUBLIC_CLIENT_MESSAGES))
        .map((key) => `${file}: ${key || '(every message)'}`),
    )
    expect(missing).toEqual([])
  })

  it('would see a message the browser does not get', () => {
    const source =
      "const t = useTranslations('auth')\nt('header.signIn')\nconst te = useTranslations()\nte(`x.${k}`)\nte(k)"
    expect(messageKeys(source)).toEqual(['auth.header.signIn', 'x', ''])
    expect(coveredBy('auth.signIn.title', PUBLIC_CLIENT_MESSAGES)).toBe(false)
    expect(coveredBy('auth.header.signIn', PUBLIC_CLIENT_MESSAGES)).toBe(true)
  })

  it('would see zod if a client component imported it', () => {
    expect(imports("import { z } from 'zod'\nimport type { Y } from 'y'\nimport { type A } from 'a'")).toEqual(['zod'])
    expect(walk(['components/forms/territory-picker.tsx']).offenders.length).toBeGreaterThan(0)
  })
})
