// Every route under app/api/v1 is in the OpenAPI document (and so on the readable docs page, which
// renders the document's paths): a new endpoint that is not documented fails here.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApiDocument } from '@/lib/api/openapi'

const root = path.join(process.cwd(), 'app/api/v1')

/** app/api/v1/territories/[code]/route.ts → /api/v1/territories/{code}. */
function routePaths(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return routePaths(full)
    if (!/^route\.(ts|tsx|js)$/.test(e.name)) return []
    const rel = path.relative(root, dir).split(path.sep).join('/')
    return [`/api/v1/${rel}`.replace(/\[(\w+)\]/g, '{$1}')]
  })
}

describe('OpenAPI document', () => {
  const documented = Object.keys(openApiDocument('http://test').paths)

  it('documents every route under app/api/v1 (the document itself aside)', () => {
    const routes = routePaths().filter((p) => p !== '/api/v1/openapi.json')
    expect(routes.length).toBeGreaterThan(10)
    expect(routes.filter((r) => !documented.includes(r))).toEqual([])
  })

  it('documents no route that does not exist', () => {
    expect(documented.filter((d) => !routePaths().includes(d))).toEqual([])
  })

  it('names every path parameter of a documented route', () => {
    const doc = openApiDocument('http://test')
    for (const [p, item] of Object.entries(doc.paths)) {
      const inPath = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      const declared = (item.get.parameters as { name: string; in: string }[]).filter((x) => x.in === 'path')
      expect(declared.map((x) => x.name).sort(), p).toEqual(inPath.sort())
    }
  })
})
