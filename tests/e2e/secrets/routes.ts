// Every route the app serves, read from the app directory (pages and route handlers), so that the
// planted-secrets suite cannot forget a new one: a route it has no URLs for fails the suite.
import { readdirSync } from 'node:fs'
import path from 'node:path'

/** Route templates such as "/[locale]/projects/[id]" or "/api/v1/territories/[code]" (route groups dropped). */
export function collectRoutes(appDir = 'app'): string[] {
  const out: string[] = []
  const walk = (dir: string, segments: string[]) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        // "(public)" groups pages without adding to the URL; "_x" folders are private.
        if (e.name.startsWith('_')) continue
        walk(path.join(dir, e.name), /^\(.*\)$/.test(e.name) ? segments : [...segments, e.name])
      } else if (/^(page|route)\.tsx?$/.test(e.name)) out.push('/' + segments.join('/'))
    }
  }
  walk(appDir, [])
  return out.sort()
}

/** The URLs to request for each template: every template must have at least one. */
export function expandRoutes(templates: string[], urls: Record<string, string[]>): { template: string; url: string }[] {
  const missing = templates.filter((t) => !urls[t]?.length)
  if (missing.length) throw new Error(`the planted-secrets suite has no URLs for: ${missing.join(', ')}`)
  return templates.flatMap((template) => urls[template].map((url) => ({ template, url })))
}
